/** The public change events a partner can subscribe an endpoint to, as named in the `type` of each delivery. */
export const webhookEventTypes = {
  'region.changed': 'A region joined the network or its public data or status changed.',
  'conference.published': 'A conference was published: people can now register.',
  'conference.changed':
    'A public conference changed: its dates, venue, agenda, registration figures or status (but for a cancellation).',
  'conference.cancelled': 'A public conference was cancelled; it stays public, marked as cancelled.',
  'action.published': 'An action became public in the action pool.',
  'adoption.started': 'A region started an action from the action pool.',
} as const;

export type WebhookEventType = keyof typeof webhookEventTypes;

export function isWebhookEventType(name: string): name is WebhookEventType {
  return Object.hasOwn(webhookEventTypes, name);
}
