#!/bin/sh
# Creates the topics listed in topics.txt ("name partitions config=value…" per line, # comments) and sets their
# configs (retention) also on topics that exist already, so a changed retention reaches a running cluster.
# Idempotent, so the one-shot compose service can run on every `up`. Usage: create-topics.sh <bootstrap-server> <topics-file>
set -eu
bootstrap=$1
file=$2
kafka_topics=${KAFKA_TOPICS_BIN:-/opt/kafka/bin/kafka-topics.sh}
kafka_configs=${KAFKA_CONFIGS_BIN:-/opt/kafka/bin/kafka-configs.sh}
count=0

while read -r name partitions configs || [ -n "${name:-}" ]; do
  case "$name" in '' | '#'*) continue ;; esac
  case "$partitions" in '' | *[!0-9]*)
    echo "create-topics: '$name' needs a partition count, got '$partitions'" >&2
    exit 1
    ;;
  esac
  config_args=""
  config_list=""
  for config in ${configs:-}; do
    case "$config" in *=*) ;; *)
      echo "create-topics: '$name': expected config=value, got '$config'" >&2
      exit 1
      ;;
    esac
    config_args="$config_args --config $config"
    config_list="${config_list:+$config_list,}$config"
  done
  # shellcheck disable=SC2086 # each config is one word: key=value without spaces
  "$kafka_topics" --bootstrap-server "$bootstrap" --create --if-not-exists \
    --topic "$name" --partitions "$partitions" --replication-factor 1 $config_args
  if [ -n "$config_list" ]; then
    "$kafka_configs" --bootstrap-server "$bootstrap" --alter --entity-type topics --entity-name "$name" \
      --add-config "$config_list"
  fi
  count=$((count + 1))
done <"$file"
echo "create-topics: $count topics present on $bootstrap"
