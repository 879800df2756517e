import { type Db, selectRows } from '@mitmach/db';
import { sql } from 'drizzle-orm';
import { actions, counters, learningTargets } from '../../db/schema';
import { metric } from '../../read-model/metrics';
import { periodCondition, scopeFilter, textArray } from '../figures/counter-queries';
import type { Scope } from '../figures/scope';

const inPeriod = (scope: Scope) => periodCondition(counters, scope.firstMonth, scope.lastMonth);

/** Outcomes per field of action, most first; an outcome counts once for each of its fields. */
export async function outcomesByField(db: Db, scope: Scope): Promise<{ field: string; count: number }[]> {
  const onlyFilterFields = scope.fields ? sql`field = any(${textArray(scope.fields)})` : sql`true`;
  const rows = await selectRows<{ field: string; count: string }>(
    db,
    sql`select field, sum(${counters.value})::text as count
        from ${counters}, unnest(${counters.fields}) as field
        where ${counters.metric} = ${metric.outcomes} and ${inPeriod(scope)} and ${scopeFilter(scope)}
          and ${onlyFilterFields}
        group by field
        order by sum(${counters.value}) desc, field`,
  );
  return rows.map((row) => ({ field: row.field, count: Number(row.count) }));
}

export interface ActionSpreadRow {
  actionId: string;
  title: string;
  regions: number;
}

/**
 * The most adopted actions of the scope (ties on the last place kept for ordering by title), with how many actions
 * were adopted at all and by how many regions in total, in one statement.
 */
export async function topAdoptedActions(
  db: Db,
  scope: Scope,
  first: number,
): Promise<{ top: ActionSpreadRow[]; adoptedActions: number; adoptions: number }> {
  const rows = await selectRows<{
    action_id: string | null;
    title: string | null;
    regions: string | null;
    adopted_actions: string;
    adoptions: string;
  }>(
    db,
    sql`with spread as (
          select ${counters.dimension} as action_id, sum(${counters.value}) as regions
          from ${counters}
          where ${counters.metric} = ${metric.adoptionsByAction} and ${inPeriod(scope)} and ${scopeFilter(scope)}
          group by ${counters.dimension}
          having sum(${counters.value}) > 0
        ),
        summary as (select count(*) as adopted_actions, coalesce(sum(regions), 0) as adoptions from spread),
        leaders as (select * from spread order by regions desc fetch first ${first} rows with ties)
        select leaders.action_id, ${actions.title} as title, leaders.regions::text as regions,
               summary.adopted_actions::text as adopted_actions, summary.adoptions::text as adoptions
        from summary
          left join leaders on true
          left join ${actions} on ${actions.actionId} = leaders.action_id::uuid
        order by leaders.regions desc, ${actions.title} nulls last, leaders.action_id
        limit ${first}`,
  );
  return {
    top: rows.flatMap((row) =>
      row.action_id ? [{ actionId: row.action_id, title: row.title ?? '', regions: Number(row.regions) }] : [],
    ),
    adoptedActions: Number(rows[0]?.adopted_actions ?? 0),
    adoptions: Number(rows[0]?.adoptions ?? 0),
  };
}

export interface LearningTargetRow {
  kind: string;
  targetId: string;
  title: string;
  enrollments: number;
  completions: number;
  completedEnrollments: number;
}

/** Enrollments, completions and completed enrollments per course, programme and cohort of the period. */
export async function learningByTarget(db: Db, scope: Scope): Promise<LearningTargetRow[]> {
  const sumOf = (name: string) => sql`sum(${counters.value}) filter (where ${counters.metric} = ${name})`;
  const rows = await selectRows<{
    kind: string;
    target_id: string;
    title: string | null;
    enrollments: string | null;
    completions: string | null;
    completed_enrollments: string | null;
  }>(
    db,
    sql`with per_target as (
          select ${counters.dimension} as target,
                 ${sumOf(metric.enrollments)} as enrollments,
                 ${sumOf(metric.completions)} as completions,
                 ${sumOf(metric.completedEnrollments)} as completed_enrollments
          from ${counters}
          where ${counters.metric} = any(${textArray([metric.enrollments, metric.completions, metric.completedEnrollments])})
            and ${inPeriod(scope)} and ${scopeFilter(scope)}
          group by ${counters.dimension}
        )
        select split_part(target, ':', 1) as kind, split_part(target, ':', 2) as target_id, ${learningTargets.title} as title,
               enrollments::text, completions::text, completed_enrollments::text
        from per_target left join ${learningTargets} on ${learningTargets.targetId} = split_part(target, ':', 2)::uuid`,
  );
  return rows.map((row) => ({
    kind: row.kind,
    targetId: row.target_id,
    title: row.title ?? '',
    enrollments: Number(row.enrollments ?? 0),
    completions: Number(row.completions ?? 0),
    completedEnrollments: Number(row.completed_enrollments ?? 0),
  }));
}
