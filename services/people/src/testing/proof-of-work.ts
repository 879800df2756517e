import {
  createParticipationChallenge,
  developmentChallengeKey,
  type ProofOfWorkChallenge,
  solveParticipationChallenge,
} from '@mitmach/server-kit';

/** A challenge fetched from the gateway's GET /challenge and solved, as a form's page would send it. */
export async function fetchSolvedChallenge(gatewayUrl: string): Promise<string> {
  const response = await fetch(new URL('/challenge', gatewayUrl));
  if (!response.ok) throw new Error(`GET /challenge answered ${response.status}`);
  return solveParticipationChallenge((await response.json()) as ProofOfWorkChallenge);
}

/** A solved challenge as the gateway would have issued it to a caller at this address. */
export async function solvedChallengeFrom(address: string, options: { now?: Date } = {}): Promise<string> {
  return solveParticipationChallenge(
    await createParticipationChallenge(developmentChallengeKey, address, { maxCounter: 1_000, ...options }),
  );
}
