export { describeTransportContract, type TransportUnderTest } from './transport-contract';
