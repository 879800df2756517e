import { type UserError, userError } from '@mitmach/server-kit';

export interface ApiKeyInput {
  name: string;
  contactEmail: string;
  allowedOrigins: string[];
  requestsPerMinute: number;
  persistedDocumentsOnly?: boolean | null;
  expiresAt?: Date | null;
}

const maxOrigins = 20;
const maxRequestsPerMinute = 100_000;

/** An origin is scheme, host and port only, as a browser sends it in the Origin header. */
function originProblem(origin: string): string | null {
  if (!URL.canParse(origin)) return `"${origin}" is not a URL`;
  const url = new URL(origin);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `"${origin}" is not an http(s) origin`;
  if (url.origin !== origin) return `"${origin}" is not an origin; write it as ${url.origin}`;
  return null;
}

export function checkApiKeyInput(input: ApiKeyInput, now: Date): UserError[] {
  const errors: UserError[] = [];
  const name = input.name.trim();
  if (name.length < 1 || name.length > 200) {
    errors.push(userError(['input', 'name'], `The name has 1 to 200 characters, it has ${name.length}.`));
  }
  if (input.allowedOrigins.length < 1 || input.allowedOrigins.length > maxOrigins) {
    errors.push(
      userError(
        ['input', 'allowedOrigins'],
        `A key is bound to 1 to ${maxOrigins} origins, got ${input.allowedOrigins.length}.`,
      ),
    );
  }
  for (const [index, origin] of input.allowedOrigins.entries()) {
    const problem = originProblem(origin);
    if (problem) errors.push(userError(['input', 'allowedOrigins', String(index)], `${problem}.`));
  }
  if (!Number.isInteger(input.requestsPerMinute) || input.requestsPerMinute < 1) {
    errors.push(userError(['input', 'requestsPerMinute'], 'The quota is a positive number of requests per minute.'));
  } else if (input.requestsPerMinute > maxRequestsPerMinute) {
    errors.push(
      userError(['input', 'requestsPerMinute'], `The quota is at most ${maxRequestsPerMinute} requests per minute.`),
    );
  }
  if (input.expiresAt && input.expiresAt <= now) {
    errors.push(userError(['input', 'expiresAt'], 'The expiry must lie in the future.', 'IN_THE_PAST'));
  }
  return errors;
}
