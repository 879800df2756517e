import type { ServiceEntry } from '@mitmach/registry';
import { servicePackageName } from '@mitmach/registry';

// Everything that does not depend on the list of services: anchors, Postgres, Kafka and its topic creation.
const infrastructure = `# Generated from the service registry (packages/registry) by \`npm run codegen\`; do not edit, change
# infra/src/compose-file.ts instead.
#
# The distributed topology: Postgres, Kafka (KRaft), Redis, every subgraph service and the gateway, each in its own
# container.
# \`docker compose up --build\` (or \`docker-compose up --build\`), then http://localhost:4000/graphql. See infra/README.md.

x-build: &build
  context: .
  dockerfile: infra/docker/Dockerfile

# No secret has a default: set them in the shell or in an .env file next to this one (\`npm run caller-keys\` prints
# the caller key pair as .env lines). Starting without one stops with the message below.
x-database-url: &database-url postgres://postgres:\${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@postgres:5432/mitmach

x-node-healthcheck: &node-healthcheck
  test:
    - CMD
    - node
    - -e
    - "fetch('http://127.0.0.1:' + process.env.PORT + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
  interval: 10s
  timeout: 3s
  retries: 5
  start_period: 30s

x-service-environment: &service-environment
  HOST: 0.0.0.0
  LOG_LEVEL: \${LOG_LEVEL:-info}
  DATABASE_URL: *database-url
  EVENT_TRANSPORT: kafka
  KAFKA_BROKERS: kafka:9092
  CALLER_VERIFICATION_KEY: \${CALLER_VERIFICATION_KEY:?set CALLER_VERIFICATION_KEY (npm run caller-keys)}
  SEED_DEMO_DATA: \${SEED_DEMO_DATA:-true}
  # The people service sends e-mail here: a real server where one is set, else the local catcher below.
  SMTP_URL: \${SMTP_URL:-smtp://mailpit:1025}
  PUBLIC_URL: \${PUBLIC_URL:-http://localhost:4000}

x-service: &service
  restart: unless-stopped
  healthcheck: *node-healthcheck
  depends_on:
    postgres:
      condition: service_healthy
    kafka-topics:
      condition: service_completed_successfully

services:
  postgres:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}
    ports:
      - 127.0.0.1:\${POSTGRES_PORT:-5432}:5432
    volumes:
      - postgres-data:/var/lib/postgresql/data
      - ./infra/postgres/init.sql:/docker-entrypoint-initdb.d/init.sql:ro
    healthcheck:
      # Over TCP: during first-start initialisation the server listens on its socket only, so this waits for init.sql.
      test: [CMD, pg_isready, -h, 127.0.0.1, -U, postgres, -d, mitmach]
      interval: 5s
      timeout: 3s
      retries: 20

  kafka:
    image: apache/kafka:3.9.0
    restart: unless-stopped
    environment:
      CLUSTER_ID: 1vVu_JgJRyKqyPdUD_3e9w
      KAFKA_NODE_ID: 1
      KAFKA_PROCESS_ROLES: broker,controller
      KAFKA_CONTROLLER_QUORUM_VOTERS: 1@kafka:9093
      KAFKA_LISTENERS: INTERNAL://:9092,CONTROLLER://:9093,EXTERNAL://:9094
      # Containers use kafka:9092; the host (KAFKA_BROKERS=localhost:9094 for contract tests) uses the external one.
      KAFKA_ADVERTISED_LISTENERS: INTERNAL://kafka:9092,EXTERNAL://localhost:\${KAFKA_PORT:-9094}
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,EXTERNAL:PLAINTEXT
      KAFKA_INTER_BROKER_LISTENER_NAME: INTERNAL
      KAFKA_CONTROLLER_LISTENER_NAMES: CONTROLLER
      KAFKA_LOG_DIRS: /var/lib/kafka/data
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: 1
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: 1
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: 1
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: 0
      # Topics come from infra/kafka/topics.txt only; auto-creation would turn a typo into a silent new topic.
      KAFKA_AUTO_CREATE_TOPICS_ENABLE: "false"
    ports:
      - 127.0.0.1:\${KAFKA_PORT:-9094}:9094
    volumes:
      - kafka-data:/var/lib/kafka/data
    healthcheck:
      test: [CMD-SHELL, /opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server kafka:9092 > /dev/null]
      interval: 10s
      timeout: 10s
      retries: 12
      start_period: 20s

  redis:
    image: redis:7-alpine
    restart: unless-stopped
    # Quota counters live for a minute: nothing to keep across restarts, and memory is bounded.
    command: [redis-server, --save, "", --appendonly, "no", --maxmemory, 128mb, --maxmemory-policy, volatile-ttl]
    healthcheck:
      test: [CMD, redis-cli, ping]
      interval: 5s
      timeout: 3s
      retries: 20

  # Catches the e-mail of this local topology over real SMTP; its inbox is at http://localhost:8025.
  mailpit:
    image: axllent/mailpit:v1.27
    restart: unless-stopped
    ports:
      - "8025:8025"

  kafka-topics:
    image: apache/kafka:3.9.0
    restart: "no"
    depends_on:
      kafka:
        condition: service_healthy
    entrypoint: [sh, /infra/kafka/create-topics.sh, kafka:9092, /infra/kafka/topics.txt]
    volumes:
      - ./infra/kafka:/infra/kafka:ro

`;

const altchaKey =
  'ALTCHA_HMAC_KEY: ${ALTCHA_HMAC_KEY:?set ALTCHA_HMAC_KEY (32 or more characters, e.g. openssl rand -hex 32)}';

// Secrets only some services read, each refused by production when it is the development default.
const ownEnvironment: Record<string, string> = {
  people: `      # Production refuses the development keys: one signs the links of e-mails, the other the proof-of-work
      # challenges, which the gateway hands out and this service checks (the same key in both).
      MAIL_LINK_SECRET: \${MAIL_LINK_SECRET:?set MAIL_LINK_SECRET (32 or more characters, e.g. openssl rand -hex 32)}
      ${altchaKey}
`,
};

function serviceBlock(service: ServiceEntry): string {
  return `  ${service.name}:
    <<: *service
    image: mitmach/${service.name}-service:\${TAG:-dev}
    build:
      <<: *build
      args:
        PACKAGE_DIR: services/${service.name}
        PACKAGE_NAME: "${servicePackageName(service.name)}"
        PORT: ${service.port}
    environment:
      <<: *service-environment
      PORT: ${service.port}
${ownEnvironment[service.name] ?? ''}
`;
}

function gatewayBlock(services: readonly ServiceEntry[]): string {
  const dependencies = services
    .map((service) => `      ${service.name}:\n        condition: service_healthy\n`)
    .join('');
  return `  gateway:
    restart: unless-stopped
    image: mitmach/gateway:\${TAG:-dev}
    build:
      <<: *build
      args:
        PACKAGE_DIR: gateway
        PACKAGE_NAME: "@mitmach/gateway"
        PORT: 4000
    environment:
      HOST: 0.0.0.0
      PORT: 4000
      LOG_LEVEL: \${LOG_LEVEL:-info}
      CALLER_SIGNING_KEY: \${CALLER_SIGNING_KEY:?set CALLER_SIGNING_KEY (npm run caller-keys)}
      # Tokens signed with a shared secret; an identity provider's JWKS_URL (with JWT_ISSUER and JWT_AUDIENCE) is the
      # production way, and then ALLOW_HS256 goes.
      JWT_SECRET: \${JWT_SECRET:?set JWT_SECRET (32 or more characters)}
      ALLOW_HS256: "true"
      AUTHORIZED_ORIGINS: \${AUTHORIZED_ORIGINS:-}
      # Quotas shared by every gateway replica; a proxy in front (TRUSTED_PROXIES) reports the client addresses.
      REDIS_URL: redis://redis:6379
      TRUSTED_PROXIES: \${TRUSTED_PROXIES:-}
      ANONYMOUS_REQUESTS_PER_MINUTE: \${ANONYMOUS_REQUESTS_PER_MINUTE:-120}
      ${altchaKey}
    ports:
      # Only this machine unless GATEWAY_ADDRESS says otherwise (0.0.0.0 behind a firewall or proxy, say).
      - \${GATEWAY_ADDRESS:-127.0.0.1}:\${GATEWAY_PORT:-4000}:4000
    healthcheck: *node-healthcheck
    depends_on:
      redis:
        condition: service_healthy
${dependencies}
volumes:
  postgres-data:
  kafka-data:
`;
}

/** docker-compose.yml: the infrastructure, one block per registered service, and the gateway depending on each. */
export function composeFile(services: readonly ServiceEntry[]): string {
  return `${infrastructure}${services.map(serviceBlock).join('')}${gatewayBlock(services)}`;
}
