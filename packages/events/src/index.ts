export { changeEventCatalogue, eventCatalogue, findContract } from './catalogue';
export {
  type ChangeEventContract,
  type ChangeEventDefinition,
  type ChangeKind,
  type ChangePayload,
  changeKinds,
  defineChangeEvent,
  isChangeEvent,
} from './change/change-event';
export { changedFields } from './change/changed-fields';
export { type Change, writeChange, writePublicChange } from './change/write-change';
export { appendChange, changeLogHandlers } from './change-log/append-change';
export {
  type ChangeCursor,
  ChangeCursorError,
  decodeChangeCursor,
  encodeChangeCursor,
  startOfLog,
} from './change-log/change-cursor';
export { type ChangeLogTable, changeLogTable } from './change-log/change-log-table';
export {
  type ChangePage,
  type LoggedChange,
  latestChangeCursor,
  maxChangesPerRead,
  ReadChangesError,
  type ReadChangesOptions,
  readChanges,
} from './change-log/read-changes';
export {
  type DeadLetterRow,
  type DeadLettersTable,
  deadLettersTable,
  type ProcessedEventsTable,
  processedEventsTable,
} from './consumer/consumer-tables';
export { createDeadLetterStore, type DeadLetterStore, type DeadLetterStoreOptions } from './consumer/dead-letter-store';
export {
  type ConsumerOutcome,
  createEventConsumer,
  type EventConsumer,
  type EventConsumerOptions,
  type EventHandler,
  type HandlerRegistration,
  on,
} from './consumer/event-consumer';
export { defineEvent, type EventContract, type PayloadOf, type ServiceName, topicOf } from './contract';
export { regionStatuses, sealedPersonRef, sectors } from './contracts/common';
export { type ErasingService, erasingServices } from './contracts/erasure';
export * as contracts from './contracts/index';
export { type EventEnvelope, EventPayloadError, envelopeSchema, validatePayload } from './envelope';
export { acknowledgeErasure } from './erasure/acknowledge-erasure';
export { type ErasedPersonIdsTable, erasedPersonIdsTable } from './erasure/erased-person-ids-table';
export { forgetDeadLettersOf } from './erasure/forget-dead-letters';
export {
  deletePersonKey,
  openPersonRefs,
  type PersonKeysTable,
  personKeysTable,
  sealPersonRef,
  sealPersonRefs,
} from './erasure/person-keys';
export { acquireRoleLease, type Fence, LeaseLostError, type RoleLease } from './lease/role-lease';
export { createOutboxRelay, type OutboxRelayOptions } from './outbox/outbox-relay';
export { type OutboxTable, outboxTable } from './outbox/outbox-table';
export { type NewEvent, writeEvent, writeEvents } from './outbox/write-event';
export { createRetentionPruner, type PruneCounts, type RetentionPrunerOptions } from './retention/retention-pruner';
export {
  finiteRetentionMs,
  personKeyedRetentionMs,
  rebuiltByReplay,
  type TopicRetention,
  topicRetentions,
} from './topic-retention';
export { createKafkaTransport, type KafkaTransportOptions } from './transport/kafka/kafka-transport';
export { createPostgresTransport, type PostgresTransportOptions } from './transport/postgres/postgres-transport';
export type {
  EventTransport,
  PublishOptions,
  SubscribeOptions,
  Subscription,
  TransportRecord,
} from './transport/transport';
export {
  createEventTransport,
  type EventTransportSettings,
  eventTransportVariables,
  TransportSettingsError,
  transportSettingsProblems,
} from './transport/transport-settings';
export { uuidV7 } from './uuid-v7';
export { type Worker, wakeable } from './worker';
