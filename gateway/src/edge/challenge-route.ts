import { createParticipationChallenge } from '@mitmach/server-kit';
import type { FastifyInstance } from 'fastify';

export interface ProofOfWorkOptions {
  /** ALTCHA_HMAC_KEY, shared with the people service, which checks the solutions. */
  key: string;
  /** The highest counter a solver may have to reach; lower only in tests. */
  maxCounter?: number;
  /** Challenges one address (or key, or person) may fetch per minute. */
  challengesPerMinute?: number;
}

/**
 * GET /challenge: a signed ALTCHA proof-of-work challenge, which the public forms (registerAsGuest, applyForRegion)
 * must send back solved. It names the address it was fetched from only by a keyed hash, so that the people service
 * can count requests per address; it has its own quota, below the general one, since each one invites a request.
 */
export function registerChallengeRoute(app: FastifyInstance, options: ProofOfWorkOptions): void {
  app.get(
    '/challenge',
    { config: { rateLimit: { max: options.challengesPerMinute ?? 30, timeWindow: 60_000 } } },
    async (request, reply) => {
      const challenge = await createParticipationChallenge(options.key, request.ip, {
        ...(options.maxCounter ? { maxCounter: options.maxCounter } : {}),
      });
      return reply.header('cache-control', 'no-store').send(challenge);
    },
  );
}
