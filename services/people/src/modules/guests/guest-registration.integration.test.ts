import { randomUUID } from 'node:crypto';
import { anonymousCaller } from '@mitmach/auth';
import { developmentChallengeKey } from '@mitmach/server-kit';
import { graphqlClient } from '@mitmach/testkit';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guestRegistrations, mailOutbox, outbox, persons } from '../../db/schema';
import { onRegistrationNotice } from '../../events/registration-notice.handler';
import { callerTokens } from '../../testing/callers';
import { fetchSolvedChallenge, solvedChallengeFrom } from '../../testing/proof-of-work';
import { type RunningPeople, startPeople } from '../../testing/start-people';
import { smtpTransport } from '../mail/mail-transport';
import { createMailWorker } from '../mail/mail-worker';
import { defaultGuestLimits, lapseDueGuests, requestGuestRegistration } from './guests.service';

interface Received {
  to: string;
  raw: string;
}

let platform: RunningPeople;
let query: ReturnType<typeof graphqlClient>;
let smtp: SMTPServer;
let smtpPort = 0;
const received: Received[] = [];
let rejectNext: number | null = null;

beforeAll(async () => {
  platform = await startPeople();
  query = graphqlClient(platform.gatewayUrl);
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(_address, _session, callback) {
      if (rejectNext !== null) {
        const code = rejectNext;
        rejectNext = null;
        return callback(Object.assign(new Error('mailbox unavailable'), { responseCode: code }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo[0]?.address ?? '', raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  await platform?.stop();
});

const settings = {
  smtpUrl: null,
  from: 'Mitmach <noreply@example.org>',
  publicUrl: 'http://platform.example',
  linkSecret: 'a-test-secret-of-at-least-32-characters',
};
const conference = {
  id: randomUUID(),
  title: '1. Mitmach-Konferenz Meran',
  country: 'IT' as const,
  timeZone: 'Europe/Rome',
  startsAt: '2027-05-08T07:30:00.000Z',
  endsAt: '2027-05-08T15:30:00.000Z',
  venue: 'Kurhaus, Freiheitsstraße 33, 39012 Meran',
  online: false,
};

function worker() {
  return createMailWorker({
    db: platform.db,
    logger: pino({ level: 'silent' }),
    from: settings.from,
    transport: smtpTransport(`smtp://127.0.0.1:${smtpPort}`),
    retryDelaysMs: [1],
  });
}

async function send(email: string, extra: Record<string, unknown> = {}) {
  return await query<{ registerAsGuest: { accepted: boolean; userErrors: { code: string; message: string }[] } }>(
    `mutation($input: RegisterAsGuestInput!) { registerAsGuest(input: $input) { accepted userErrors { code message } } }`,
    {
      input: {
        proofOfWork: await fetchSolvedChallenge(platform.gatewayUrl),
        conferenceId: conference.id,
        name: 'Giulia Rossi',
        email,
        sector: 'CIVIL_SOCIETY',
        consentToContact: true,
        publicProfile: false,
        ...extra,
      },
    },
  );
}

async function register(email: string, extra: Record<string, unknown> = {}) {
  const response = await send(email, extra);
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.registerAsGuest;
}

async function guestOf(email: string) {
  const [guest] = await platform.db.select().from(guestRegistrations).where(eq(guestRegistrations.email, email));
  return guest;
}

async function notify(kind: 'held' | 'confirmed' | 'promoted', ids: { guestId?: string; personId?: string }) {
  const registrationId = randomUUID();
  await platform.db.transaction((tx) =>
    onRegistrationNotice(settings)(tx, {
      id: randomUUID(),
      name: 'conferences.registration-notice',
      version: 1,
      aggregateType: 'registration-notice',
      aggregateId: registrationId,
      occurredAt: new Date().toISOString(),
      source: 'conferences',
      traceparent: null,
      payload: {
        kind,
        registrationId,
        guestId: ids.guestId ?? null,
        personId: ids.personId ?? null,
        status: 'confirmed',
        conference,
        noticeAt: new Date().toISOString(),
      },
    }),
  );
  return registrationId;
}

const linkIn = (raw: string, path: string) => {
  const match = new RegExp(`http://platform\\.example${path}\\?token=([A-Za-z0-9_-]+)`).exec(
    raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='),
  );
  return match?.[1] ?? null;
};

describe('guest registration with e-mail confirmation', () => {
  it('answers at once, mails the confirmation over SMTP in Italian, and the link confirms once', async () => {
    const email = `giulia.${randomUUID().slice(0, 8)}@example.org`;
    expect(await register(email)).toEqual({ accepted: true, userErrors: [] });
    const guest = await guestOf(email);
    expect(guest?.status).toBe('pending');
    const requested = await platform.db
      .select()
      .from(outbox)
      .where(eq(outbox.aggregateId, guest?.id ?? ''));
    expect(requested.map((event) => event.name)).toEqual(['people.guest-registration-requested']);

    await notify('held', { guestId: guest?.id ?? '' });
    expect(await worker().runOnce()).toBe(1);
    const mail = received.at(-1);
    expect(mail?.to).toBe(email);
    expect(mail?.raw).toMatch(/Subject: Confermi la sua iscrizione/);
    expect(mail?.raw).toMatch(/Content-Type: text\/plain/);
    expect(mail?.raw).toMatch(/Content-Type: text\/html/);
    const [queued] = await platform.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email));
    expect(mail?.raw).toContain(`Message-ID: ${queued?.messageId}`);
    expect(queued?.status).toBe('sent');

    const token = linkIn(mail?.raw ?? '', '/mail/confirm');
    expect(token).not.toBeNull();
    const page = await fetch(new URL(`/mail/confirm?token=${token}`, platform.gatewayUrl));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('method="post"');
    expect(await guestOf(email)).toMatchObject({ status: 'pending' });

    const confirm = () =>
      fetch(new URL('/mail/confirm', platform.gatewayUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `token=${token}`,
      });
    expect((await confirm()).status).toBe(200);
    expect((await confirm()).status).toBe(410);
    const [person] = await platform.db.select().from(persons).where(eq(persons.email, email));
    expect(person).toMatchObject({ displayName: 'Giulia Rossi', givenName: 'Giulia', familyName: 'Rossi' });
    const [settled] = await platform.db
      .select()
      .from(guestRegistrations)
      .where(eq(guestRegistrations.personId, person?.id ?? ''));
    expect(settled).toMatchObject({ status: 'confirmed', name: null, email: null, consentToContact: true });
    expect(settled?.confirmedAt).toBeInstanceOf(Date);

    await notify('confirmed', { personId: person?.id ?? '' });
    await worker().runOnce();
    const confirmation = received.at(-1)?.raw ?? '';
    expect(confirmation).toMatch(/Subject: Iscrizione confermata/);
    expect(confirmation).toMatch(/Content-Type: text\/calendar/);
    expect(confirmation).toMatch(/filename=konferenz\.ics/);
    expect(linkIn(confirmation, '/mail/cancel')).not.toBeNull();

    const staff = await callerTokens(platform.jwtSecret).staff();
    const erased = await query<{ erasePerson: { userErrors: unknown[] } }>(
      'mutation($input: ErasePersonInput!) { erasePerson(input: $input) { userErrors { code } } }',
      { input: { personId: person?.id } },
      { token: staff },
    );
    expect(erased.body.data?.erasePerson.userErrors).toEqual([]);
    const personId = person?.id ?? '';
    expect(
      await platform.db.select().from(guestRegistrations).where(eq(guestRegistrations.personId, personId)),
    ).toEqual([]);
    expect(await platform.db.select().from(mailOutbox).where(eq(mailOutbox.personId, personId))).toEqual([]);
  });

  it('gives the same answer for a known address, drops robots and quotas each address quietly', async () => {
    const email = `anna.${randomUUID().slice(0, 8)}@example.org`;
    expect(await register(email, { website: 'http://spam.example' })).toEqual({ accepted: true, userErrors: [] });
    expect(await guestOf(email)).toBeUndefined();
    for (let round = 0; round < 7; round++) {
      expect(await register(email)).toEqual({ accepted: true, userErrors: [] });
    }
    const rows = await platform.db.select().from(guestRegistrations).where(eq(guestRegistrations.email, email));
    expect(rows).toHaveLength(5);
    const bad = await send('not-an-address');
    expect(bad.body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const short = await register(`x.${randomUUID().slice(0, 8)}@example.org`, { name: 'X' });
    expect(short?.userErrors.map((error) => error.code)).toEqual(['INVALID']);
  });

  it('lets an unconfirmed hold lapse: the data goes and the place is given up', async () => {
    const email = `lapse.${randomUUID().slice(0, 8)}@example.org`;
    await register(email);
    const guest = await guestOf(email);
    await lapseDueGuests(platform.db, new Date(Date.now() + 49 * 3_600_000));
    expect(await guestOf(email)).toBeUndefined();
    const events = await platform.db
      .select()
      .from(outbox)
      .where(eq(outbox.aggregateId, guest?.id ?? ''));
    expect(events.map((event) => [event.name, (event.payload as { outcome?: string }).outcome])).toEqual([
      ['people.guest-registration-requested', undefined],
      ['people.guest-registration-settled', 'lapsed'],
    ]);
  });

  it('retries a message the server does not take and records a bounce without retrying it', async () => {
    const email = `retry.${randomUUID().slice(0, 8)}@example.org`;
    await register(email);
    await notify('held', { guestId: (await guestOf(email))?.id ?? '' });
    rejectNext = 451;
    await worker().runOnce();
    let [mail] = await platform.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email));
    expect(mail).toMatchObject({ status: 'pending', attempts: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await worker().runOnce();
    [mail] = await platform.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email));
    expect(mail).toMatchObject({ status: 'sent', attempts: 2 });
    expect(received.filter((message) => message.to === email)).toHaveLength(1);

    const bounced = `bounce.${randomUUID().slice(0, 8)}@example.org`;
    await register(bounced);
    await notify('held', { guestId: (await guestOf(bounced))?.id ?? '' });
    rejectNext = 550;
    await worker().runOnce();
    [mail] = await platform.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, bounced));
    expect(mail?.status).toBe('bounced');
    expect(mail?.lastError).toMatch(/550|unavailable/);
  });

  it('asks for a solved challenge: refuses one that is missing, forged, wrong, expired or used before', async () => {
    const email = `pow.${randomUUID().slice(0, 8)}@example.org`;
    const refusal = async (proofOfWork: string | null) => {
      const answer = await register(email, { proofOfWork });
      expect(answer?.accepted).toBe(false);
      return answer?.userErrors.map((error) => [error.code, error.message]);
    };
    expect(await refusal(null)).toEqual([['BAD_USER_INPUT', expect.stringMatching(/GET \/challenge/)]]);
    expect(await refusal('bm90IGEgcGF5bG9hZA==')).toEqual([['BAD_USER_INPUT', expect.stringMatching(/not a payload/)]]);
    const solved = JSON.parse(Buffer.from(await fetchSolvedChallenge(platform.gatewayUrl), 'base64').toString());
    solved.solution.counter += 1;
    const wrong = Buffer.from(JSON.stringify(solved)).toString('base64');
    expect(await refusal(wrong)).toEqual([['BAD_USER_INPUT', expect.stringMatching(/does not solve/)]]);
    const expired = await solvedChallengeFrom('127.0.0.1', { now: new Date(Date.now() - 11 * 60_000) });
    expect(await refusal(expired)).toEqual([['BAD_USER_INPUT', expect.stringMatching(/expired/)]]);
    expect(await guestOf(email)).toBeUndefined();

    const once = await fetchSolvedChallenge(platform.gatewayUrl);
    expect(await register(email, { proofOfWork: once })).toEqual({ accepted: true, userErrors: [] });
    expect(await refusal(once)).toEqual([['BAD_USER_INPUT', expect.stringMatching(/used already/)]]);
    expect(await platform.db.select().from(guestRegistrations).where(eq(guestRegistrations.email, email))).toHaveLength(
      1,
    );

    const challenge = await fetch(new URL('/challenge', platform.gatewayUrl));
    expect(challenge.headers.get('cache-control')).toBe('no-store');
    expect(JSON.stringify(await challenge.json())).not.toContain('127.0.0.1');
  });

  it('counts the requests of each client address, whatever the e-mail addresses, and answers the same for all', async () => {
    const limits = { ...defaultGuestLimits, perAddressPerHour: 3 };
    const request = async (address: string, email: string) =>
      requestGuestRegistration(
        platform.db,
        anonymousCaller,
        developmentChallengeKey,
        {
          conferenceId: conference.id,
          name: 'Flood Robot',
          email,
          sector: 'civil_society',
          consentToContact: false,
          publicProfile: false,
          proofOfWork: await solvedChallengeFrom(address),
        },
        limits,
      );
    const known = `known.${randomUUID().slice(0, 8)}@example.org`;
    await register(known);
    const answers = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      answers.push(await request('198.51.100.23', `flood.${attempt}.${randomUUID().slice(0, 8)}@example.org`));
    }
    expect(answers.map((answer) => answer.accepted)).toEqual([true, true, true, false, false]);
    expect(answers[3]?.userErrors.map((error) => error.code)).toEqual(['RATE_LIMITED']);
    expect(await request('198.51.100.23', known)).toEqual(answers[4]);
    expect((await request('198.51.100.24', known)).accepted).toBe(true);
  });
});
