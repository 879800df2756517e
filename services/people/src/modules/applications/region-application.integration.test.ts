import { randomUUID } from 'node:crypto';
import { partnerCaller } from '@mitmach/auth';
import { developmentChallengeKey } from '@mitmach/server-kit';
import { startForFile } from '@mitmach/testkit';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { mailLinks, mailOutbox, outbox, persons, regionApplicants, teamMemberships } from '../../db/schema';
import { onApplicationNotice } from '../../events/application-notice.handler';
import { fetchSolvedChallenge, solvedChallengeFrom } from '../../testing/proof-of-work';
import { startPeople } from '../../testing/start-people';
import { lapseDueApplicants, requestRegionApplication } from './applications.service';

const { platform, query } = await startForFile(startPeople);

const settings = {
  smtpUrl: null,
  from: 'Mitmach <noreply@example.org>',
  publicUrl: 'http://localhost:4000',
  linkSecret: 'a-test-secret-of-at-least-32-characters',
};

const input = (email: string, extra: Record<string, unknown> = {}) => ({
  roundId: randomUUID(),
  regionName: 'Mitmach-Region Vinschgau',
  area: {
    kind: 'REGION',
    country: 'IT',
    subdivision: 'IT-32',
    description: 'Die Gemeinden im Vinschgau zwischen Mals und Naturns.',
    location: { lat: 46.63, lng: 10.78 },
  },
  contactName: 'Giulia Rossi',
  email,
  team: ['Martin Gruber', 'Anna Pichler'],
  motivation: 'Wir wollen Vereine, Gemeinden und Betriebe im Tal an einen Tisch bringen.',
  fieldsOfAction: ['energy'],
  ...extra,
});

async function apply(email: string, extra: Record<string, unknown> = {}) {
  const response = await query<{
    applyForRegion: { accepted: boolean; userErrors: { field: string[]; code: string }[] };
  }>(
    `mutation($input: ApplyForRegionInput!) { applyForRegion(input: $input) { accepted userErrors { field code message } } }`,
    { input: { proofOfWork: await fetchSolvedChallenge(platform.gatewayUrl), ...input(email, extra) } },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.applyForRegion;
}

const applicantsOf = (email: string) =>
  platform.db.select().from(regionApplicants).where(eq(regionApplicants.email, email));
const mailsTo = (email: string) => platform.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email));
const fresh = (name: string) => `${name}.${randomUUID().slice(0, 8)}@example.org`;

function notice(applicantId: string, kind: 'received' | 'accepted') {
  return platform.db.transaction((tx) =>
    onApplicationNotice(tx, {
      id: randomUUID(),
      name: 'regions.application-notice',
      version: 1,
      aggregateType: 'application',
      aggregateId: applicantId,
      occurredAt: new Date().toISOString(),
      source: 'regions',
      traceparent: null,
      payload: {
        kind,
        applicantId,
        applicationId: '0190a1b2-0000-7000-8000-000000000013',
        regionId: '0190a1b2-0000-7000-8000-000000000014',
        roundTitle: 'Bewerbungsrunde 2027',
        regionName: 'Mitmach-Region Vinschgau',
        country: 'IT',
        noticeAt: new Date().toISOString(),
      },
    }),
  );
}

describe('region applications without an account', () => {
  it('mails the confirmation in Italian for South Tyrol; the link confirms once and hands the application on', async () => {
    const email = fresh('giulia');
    expect(await apply(email)).toEqual({ accepted: true, userErrors: [] });
    const [applicant] = await applicantsOf(email);
    expect(applicant).toMatchObject({ status: 'pending', team: ['Martin Gruber', 'Anna Pichler'] });
    const [mail] = await mailsTo(email);
    expect(mail).toMatchObject({ language: 'it', subject: 'Confermi la sua candidatura: Mitmach-Region Vinschgau' });
    expect(mail?.html).toContain('<html lang="it">');
    const token = /\/mail\/confirm-application\?token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
    expect(token).toBeDefined();

    const confirm = () =>
      fetch(new URL('/mail/confirm-application', platform.gatewayUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `token=${token}`,
      });
    expect((await confirm()).status).toBe(200);
    expect((await confirm()).status).toBe(410);
    const [person] = await platform.db.select().from(persons).where(eq(persons.email, email));
    expect(person).toMatchObject({ displayName: 'Giulia Rossi', givenName: 'Giulia', familyName: 'Rossi' });
    const [confirmed] = await platform.db
      .select()
      .from(regionApplicants)
      .where(eq(regionApplicants.id, applicant?.id ?? ''));
    expect(confirmed).toMatchObject({ status: 'confirmed', email: null, contactName: null, personId: person?.id });
    const [event] = await platform.db
      .select()
      .from(outbox)
      .where(eq(outbox.aggregateId, applicant?.id ?? ''));
    expect(event).toMatchObject({ name: 'people.region-application-confirmed' });
    expect(event?.payload).toMatchObject({
      roundId: applicant?.roundId,
      region: { name: 'Mitmach-Region Vinschgau', kind: 'region', country: 'IT', subdivision: 'IT-32' },
      fieldsOfAction: ['energy'],
    });
    expect(JSON.stringify(event?.payload)).not.toContain(email);

    await notice(applicant?.id ?? '', 'received');
    await notice(applicant?.id ?? '', 'accepted');
    const subjects = (await mailsTo(email)).map((row) => row.subject).sort();
    expect(subjects).toEqual([
      'Benvenuti nella rete: Mitmach-Region Vinschgau',
      'Candidatura ricevuta: Mitmach-Region Vinschgau',
      'Confermi la sua candidatura: Mitmach-Region Vinschgau',
    ]);
    const [linked] = await platform.db
      .select()
      .from(regionApplicants)
      .where(eq(regionApplicants.id, applicant?.id ?? ''));
    expect(linked?.applicationId).toBe('0190a1b2-0000-7000-8000-000000000013');
    const teams = await platform.db
      .select()
      .from(teamMemberships)
      .where(eq(teamMemberships.personId, person?.id ?? ''));
    expect(teams).toMatchObject([{ regionId: '0190a1b2-0000-7000-8000-000000000014', role: 'contact' }]);
    const changes = await platform.db.select().from(outbox).where(eq(outbox.name, 'people.team-membership-changed'));
    expect(changes.filter((event) => JSON.stringify(event.payload).includes(teams[0]?.id ?? '-'))).toHaveLength(1);
    await notice(applicant?.id ?? '', 'accepted');
    expect(
      await platform.db
        .select()
        .from(teamMemberships)
        .where(eq(teamMemberships.personId, person?.id ?? '')),
    ).toHaveLength(1);
  });

  it('writes in German outside South Tyrol and deletes what was never confirmed once its time is over', async () => {
    const email = fresh('jonas');
    await apply(email, {
      area: {
        kind: 'DISTRICT',
        country: 'DE',
        subdivision: 'DE-BW',
        description: 'Der Landkreis Tübingen mit seinen Gemeinden.',
        location: { lat: 48.52, lng: 9.05 },
      },
    });
    const [mail] = await mailsTo(email);
    expect(mail).toMatchObject({
      language: 'de',
      subject: 'Bitte bestätigen Sie Ihre Bewerbung: Mitmach-Region Vinschgau',
    });
    const [applicant] = await applicantsOf(email);
    expect(await lapseDueApplicants(platform.db, new Date(Date.now() + 49 * 3_600_000))).toBeGreaterThanOrEqual(1);
    expect(await applicantsOf(email)).toEqual([]);
    expect(await mailsTo(email)).toEqual([]);
    expect(
      await platform.db
        .select()
        .from(mailLinks)
        .where(eq(mailLinks.applicantId, applicant?.id ?? '')),
    ).toEqual([]);
  });

  it('refuses bad input with field errors and stores nothing', async () => {
    const email = fresh('bad');
    const answer = await apply(email, {
      regionName: 'X',
      team: Array.from({ length: 21 }, () => 'Name'),
      motivation: 'kurz',
      fieldsOfAction: ['Not A Slug'],
      area: {
        kind: 'REGION',
        country: 'DE',
        subdivision: 'AT-9',
        description: 'Paris',
        location: { lat: 100, lng: 2.35 },
      },
    });
    expect(answer?.accepted).toBe(false);
    expect(answer?.userErrors.map((error) => error.field.join('.')).sort()).toEqual([
      'input.area.description',
      'input.area.location',
      'input.area.subdivision',
      'input.fieldsOfAction',
      'input.motivation',
      'input.regionName',
      'input.team',
    ]);
    expect(await applicantsOf(email)).toEqual([]);
  });

  it('gives robots and flooders the same answer as everyone, and stops a partner key at its quota', async () => {
    const robot = fresh('robot');
    expect(await apply(robot, { website: 'http://spam.example' })).toEqual({ accepted: true, userErrors: [] });
    expect(await applicantsOf(robot)).toEqual([]);

    const flooder = fresh('flooder');
    const answers = [];
    for (let attempt = 0; attempt < 6; attempt++) answers.push(await apply(flooder));
    expect(answers.every((answer) => answer?.accepted && answer.userErrors.length === 0)).toBe(true);
    expect(await applicantsOf(flooder)).toHaveLength(3);
    expect(await mailsTo(flooder)).toHaveLength(3);

    const partner = partnerCaller(randomUUID());
    const limits = { perEmailPerDay: 3, perAddressPerHour: 10, perPartnerKeyPerHour: 2 };
    const request = async (email: string) => {
      const { area, ...rest } = input(email);
      return requestRegionApplication(
        platform.db,
        partner,
        { ...settings, challengeKey: developmentChallengeKey },
        { ...rest, area: { ...area, kind: 'region' }, proofOfWork: await solvedChallengeFrom('203.0.113.50') },
        limits,
      );
    };
    expect((await request(fresh('p1'))).accepted).toBe(true);
    expect((await request(fresh('p2'))).accepted).toBe(true);
    const third = await request(fresh('p3'));
    expect(third.accepted).toBe(false);
    expect(third.userErrors[0]?.code).toBe('RATE_LIMITED');
  });

  it('asks for a solved challenge that was not used before', async () => {
    const email = fresh('pow');
    const missing = await apply(email, { proofOfWork: null });
    expect(missing?.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.proofOfWork', 'BAD_USER_INPUT'],
    ]);
    const once = await fetchSolvedChallenge(platform.gatewayUrl);
    expect(await apply(email, { proofOfWork: once })).toEqual({ accepted: true, userErrors: [] });
    const replayed = await apply(fresh('replay'), { proofOfWork: once });
    expect(replayed?.accepted).toBe(false);
    expect(replayed?.userErrors.map((error) => error.code)).toEqual(['BAD_USER_INPUT']);
    expect(await applicantsOf(email)).toHaveLength(1);
  });
});
