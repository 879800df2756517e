import { type UserError, userError } from '@mitmach/server-kit';

export const limits = {
  title: [5, 120],
  summary: [20, 400],
  description: [50, 8000],
  impact: [20, 2000],
  stepTitle: [3, 120],
  stepDescription: [10, 2000],
  targetGroup: [2, 80],
  steps: 12,
  targetGroups: 10,
  durationWeeks: [1, 260],
  maxCostEur: 10_000_000,
  imageCredit: 200,
} as const;

export interface StepInput {
  title: string;
  description: string;
}

export function checkText(
  value: string,
  field: string[],
  label: string,
  [min, max]: readonly [number, number],
): UserError[] {
  const length = value.trim().length;
  if (length < min || length > max) {
    return [userError(field, `${label} must have ${min} to ${max} characters, it has ${length}.`)];
  }
  return [];
}

export function checkEffort(effort: { durationWeeks: number }, field: string[]): UserError[] {
  const [min, max] = limits.durationWeeks;
  if (!Number.isInteger(effort.durationWeeks) || effort.durationWeeks < min || effort.durationWeeks > max) {
    return [
      userError(
        [...field, 'durationWeeks'],
        `The duration must be ${min} to ${max} weeks, got ${effort.durationWeeks}.`,
        'OUT_OF_RANGE',
      ),
    ];
  }
  return [];
}

export function checkCost(cost: { minEur: number; maxEur: number }, field: string[]): UserError[] {
  const errors: UserError[] = [];
  for (const bound of ['minEur', 'maxEur'] as const) {
    if (cost[bound] < 0 || cost[bound] > limits.maxCostEur) {
      errors.push(
        userError(
          [...field, bound],
          `Costs must be between 0 and ${limits.maxCostEur} EUR, got ${cost[bound]}.`,
          'OUT_OF_RANGE',
        ),
      );
    }
  }
  if (errors.length === 0 && cost.minEur > cost.maxEur) {
    errors.push(
      userError(
        [...field, 'minEur'],
        `The minimum cost (${cost.minEur} EUR) must not exceed the maximum (${cost.maxEur} EUR).`,
      ),
    );
  }
  return errors;
}

export function checkSteps(steps: readonly StepInput[], field: string[]): UserError[] {
  if (steps.length > limits.steps) {
    return [userError(field, `An action has at most ${limits.steps} steps, got ${steps.length}.`, 'TOO_MANY')];
  }
  return steps.flatMap((step, index) => [
    ...checkText(step.title, [...field, String(index), 'title'], `The title of step ${index + 1}`, limits.stepTitle),
    ...checkText(
      step.description,
      [...field, String(index), 'description'],
      `The description of step ${index + 1}`,
      limits.stepDescription,
    ),
  ]);
}

export function checkTargetGroups(groups: readonly string[], field: string[]): UserError[] {
  if (groups.length > limits.targetGroups) {
    return [userError(field, `Name at most ${limits.targetGroups} target groups, got ${groups.length}.`, 'TOO_MANY')];
  }
  const [min, max] = limits.targetGroup;
  const wrong = groups.filter((group) => group.trim().length < min || group.trim().length > max);
  return wrong.length > 0
    ? [userError(field, `Each target group needs ${min} to ${max} characters; not: ${wrong.join(', ')}.`)]
    : [];
}

export function checkFieldsOfAction(
  given: readonly string[],
  known: ReadonlySet<string>,
  field: string[],
): UserError[] {
  if (given.length === 0) return [userError(field, 'Name at least one field of action.', 'REQUIRED')];
  const unknown = given.filter((slug) => !known.has(slug));
  return unknown.length > 0
    ? [userError(field, `Unknown or retired fields of action: ${unknown.join(', ')}.`, 'UNKNOWN_FIELD_OF_ACTION')]
    : [];
}

export function checkSdgs(sdgs: readonly number[], field: string[]): UserError[] {
  const wrong = sdgs.filter((sdg) => !Number.isInteger(sdg) || sdg < 1 || sdg > 17);
  return wrong.length > 0
    ? [userError(field, `SDGs are numbered 1 to 17; not: ${wrong.join(', ')}.`, 'UNKNOWN_SDG')]
    : [];
}

export function checkImageCredit(credit: string | null | undefined, field: string[]): UserError[] {
  if (credit == null) return [];
  return credit.trim().length > limits.imageCredit
    ? [userError(field, `The image credit has at most ${limits.imageCredit} characters.`)]
    : [];
}

export const trimmedSteps = (steps: readonly StepInput[]) =>
  steps.map((step) => ({ title: step.title.trim(), description: step.description.trim() }));

export const trimmedList = (values: readonly string[]) => [...new Set(values.map((value) => value.trim()))];
