#!/bin/sh
# Creates the topics listed in topics.txt ("name partitions" per line, # comments). Idempotent, so the one-shot
# compose service can run on every `up`. Usage: create-topics.sh <bootstrap-server> <topics-file>
set -eu
bootstrap=$1
file=$2
kafka_topics=${KAFKA_TOPICS_BIN:-/opt/kafka/bin/kafka-topics.sh}
count=0

while read -r name partitions extra || [ -n "${name:-}" ]; do
  case "$name" in '' | '#'*) continue ;; esac
  case "$partitions" in '' | *[!0-9]*)
    echo "create-topics: '$name' needs a partition count, got '$partitions'" >&2
    exit 1
    ;;
  esac
  if [ -n "${extra:-}" ]; then
    echo "create-topics: unexpected text after '$name $partitions': '$extra'" >&2
    exit 1
  fi
  "$kafka_topics" --bootstrap-server "$bootstrap" --create --if-not-exists \
    --topic "$name" --partitions "$partitions" --replication-factor 1
  count=$((count + 1))
done <"$file"
echo "create-topics: $count topics present on $bootstrap"
