/**
 * Every subgraph service of the platform, in the order they start. This list is the only place a service is named:
 * composition, the embedded platform, the test federation, the event contracts, docker-compose and the Kafka topics
 * all follow from it. `npm run new-service -- <name>` scaffolds the package; then add its line here.
 */
export const services = [
  { name: 'regions', port: 4001 },
  { name: 'people', port: 4002 },
  { name: 'conferences', port: 4003 },
  { name: 'learning', port: 4004 },
  { name: 'action-pool', port: 4005 },
  { name: 'statistics', port: 4006 },
  { name: 'partners', port: 4007 },
] as const satisfies readonly { name: string; port: number }[];
