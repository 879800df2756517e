import { randomUUID } from 'node:crypto';
import { cohortId, courseId, personId, teamPersonKey } from '@mitmach/demo-network';
import { contracts, type EventTransport, type TransportRecord, topicOf, uuidV7 } from '@mitmach/events';
import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import {
  deadLetters,
  enrollments,
  erasedPersonIds,
  exchangeMeetingExperts,
  lessonCompletions,
  outbox,
  personKeys,
  processedEvents,
} from '../db/schema';
import { lessonSeedId, meetingSeedId } from '../seed/seed';
import { learningSubgraph } from '../subgraph';
import { startLearning } from '../testing/start-learning';

const { platform, query, staff } = await startForFile(() => startLearning({ events: true }));

/** A person-erased event as the people service's relay would put it on the transport. */
function erasure(erasedPerson: string, payload: Record<string, unknown> = {}): TransportRecord {
  const id = uuidV7();
  return {
    topic: topicOf(contracts.personErased),
    key: erasedPerson,
    eventId: id,
    value: JSON.stringify({
      id,
      name: contracts.personErased.name,
      version: 1,
      aggregateType: 'person',
      aggregateId: erasedPerson,
      occurredAt: new Date().toISOString(),
      source: 'people',
      traceparent: null,
      payload: { personId: erasedPerson, erasedAt: new Date().toISOString(), ...payload },
    }),
  };
}

const transport = () => platform.transport as EventTransport;

async function processed(eventId: string): Promise<number> {
  const [row] = await platform.db
    .select({ value: count() })
    .from(processedEvents)
    .where(and(eq(processedEvents.consumerGroup, learningSubgraph.name), eq(processedEvents.eventId, eventId)));
  return row?.value ?? 0;
}

const enrollmentIdsOf = async (person: string) =>
  (await platform.db.select({ id: enrollments.id }).from(enrollments).where(eq(enrollments.personId, person))).map(
    (row) => row.id,
  );

const outboxSize = async () => (await platform.db.select({ value: count() }).from(outbox))[0]?.value ?? -1;

async function enrollSelf(person: string, input: Record<string, unknown>): Promise<string> {
  const token = await tokenFor(platform.jwtSecret, ['member'], { personId: person });
  const response = await query<{ enroll: { enrollment: { id: string } } }>(
    'mutation($input: EnrollInput!) { enroll(input: $input) { enrollment { id } userErrors { code } } }',
    { input },
    { token },
  );
  return response.body.data?.enroll.enrollment.id as string;
}

describe('a person erased in the people service', () => {
  it('loses their enrolments, lesson completions and expert entries here, reported as withdrawn without them', async () => {
    const erased = personId(teamPersonKey('muehlviertel', 'moderator'));
    const bystander = randomUUID();
    // A course enrolment with a completed lesson, next to whatever the demo network enrolled them in.
    const own = await enrollSelf(erased, { courseId: courseId('pressearbeit') });
    const token = await tokenFor(platform.jwtSecret, ['member'], { personId: erased });
    await query(
      'mutation($input: CompleteLessonInput!) { completeLesson(input: $input) { userErrors { code } } }',
      { input: { enrollmentId: own, lessonId: lessonSeedId('pressearbeit', 1) } },
      { token },
    );
    // Someone the erased person enrolled, as staff, and someone unrelated: both keep their enrolments.
    const eraserAsStaff = await tokenFor(platform.jwtSecret, ['staff'], { personId: erased });
    const enrolledByErased = await query<{ enroll: { enrollment: { id: string } } }>(
      'mutation($input: EnrollInput!) { enroll(input: $input) { enrollment { id } } }',
      { input: { personId: bystander, courseId: courseId('moderation') } },
      { token: eraserAsStaff },
    );
    const bystanderEnrollment = enrolledByErased.body.data?.enroll.enrollment.id as string;

    const removedIds = await enrollmentIdsOf(erased);
    expect(removedIds.length).toBeGreaterThan(1);
    const completionsBefore = await platform.db
      .select({ value: count() })
      .from(lessonCompletions)
      .where(inArray(lessonCompletions.enrollmentId, removedIds));
    expect(completionsBefore[0]?.value).toBeGreaterThan(0);
    const meeting = meetingSeedId('energiegemeinschaften-gruenden');
    const expertsOf = () =>
      platform.db
        .select({ personId: exchangeMeetingExperts.personId, name: exchangeMeetingExperts.name })
        .from(exchangeMeetingExperts)
        .where(eq(exchangeMeetingExperts.meetingId, meeting))
        .orderBy(asc(exchangeMeetingExperts.position));
    expect(await expertsOf()).toEqual([
      { personId: null, name: 'Thomas Leitner' },
      { personId: erased, name: null },
    ]);
    const outboxBefore = await outboxSize();

    const record = erasure(erased);
    await transport().publish([record]);
    await expect.poll(() => processed(record.eventId), { timeout: 90_000, interval: 50 }).toBe(1);

    expect(await enrollmentIdsOf(erased)).toEqual([]);
    const completionsAfter = await platform.db
      .select({ value: count() })
      .from(lessonCompletions)
      .where(inArray(lessonCompletions.enrollmentId, removedIds));
    expect(completionsAfter[0]?.value).toBe(0);
    expect(await expertsOf()).toEqual([{ personId: null, name: 'Thomas Leitner' }]);
    const [kept] = await platform.db.select().from(enrollments).where(eq(enrollments.id, bystanderEnrollment));
    expect(kept).toMatchObject({ personId: bystander, enrolledBy: null });
    const [stillNamed] = await platform.db
      .select({ value: count() })
      .from(enrollments)
      .where(eq(enrollments.enrolledBy, erased));
    expect(stillNamed?.value).toBe(0);

    // One withdrawal without the person per removed enrolment, so that the statistics drop them, and the
    // acknowledgement of the erasure, which names the erasure and not the person.
    expect(await outboxSize()).toBe(outboxBefore + removedIds.length + 1);
    const [acknowledgement] = await platform.db
      .select()
      .from(outbox)
      .where(eq(outbox.name, contracts.learningPersonErasureApplied.name));
    expect(JSON.stringify(acknowledgement)).not.toContain(erased);
    const [recorded] = await platform.db.select().from(erasedPersonIds).where(eq(erasedPersonIds.personId, erased));
    expect(recorded?.personId).toBe(erased);
    expect(await platform.db.select().from(personKeys).where(eq(personKeys.personId, erased))).toEqual([]);
    const refused = await query<{ enroll: { userErrors: { code: string; message: string }[] } }>(
      'mutation($input: EnrollInput!) { enroll(input: $input) { userErrors { code message } } }',
      { input: { personId: erased, courseId: courseId('pressearbeit') } },
      { token: staff },
    );
    expect(refused.body.data?.enroll.userErrors).toEqual([
      { code: 'NOT_FOUND', message: `There is no person with id ${erased}: the person was erased.` },
    ]);
    expect(await enrollmentIdsOf(erased)).toEqual([]);
    const written = await platform.db
      .select()
      .from(outbox)
      .where(inArray(outbox.aggregateId, removedIds))
      .orderBy(asc(outbox.position));
    const reports = written.slice(-removedIds.length);
    expect(reports.map((event) => event.aggregateId).sort()).toEqual([...removedIds].sort());
    for (const event of reports) {
      expect(event.name).toBe('learning.enrollment-changed');
      expect(event.payload).toMatchObject({
        enrollmentId: event.aggregateId,
        personId: null,
        status: 'withdrawn',
        target: { id: expect.any(String), title: expect.any(String) },
      });
    }
    expect(reports.find((event) => event.aggregateId === own)?.payload).toMatchObject({
      target: { kind: 'course', id: courseId('pressearbeit') },
      percentComplete: expect.any(Number),
      completedAt: null,
    });

    // The person sees nothing of theirs any more.
    const mine = await query<{ myEnrollments: { totalCount: number } }>(
      '{ myEnrollments { totalCount } }',
      {},
      { token },
    );
    expect(mine.body.data?.myEnrollments.totalCount).toBe(0);

    // The same event again, then a second erasure of the same person (in order, as both share the key): the first is
    // a duplicate and the second finds nothing left, so neither changes anything; the second is still acknowledged,
    // since the people service waits for every erasure it issued.
    const again = erasure(erased);
    await transport().publish([record, again]);
    await expect.poll(() => processed(again.eventId), { timeout: 90_000, interval: 50 }).toBe(1);
    expect(await processed(record.eventId)).toBe(1);
    expect(await outboxSize()).toBe(outboxBefore + removedIds.length + 2);
    expect(await expertsOf()).toEqual([{ personId: null, name: 'Thomas Leitner' }]);
    const direct = learningSubgraph.createConsumer({ db: platform.db, logger: pino({ level: 'silent' }) });
    expect(await direct?.consumer.process(record)).toEqual({ status: 'duplicate' });
  });

  it('leaves a meeting whose only expert was the person without experts', async () => {
    const erased = personId(teamPersonKey('wurzen', 'moderator'));
    const meeting = meetingSeedId('uebergang-in-die-selbstorganisation');
    const expertsOf = () =>
      platform.db.select().from(exchangeMeetingExperts).where(eq(exchangeMeetingExperts.meetingId, meeting));
    expect((await expertsOf()).map((expert) => expert.personId)).toEqual([erased]);
    const record = erasure(erased);
    await transport().publish([record]);
    await expect.poll(() => processed(record.eventId), { timeout: 90_000, interval: 50 }).toBe(1);
    expect(await expertsOf()).toEqual([]);
    const response = await query<{ exchangeMeetings: { edges: { node: { id: string; experts: unknown[] } }[] } }>(
      'query($ids: [UUID!]) { exchangeMeetings(filter: { cohortIds: $ids }) { edges { node { id experts { name } } } } }',
      { ids: [cohortId('regionallabor-2025')] },
      { token: staff },
    );
    expect(response.body.errors).toBeUndefined();
    const node = response.body.data?.exchangeMeetings.edges.find((edge) => edge.node.id === meeting)?.node;
    expect(node?.experts).toEqual([]);
  });
});

describe('dead letters of the learning consumer', () => {
  const list = '{ learningEventDeadLetters { id eventId eventName attempts error replayedAt } }';
  const replay = `mutation($id: UUID!) {
    replayLearningEventDeadLetter(input: { id: $id }) { applied error userErrors { field code } }
  }`;
  interface Letter {
    id: string;
    eventId: string;
    eventName: string;
    attempts: number;
    error: string;
    replayedAt: string | null;
  }

  it('parks an erasure that breaks its contract, lists it to staff only, and keeps it when a replay fails', async () => {
    const poison = erasure(randomUUID(), { personId: 'keine-uuid' });
    await transport().publish([poison]);
    const letter = await vi.waitFor(
      async () => {
        const response = await query<{ learningEventDeadLetters: Letter[] }>(list, {}, { token: staff });
        const parked = response.body.data?.learningEventDeadLetters.find((entry) => entry.eventId === poison.eventId);
        expect(parked).toBeDefined();
        return parked;
      },
      { timeout: 90_000, interval: 50 },
    );
    expect(letter).toMatchObject({ eventName: null, attempts: 1, replayedAt: null });
    expect(letter?.error).toMatch(/people\.person-erased v1: personId/);

    expect(errorCodes(await query(list))).toEqual(['FORBIDDEN']);
    const member = await tokenFor(platform.jwtSecret, ['member'], { personId: randomUUID() });
    expect(errorCodes(await query(list, {}, { token: member }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await query(replay, { id: letter?.id }))).toEqual(['FORBIDDEN']);

    const replayed = await query<{ replayLearningEventDeadLetter: { applied: boolean; error: string } }>(
      replay,
      { id: letter?.id },
      { token: staff },
    );
    expect(replayed.body.data?.replayLearningEventDeadLetter).toMatchObject({ applied: false, userErrors: [] });
    expect(replayed.body.data?.replayLearningEventDeadLetter.error).toMatch(/personId/);
    const unknown = await query<{ replayLearningEventDeadLetter: { userErrors: { code: string }[] } }>(
      replay,
      { id: randomUUID() },
      { token: staff },
    );
    expect(unknown.body.data?.replayLearningEventDeadLetter.userErrors.map((error) => error.code)).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('applies a parked erasure when staff replay it', async () => {
    const erased = randomUUID();
    const enrollment = await enrollSelf(erased, { courseId: courseId('moderation') });
    // As if the erasure had failed five times earlier, say while the database was unavailable.
    const record = erasure(erased);
    const [parked] = await platform.db
      .insert(deadLetters)
      .values({
        consumerGroup: learningSubgraph.name,
        eventId: record.eventId,
        eventName: contracts.personErased.name,
        topic: record.topic,
        value: record.value,
        error: 'connection terminated',
        attempts: 5,
      })
      .returning();
    const replayed = await query<{ replayLearningEventDeadLetter: { applied: boolean; error: string | null } }>(
      replay,
      { id: parked?.id },
      { token: staff },
    );
    expect(replayed.body.data?.replayLearningEventDeadLetter).toEqual({ applied: true, error: null, userErrors: [] });
    expect(await enrollmentIdsOf(erased)).toEqual([]);
    const [report] = await platform.db
      .select()
      .from(outbox)
      .where(eq(outbox.aggregateId, enrollment))
      .orderBy(asc(outbox.position))
      .offset(1);
    expect(report?.payload).toMatchObject({ enrollmentId: enrollment, personId: null, status: 'withdrawn' });

    // The letter named the person in clear, so the erasure it carried deleted it rather than marking it replayed.
    const all = await query<{ learningEventDeadLetters: Letter[] }>(
      '{ learningEventDeadLetters(includeReplayed: true) { id replayedAt } }',
      {},
      { token: staff },
    );
    expect(all.body.data?.learningEventDeadLetters.map((letter) => letter.id)).not.toContain(parked?.id);
    expect(
      await platform.db
        .select()
        .from(deadLetters)
        .where(eq(deadLetters.id, parked?.id ?? '')),
    ).toEqual([]);
  });
});
