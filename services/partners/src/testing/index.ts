export { type KeyInput, keyAdmin } from './key-admin';
export { type RunningPartners, startPartners } from './start-partners';
