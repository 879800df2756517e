export { createProbeTables, probeDeadLetters, probeOutbox, probeProcessed } from './probe-service';
export { describeTransportContract, type TransportUnderTest } from './transport-contract';
