/** Brokers for the Kafka contract suite, when the environment names one. */
export const kafkaBrokersForTests = process.env.KAFKA_BROKERS;
