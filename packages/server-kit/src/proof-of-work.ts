import { createHmac } from 'node:crypto';
import { type Challenge, createChallenge, randomInt, type Solution, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { z } from 'zod';

export type { Challenge as ProofOfWorkChallenge } from 'altcha-lib';

/**
 * The proof of work the forms that anyone may send (guest registration, region application) ask for instead of a
 * CAPTCHA: the gateway hands out a signed ALTCHA challenge, the caller's browser (or script) spends a moment of
 * computing on it, and the people service checks the solution. Nothing about the person is tracked; the challenge
 * carries only a keyed hash of the address it was fetched from, so that the service can count requests per address
 * without ever holding the address.
 */

// Only for the embedded and local modes; a production gateway and people service must share their own key.
export const developmentChallengeKey = 'mitmach-regionen development proof-of-work key';

/** ALTCHA_HMAC_KEY: the key that signs challenges, shared by the gateway (which issues) and the people service. */
export const challengeKeyVariable = () =>
  z
    .string()
    .min(32, { message: 'expected at least 32 characters, e.g. the output of `openssl rand -hex 32`' })
    .optional();

/** The problem a production process has without its own key, or with the development key of this repository. */
export function challengeKeyProblems(settings: { NODE_ENV: string; ALTCHA_HMAC_KEY?: string | undefined }): string[] {
  if (settings.NODE_ENV !== 'production') return [];
  if (!settings.ALTCHA_HMAC_KEY) {
    return ['ALTCHA_HMAC_KEY: required in production; it signs the proof-of-work challenges of the public forms'];
  }
  if (settings.ALTCHA_HMAC_KEY === developmentChallengeKey) {
    return ['ALTCHA_HMAC_KEY: the development key committed in the repository is refused in production'];
  }
  return [];
}

export interface ChallengeOptions {
  /** The highest counter a solver may have to reach; about half of it on average (100 000: well under a second). */
  maxCounter?: number;
  /** How long a challenge may be solved and used. */
  lifetimeMs?: number;
  now?: Date;
}

export const defaultChallengeLifetimeMs = 10 * 60_000;

/** A keyed hash of the client address: the same address gives the same value, which tells nothing about it. */
export function addressTag(key: string, address: string): string {
  return createHmac('sha256', key).update(`address\u0000${address}`).digest('base64url').slice(0, 22);
}

/** A signed challenge for a caller at this address. */
export function createParticipationChallenge(key: string, address: string, options: ChallengeOptions = {}) {
  const maxCounter = options.maxCounter ?? 100_000;
  const now = options.now ?? new Date();
  return createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: randomInt(maxCounter, Math.floor(maxCounter / 2)),
    deriveKey,
    data: { address: addressTag(key, address) },
    expiresAt: new Date(now.getTime() + (options.lifetimeMs ?? defaultChallengeLifetimeMs)),
    hmacSignatureSecret: key,
  });
}

/** Solves a challenge as a browser would, for scripts and tests: the payload to send with the form. */
export async function solveParticipationChallenge(challenge: Challenge): Promise<string> {
  const { solveChallenge } = await import('altcha-lib');
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('The challenge could not be solved in time.');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

export type ProofOfWorkCheck =
  | { ok: true; signature: string; addressTag: string; expiresAt: Date }
  | { ok: false; problem: 'MISSING' | 'MALFORMED' | 'INVALID' | 'EXPIRED'; message: string };

const payloadSchema = z.object({
  challenge: z.object({
    parameters: z.object({
      algorithm: z.string(),
      nonce: z.string(),
      salt: z.string(),
      cost: z.number(),
      keyLength: z.number(),
      keyPrefix: z.string(),
      keySignature: z.string().optional(),
      expiresAt: z.number().optional(),
      data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
    }),
    signature: z.string(),
  }),
  solution: z.object({ counter: z.number(), derivedKey: z.string(), time: z.number().optional() }),
});

const problems = {
  MISSING: 'Solve a challenge from GET /challenge and send the payload as proofOfWork (see the README).',
  MALFORMED: 'The proof of work is not a payload of a solved challenge (base64-encoded JSON).',
  INVALID: 'The proof of work does not solve a challenge of this platform; fetch a new one from GET /challenge.',
  EXPIRED: 'The challenge has expired; fetch a new one from GET /challenge.',
} as const;

function refused(problem: keyof typeof problems): ProofOfWorkCheck {
  return { ok: false, problem, message: problems[problem] };
}

/**
 * Checks a solved challenge, as the ALTCHA widget submits it (base64 JSON of challenge and solution). That it is used
 * only once is the caller's to ensure, by the signature returned here.
 */
export async function checkProofOfWork(
  key: string,
  payload: string | null | undefined,
  now = new Date(),
): Promise<ProofOfWorkCheck> {
  if (!payload) return refused('MISSING');
  if (payload.length > 4096) return refused('MALFORMED');
  let decoded: z.infer<typeof payloadSchema>;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64').toString('utf8')));
    if (!parsed.success) return refused('MALFORMED');
    decoded = parsed.data;
  } catch {
    return refused('MALFORMED');
  }
  const { parameters, signature } = decoded.challenge;
  const tag = parameters.data?.address;
  if (parameters.algorithm !== 'SHA-256' || parameters.cost !== 1 || typeof tag !== 'string') {
    return refused('INVALID');
  }
  if (parameters.expiresAt === undefined) return refused('INVALID');
  if (parameters.expiresAt * 1000 <= now.getTime()) return refused('EXPIRED');
  const result = await verifySolution({
    challenge: { parameters, signature },
    solution: decoded.solution satisfies Solution,
    deriveKey,
    hmacSignatureSecret: key,
  });
  if (result.expired) return refused('EXPIRED');
  if (!result.verified) return refused('INVALID');
  return { ok: true, signature, addressTag: tag, expiresAt: new Date(parameters.expiresAt * 1000) };
}
