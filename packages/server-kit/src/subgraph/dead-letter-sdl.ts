import { camelCaseOf, pascalCaseOf } from '@mitmach/registry';

/** The root fields with which staff list and replay a consuming service's dead letters; they carry its name. */
export function deadLetterFieldNames(service: string) {
  return {
    list: `${camelCaseOf(service)}EventDeadLetters`,
    replay: `replay${pascalCaseOf(service)}EventDeadLetter`,
  };
}

/** The dead-letter types (shared by every consuming subgraph) and the service's own fields to list and replay them. */
export function deadLetterSdl(service: string): string {
  const fields = deadLetterFieldNames(service);
  return /* GraphQL */ `
"An event this service could not apply after its retries, kept for staff to inspect and replay."
type EventDeadLetter @shareable {
  "Identifier of the dead letter."
  id: UUID!
  "The consumer group that failed: the consuming service."
  consumerGroup: String!
  "Id of the event."
  eventId: String!
  "Name of the event, when it could be read."
  eventName: String
  "Topic it came from."
  topic: String!
  "Why it failed, the last time."
  error: String!
  "How often it was tried."
  attempts: Int!
  "When it failed last."
  failedAt: DateTime!
  "When a replay applied it; null while it waits."
  replayedAt: DateTime
}

"Which dead letter to replay."
input ReplayDeadLetterInput {
  "The dead letter's id."
  id: UUID!
}

"Result of a replay."
type ReplayDeadLetterPayload @shareable {
  "Whether the event is applied now."
  applied: Boolean!
  "Why it failed again, when it did."
  error: String
  "What was wrong with the input."
  userErrors: [UserError!]!
}

extend type Query {
  "Events the ${service} service could not apply (staff)."
  ${fields.list}(includeReplayed: Boolean = false): [EventDeadLetter!]! @cacheControl(maxAge: 0, scope: PRIVATE)
}

extend type Mutation {
  "Applies a dead letter of the ${service} service again (staff)."
  ${fields.replay}(input: ReplayDeadLetterInput!): ReplayDeadLetterPayload!
}
`;
}
