import { type fundingKinds, outcomeKinds } from './enums';

/** A share, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function outcomeKindCounts(countOf: (kind: string) => number) {
  const byKind = outcomeKinds.map((kind) => ({ kind, count: countOf(kind) }));
  return { total: byKind.reduce((sum, entry) => sum + entry.count, 0), byKind };
}

export function fundingFigures(amountOf: (kind: (typeof fundingKinds)[number]) => number) {
  return {
    depositedCents: amountOf('deposit'),
    matchedCents: amountOf('matching'),
    grantedCents: amountOf('grant'),
  };
}
