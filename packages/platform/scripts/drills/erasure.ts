// Erasure drill, a check that prints figures (not a test): the distributed platform (`npm start -- --distributed`:
// one process per service and the gateway, the Postgres event log) on a fresh Postgres cluster of its own, seeded with
// the demo network. Erases a seeded participant who registered for conferences through the gateway, waits until the
// erasure status shows every service done, then scans every table in every schema of the database for the person's
// id, full name (rows of namesakes aside), e-mail and phone until nothing but the erased-ids records names them.
//   npm run drill:erasure [-- --port 4600 --timeout-seconds 120]
import { parseCommandLineOrExit } from '@mitmach/config';
import { connectPostgres } from '@mitmach/db';
import { demoPeople, personId } from '@mitmach/demo-network';
import { type ScanHit, scanDatabase } from '../../src/erasure/scan-database';
import { startDrillTopology } from './drill-topology';

const usage = 'usage: npm run drill:erasure [-- --port 4600 --timeout-seconds 120]';
const { values } = parseCommandLineOrExit(
  {
    options: {
      port: { type: 'string', default: '4600' },
      'timeout-seconds': { type: 'string', default: '120' },
    },
  },
  usage,
);
const timeoutMs = Number(values['timeout-seconds']) * 1000;
const fullName = (person: { givenName: string; familyName: string }) => `${person.givenName} ${person.familyName}`;
// A participant of the Waldviertel conference (held, attended) who holds a place at one in Ottakring still ahead.
const erasedKey = 'waldviertel:participant-1';
const erased = personId(erasedKey);
const people = demoPeople();
const self = people.find((person) => person.key === erasedKey);
if (!self) throw new Error(`no demo person ${erasedKey}`);
// The demo network repeats names: a row with the full name that names another person with it (by id or address) is
// that namesake's, and only such rows may show the name after the erasure.
const namesakeMarks = people
  .filter((person) => person.key !== erasedKey && fullName(person) === fullName(self))
  .flatMap((person) => [personId(person.key), person.email]);
const isNamesakes = (hit: ScanHit) =>
  hit.needle === fullName(self) && namesakeMarks.some((mark) => hit.row.toLowerCase().includes(mark.toLowerCase()));

const { cluster, target, stop } = await startDrillTopology(Number(values.port));
const connection = connectPostgres({ url: cluster.url, applicationName: 'erasure-drill' });

async function gateway<Data>(document: string, variables: Record<string, unknown>): Promise<Data> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
    body: JSON.stringify({ query: document, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`the gateway answered ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

interface Status {
  complete: boolean;
  services: { service: string; appliedAt: string | null }[];
}

try {
  const db = connection.drizzle();
  const {
    personalDataExport: { registrations },
  } = await gateway<{ personalDataExport: { registrations: unknown[] } }>(
    'query($id: UUID!) { personalDataExport(personId: $id) { registrations { id } } }',
    { id: erased },
  );
  const { person } = await gateway<{
    person: { givenName: string; familyName: string; email: string; phone: string | null };
  }>('query($id: UUID!) { person(id: $id) { givenName familyName email phone } }', { id: erased });
  const needles = [erased, fullName(person), person.email, ...(person.phone ? [person.phone] : [])];
  const before = await scanDatabase(db, needles);
  process.stdout.write(
    `person ${erased}: ${registrations.length} registrations, ${namesakeMarks.length / 2} namesakes; ${before.length} rows in ${new Set(before.map((hit) => hit.table)).size} tables name them before the erasure\n`,
  );

  const started = performance.now();
  const answer = await gateway<{ erasePerson: { erasure: Status; userErrors: unknown[] } }>(
    `mutation($id: UUID!) { erasePerson(input: { personId: $id }) {
       erasure { complete services { service appliedAt } } userErrors { code message } } }`,
    { id: erased },
  );
  if (answer.erasePerson.userErrors.length > 0) {
    throw new Error(`the erasure was refused: ${JSON.stringify(answer.erasePerson.userErrors)}`);
  }
  const erasedMs = performance.now() - started;

  let status: Status = answer.erasePerson.erasure;
  while (!status.complete && performance.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    status = (
      await gateway<{ personErasure: Status }>(
        'query($id: UUID!) { personErasure(personId: $id) { complete services { service appliedAt } } }',
        { id: erased },
      )
    ).personErasure;
  }
  const completeMs = performance.now() - started;

  const remaining = async () => (await scanDatabase(db, needles)).filter((hit) => !isNamesakes(hit));
  let hits: ScanHit[] = await remaining();
  while (hits.length > 0 && status.complete && performance.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    hits = await remaining();
  }
  const cleanMs = performance.now() - started;

  process.stdout.write(
    [
      '',
      `erasePerson answered after ${erasedMs.toFixed(0)} ms`,
      ...status.services.map(
        ({ service, appliedAt }) => `  ${service.padEnd(12)} ${appliedAt ? `applied at ${appliedAt}` : 'not applied'}`,
      ),
      status.complete
        ? `erasure status complete after ${(completeMs / 1000).toFixed(2)} s`
        : `erasure status not complete after ${(completeMs / 1000).toFixed(0)} s`,
      ...hits.map((hit) => `FOUND\t${hit.table}\t${hit.needle}\t${hit.row.slice(0, 160)}`),
      hits.length === 0
        ? `scan clean after ${(cleanMs / 1000).toFixed(2)} s: the id only in the erased-ids records, name, e-mail and phone nowhere`
        : `${hits.length} row(s) still name the person after ${(cleanMs / 1000).toFixed(0)} s`,
      '',
    ].join('\n'),
  );
  process.exitCode = status.complete && hits.length === 0 ? 0 : 1;
} finally {
  await connection.close();
  await stop();
}
