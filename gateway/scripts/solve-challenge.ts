// Fetches a proof-of-work challenge from a running platform, solves it as a browser would, and prints the payload
// that registerAsGuest and applyForRegion take as proofOfWork. npm run -s solve-challenge [-- http://localhost:4000]
import { parseCommandLineOrExit } from '@mitmach/config';
import { type ProofOfWorkChallenge, solveParticipationChallenge } from '@mitmach/server-kit';

const usage = 'usage: npm run -s solve-challenge [-- http://localhost:4000]';
const { positionals } = parseCommandLineOrExit({ options: {}, allowPositionals: true }, usage);
const base = positionals[0] ?? process.env.PUBLIC_URL ?? 'http://localhost:4000';
if (!URL.canParse(base) || !/^https?:$/.test(new URL(base).protocol)) {
  process.stderr.write(`the platform's address must be an http(s) URL, got "${base}"\n${usage}\n`);
  process.exit(2);
}
const response = await fetch(new URL('/challenge', base));
if (!response.ok) {
  process.stderr.write(`GET ${base}/challenge answered ${response.status}: ${await response.text()}\n`);
  process.exit(1);
}
process.stdout.write(`${await solveParticipationChallenge((await response.json()) as ProofOfWorkChallenge)}\n`);
