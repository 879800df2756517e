import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';

export interface BurstTarget {
  /** The gateway's GraphQL endpoint. */
  url: string;
  /** A staff token the gateway accepts. */
  token: string;
  /** A held conference, whose outcomes the burst records. */
  conferenceId: string;
  /** Starts the title of every outcome of the burst, so that its outcomes and their drafts can be told apart. */
  titlePrefix: string;
}

export interface BurstProgress {
  acknowledged: number;
  failed: number;
}

const recordOutcome = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { outcome { id } } }`;

/**
 * Records outcomes through the gateway from several clients at once until `count` were acknowledged; a request that
 * fails (the service or its database is away) is counted and sent again, as a client would. Each recorded outcome
 * is one `conferences.outcome-recorded` event, which the action pool turns into a draft action and the statistics
 * count.
 */
export async function recordOutcomes(
  target: BurstTarget,
  count: number,
  options: { concurrency?: number; onProgress?(progress: BurstProgress): void } = {},
): Promise<BurstProgress> {
  const progress: BurstProgress = { acknowledged: 0, failed: 0 };
  let issued = 0;
  const worker = async () => {
    while (issued < count) {
      issued += 1;
      const number = issued;
      for (;;) {
        try {
          const response = await fetch(target.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
            body: JSON.stringify({
              query: recordOutcome,
              variables: {
                input: {
                  conferenceId: target.conferenceId,
                  kind: 'IDEA',
                  title: `${target.titlePrefix} ${number}`,
                  description: 'Ein Ergebnis aus einer langen Reihe, die mitten im Schreiben gestört wird.',
                  fieldsOfAction: ['mobility'],
                  sdgs: [11],
                  responsiblePersonIds: [],
                  partnerOrganizationIds: [],
                },
              },
            }),
            signal: AbortSignal.timeout(30_000),
          });
          const body = (await response.json()) as { data?: { recordOutcome?: { outcome?: { id: string } } } };
          if (!body.data?.recordOutcome?.outcome?.id) throw new Error(`not recorded: ${JSON.stringify(body)}`);
          progress.acknowledged += 1;
          options.onProgress?.(progress);
          break;
        } catch {
          progress.failed += 1;
          await sleep(200);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  return progress;
}

export interface Delivery {
  /** Outcomes of the burst in the conferences service's table: the events written. */
  outcomes: number;
  /** Of them, the ones the action pool made a draft of. */
  drafts: number;
  /** Outcome events the action pool recorded as processed. */
  actionPoolProcessed: number;
  /** Outcome events the statistics recorded as processed. */
  statisticsProcessed: number;
  /** The conference's outcomes the statistics count, less those it has besides the burst's (the seeded ones). */
  statisticsCounted: number;
  deadLetters: number;
}

/**
 * What became of the burst, read from the services' tables: the outcomes written, the drafts and processed ids of the
 * action pool, the processed ids and the conference's outcome count in the statistics read model (less the
 * conference's other outcomes, which the statistics count as well once they caught up with the seed), and dead
 * letters of either.
 */
export async function readDelivery(databaseUrl: string, target: BurstTarget): Promise<Delivery> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<Record<keyof Delivery, string>[]>`
      with burst as (
        select id from conferences.outcomes where conference_id = ${target.conferenceId} and title like ${`${target.titlePrefix} %`}
      ), burst_events as (
        select e.event_id from eventbus.events e
        where e.topic = 'conferences.outcome.v1' and (e.value::jsonb -> 'payload' ->> 'outcomeId')::uuid in (select id from burst)
      )
      select
        (select count(*) from burst) as outcomes,
        (select count(*) from action_pool.actions where origin_outcome_id in (select id from burst)) as drafts,
        (select count(*) from action_pool.processed_events where event_id in (select event_id from burst_events))
          as "actionPoolProcessed",
        (select count(*) from statistics.processed_events where event_id in (select event_id from burst_events))
          as "statisticsProcessed",
        (select coalesce(sum(value), 0) from statistics.entity_counters
          where entity_id = ${target.conferenceId} and metric = 'outcomes')
          - (select count(*) from conferences.outcomes where conference_id = ${target.conferenceId}
             and id not in (select id from burst)) as "statisticsCounted",
        (select count(*) from action_pool.dead_letters) + (select count(*) from statistics.dead_letters) as "deadLetters"`;
    const figure = (key: keyof Delivery) => Number(row?.[key] ?? Number.NaN);
    return {
      outcomes: figure('outcomes'),
      drafts: figure('drafts'),
      actionPoolProcessed: figure('actionPoolProcessed'),
      statisticsProcessed: figure('statisticsProcessed'),
      statisticsCounted: figure('statisticsCounted'),
      deadLetters: figure('deadLetters'),
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Waits until every outcome of the burst reached both consumers, or the time is up; returns the last reading. */
export async function awaitDelivery(
  databaseUrl: string,
  target: BurstTarget,
  timeoutMs: number,
): Promise<{ delivery: Delivery; waitedS: number; caughtUp: boolean }> {
  const started = performance.now();
  for (;;) {
    const delivery = await readDelivery(databaseUrl, target).catch(() => null);
    const done =
      delivery &&
      delivery.drafts >= delivery.outcomes &&
      delivery.statisticsProcessed >= delivery.outcomes &&
      delivery.statisticsCounted >= delivery.outcomes;
    const waitedS = (performance.now() - started) / 1000;
    if (delivery && (done || waitedS * 1000 > timeoutMs)) {
      // A little longer, so that an event applied twice would show.
      if (done) await sleep(3_000);
      return {
        delivery: (await readDelivery(databaseUrl, target)) ?? delivery,
        waitedS,
        caughtUp: Boolean(done),
      };
    }
    await sleep(1_000);
  }
}

/**
 * The figures of a burst as lines: events written, lost and applied twice per consumer. Until the consumers caught up,
 * what they have not applied yet is only missing, not lost.
 */
export function deliveryReport(delivery: Delivery, caughtUp: boolean): { lines: string[]; clean: boolean } {
  const rows = [
    ['action-pool', delivery.drafts, delivery.actionPoolProcessed],
    ['statistics', delivery.statisticsCounted, delivery.statisticsProcessed],
  ] as const;
  const lines = [`events written (outcomes recorded): ${delivery.outcomes}`];
  let clean = caughtUp && delivery.deadLetters === 0;
  for (const [consumer, effects, processed] of rows) {
    const lost = Math.max(0, delivery.outcomes - Math.min(effects, processed));
    const twice = Math.max(0, effects - delivery.outcomes, processed - delivery.outcomes);
    clean &&= lost === 0 && twice === 0;
    lines.push(
      `${consumer.padEnd(11)}  applied ${effects}, processed ids ${processed}: ${caughtUp ? 'lost' : 'not applied yet'} ${lost}, applied twice ${twice}`,
    );
  }
  lines.push(`dead letters: ${delivery.deadLetters}`);
  return { lines, clean };
}
