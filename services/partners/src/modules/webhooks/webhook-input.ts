import { isIP } from 'node:net';
import { type UserError, userError } from '@mitmach/server-kit';
import { refusedAddressReason } from './target-address';
import { isWebhookEventType, webhookEventTypes } from './webhook-event-types';

export const maxUrlLength = 2000;
export const maxSubscriptionsPerKey = 10;

export interface WebhookSubscriptionInput {
  url: string;
  events: readonly string[];
}

function urlProblems(raw: string, allowPrivateTargets: boolean): string[] {
  if (raw.length > maxUrlLength) return [`The URL has at most ${maxUrlLength} characters, it has ${raw.length}.`];
  if (!URL.canParse(raw)) return [`"${raw}" is not a URL.`];
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return [`"${raw}" is not an http(s) URL.`];
  const problems: string[] = [];
  if (url.protocol === 'http:' && !allowPrivateTargets) {
    problems.push('Webhooks are sent over https only; give an https:// URL.');
  }
  if (url.username || url.password) problems.push('The URL must not hold a user name or password.');
  if (url.hash) problems.push('The URL must not have a #fragment; it is never sent.');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivateTargets) {
    const literal = isIP(host) ? refusedAddressReason(host) : null;
    if (literal) problems.push(`${host} is ${literal}; webhooks go to public addresses only.`);
    if (host === 'localhost' || host.endsWith('.localhost')) {
      problems.push(`${host} is this machine; webhooks go to public addresses only.`);
    }
  }
  return problems;
}

/** Every problem of a subscription's URL and event names, each naming its field. */
export function checkSubscriptionInput(input: WebhookSubscriptionInput, allowPrivateTargets: boolean): UserError[] {
  const errors = urlProblems(input.url, allowPrivateTargets).map((message) =>
    userError(['input', 'url'], message, 'INVALID_URL'),
  );
  const known = Object.keys(webhookEventTypes).join(', ');
  if (input.events.length === 0) {
    errors.push(userError(['input', 'events'], `Name at least one event: ${known}.`));
  }
  const seen = new Set<string>();
  for (const [index, name] of input.events.entries()) {
    if (!isWebhookEventType(name)) {
      errors.push(
        userError(
          ['input', 'events', String(index)],
          `"${name.slice(0, 100)}" is not an event one can subscribe to; the events are ${known}.`,
          'UNKNOWN_EVENT',
        ),
      );
    } else if (seen.has(name)) {
      errors.push(userError(['input', 'events', String(index)], `"${name}" is named twice.`, 'DUPLICATE'));
    }
    seen.add(name);
  }
  return errors;
}
