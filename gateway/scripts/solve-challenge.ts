// Fetches a proof-of-work challenge from a running platform, solves it as a browser would, and prints the payload
// that registerAsGuest and applyForRegion take as proofOfWork. npm run -s solve-challenge [-- http://localhost:4000]
import { type ProofOfWorkChallenge, solveParticipationChallenge } from '@mitmach/server-kit';

const base = process.argv[2] ?? process.env.PUBLIC_URL ?? 'http://localhost:4000';
const response = await fetch(new URL('/challenge', base));
if (!response.ok) {
  process.stderr.write(`GET ${base}/challenge answered ${response.status}: ${await response.text()}\n`);
  process.exit(1);
}
process.stdout.write(`${await solveParticipationChallenge((await response.json()) as ProofOfWorkChallenge)}\n`);
