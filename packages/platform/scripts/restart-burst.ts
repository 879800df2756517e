// Nothing lost across a restart (a check, not a test): records outcomes in a burst through the gateway of the
// embedded platform, stops it with SIGTERM in the middle, starts it again on the same data, records until the
// conference has exactly N new outcomes, and counts the draft actions the action pool made of them.
//   pnpm --filter @mitmach/platform restart-burst [--outcomes 1000]
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { signDevelopmentToken } from '@mitmach/auth';
import { parseCommandLineOrExit } from '@mitmach/config';
import { conferenceId, firstConferenceKey } from '@mitmach/demo-network';

const usage = 'usage: pnpm --filter @mitmach/platform restart-burst [--outcomes 1000]';
const { values } = parseCommandLineOrExit({ options: { outcomes: { type: 'string', default: '1000' } } }, usage);
const target = Number(values.outcomes);
const dataDir = mkdtempSync(join(tmpdir(), 'mitmach-burst-'));
const jwtSecret = 'restart-burst-secret-0123456789abcdef';
const port = 4600;
const url = `http://127.0.0.1:${port}/graphql`;
const conference = conferenceId(firstConferenceKey('lindau'));
const titlePrefix = 'Burst-Ergebnis';
const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));

function start(): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', main], {
    env: {
      PATH: process.env.PATH ?? '',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      JWT_SECRET: jwtSecret,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function ready(): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) return;
    } catch {}
    await sleep(200);
  }
}

async function graphql<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const token = await signDevelopmentToken({ secret: jwtSecret, roles: ['staff'] });
const outcomeCount = async () =>
  (
    await graphql<{ conference: { outcomes: { totalCount: number } } }>(
      token,
      'query($id: UUID!) { conference(id: $id) { outcomes(first: 0) { totalCount } } }',
      { id: conference },
    )
  ).conference.outcomes.totalCount;
let seeded = 0;
const recorded = async () => (await outcomeCount()) - seeded;
const drafts = async () =>
  (
    await graphql<{ actions: { totalCount: number } }>(
      token,
      `{ actions(first: 0, filter: { statuses: [DRAFT], search: "${titlePrefix}" }) { totalCount } }`,
    )
  ).actions.totalCount;

let sent = 0;
async function burst(until: () => boolean): Promise<void> {
  const worker = async () => {
    while (until()) {
      sent += 1;
      await graphql(
        token,
        `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { outcome { id } } }`,
        {
          input: {
            conferenceId: conference,
            kind: 'IDEA',
            title: `${titlePrefix} ${sent}`,
            description: 'Ein Ergebnis aus einer langen Reihe, die mitten im Schreiben unterbrochen wird.',
            fieldsOfAction: ['mobility'],
            sdgs: [11],
            responsiblePersonIds: [],
            partnerOrganizationIds: [],
          },
        },
      ).catch(() => undefined);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

try {
  let platform = start();
  await ready();
  seeded = await outcomeCount();
  let stopping = false;
  const firstBurst = burst(() => !stopping);
  while ((await recorded()) < target / 2) await sleep(100);
  stopping = true;
  platform.kill('SIGTERM');
  const [code] = await once(platform, 'exit');
  await firstBurst;
  process.stdout.write(`stopped with SIGTERM (exit ${code}) after ${sent} requests were sent\n`);

  platform = start();
  await ready();
  const before = await recorded();
  process.stdout.write(`restarted: ${before} outcomes recorded before the stop, ${await drafts()} drafts so far\n`);
  let remaining = target - before;
  await burst(() => remaining-- > 0);
  const outcomes = await recorded();
  let made = await drafts();
  const deadline = Date.now() + 60_000;
  while (made < outcomes && Date.now() < deadline) {
    await sleep(200);
    made = await drafts();
  }
  process.stdout.write(`${outcomes} outcomes recorded, ${made} draft actions in the action pool\n`);
  platform.kill('SIGTERM');
  await once(platform, 'exit');
  process.exitCode = outcomes === target && made === target ? 0 : 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
