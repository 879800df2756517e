export { changeEventsOf, type WrittenChange, writerOf } from './change-events';
export { personErasedRecord } from './person-erased';
export { createProbeTables, probeDeadLetters, probeOutbox, probeProcessed } from './probe-service';
export { describeTransportContract, type TransportUnderTest } from './transport-contract';
