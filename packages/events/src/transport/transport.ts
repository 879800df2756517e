import type { Fence } from '../lease/role-lease';

/** One event as a transport carries it: the serialized envelope under its topic, keyed by aggregate id. */
export interface TransportRecord {
  topic: string;
  key: string;
  eventId: string;
  value: string;
}

export interface Subscription {
  stop(): Promise<void>;
  /** False once the subscription stopped, crashed, or its last round of deliveries failed. */
  healthy(): boolean;
}

export interface SubscribeOptions {
  /** Consumer group: one position per group, every group gets every record. */
  group: string;
  topics: readonly string[];
  /**
   * Called once per record, in order per key. Its position is committed only after it resolves; if it throws, the
   * record is delivered again. `fence` belongs in every transaction the handler writes in: it throws LeaseLostError
   * once this member's turn at the group has passed to another.
   */
  handle(record: TransportRecord, fence: Fence): Promise<void>;
}

export interface PublishOptions {
  /** Where the transport stores records in Postgres, it runs this in the same transaction; a throw stores nothing. */
  fence?: Fence;
}

/** The one interface behind which Kafka and the Postgres event log are interchangeable. */
export interface EventTransport {
  readonly kind: 'postgres' | 'kafka';
  /** Publishes in the given order; resolves once the transport has stored every record. */
  publish(records: readonly TransportRecord[], options?: PublishOptions): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  /** Moves a stopped group back to the start of its topics, so that it replays them. */
  resetGroup(group: string, topics: readonly string[]): Promise<void>;
  /**
   * Deletes every stored record of the key on the topic and resolves to how many went, for records that must not
   * outlive what they name (the announcement of an erasure, once every service applied it). Kafka cannot delete one
   * key's records from a topic: it resolves to 0 and leaves them to the topic's retention, which is short for every
   * topic keyed by a person (see `topicRetentions`).
   */
  forgetKey(topic: string, key: string): Promise<number>;
  /** How many records of the topics the group has yet to handle (its consumer lag). */
  lag(group: string, topics: readonly string[]): Promise<number>;
  close(): Promise<void>;
}
