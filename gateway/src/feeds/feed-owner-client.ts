import { anonymousCaller, type CallerSigner, callerHeader } from '@mitmach/auth';
import { errorCodes, requestIdHeader } from '@mitmach/server-kit';
import { FeedError } from './gateway-operation';

/** Finds the person a member feed's secret token belongs to; null when no feed has the token. */
export type FeedOwnerLookup = (token: string, requestId: string) => Promise<string | null>;

/**
 * Asks the people service, which keeps the tokens, through its resolve route (see services/people,
 * calendar-feed-routes.ts), signed as the gateway so that nobody else can probe tokens there.
 */
export function createFeedOwnerLookup(options: {
  peopleUrl: () => string | undefined;
  signer: CallerSigner;
  timeoutMs: number;
}): FeedOwnerLookup {
  return async (token, requestId) => {
    const graphqlUrl = options.peopleUrl();
    if (!graphqlUrl) throw new FeedError(503, 'SERVICE_UNAVAILABLE', 'Personal feeds are not served here.');
    const url = new URL(graphqlUrl);
    url.pathname = url.pathname.replace(/\/graphql\/?$/, '/calendar-feeds/resolve');
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          [callerHeader]: await options.signer.sign(anonymousCaller, 'people'),
          'content-type': 'application/json',
          [requestIdHeader]: requestId,
        },
        body: JSON.stringify({ token }),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      throw new FeedError(
        timedOut ? 504 : 502,
        timedOut ? errorCodes.gatewayTimeout : 'SERVICE_UNAVAILABLE',
        'The people service did not answer; try again.',
      );
    }
    if (response.status === 404) return null;
    if (!response.ok) {
      throw new FeedError(502, 'SERVICE_UNAVAILABLE', `The people service answered ${response.status}; try again.`);
    }
    return ((await response.json()) as { personId: string }).personId;
  };
}
