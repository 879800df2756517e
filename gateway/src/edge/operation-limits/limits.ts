import type { Caller } from '@mitmach/auth';

/** What one operation may ask for, before anything is planned or fetched. */
export interface OperationLimits {
  /** Nesting of fields, fragments flattened. */
  depth: number;
  /** Aliased fields in the whole document. */
  aliases: number;
  /** Directives in the whole document. */
  directives: number;
  /** Lexical tokens of the document. */
  tokens: number;
  /** Fields once every fragment spread is expanded in place. */
  selections: number;
  /** Objects the answer may hold, counted by page sizes: `first: 100` inside `first: 100` is 10,000. */
  cost: number;
}

export type LimitName = keyof OperationLimits;

export const limitNames: readonly LimitName[] = ['depth', 'aliases', 'directives', 'tokens', 'selections', 'cost'];

/** For anonymous callers, partners and members: every public query of the demo fits with room to spare. */
export const publicLimits: OperationLimits = {
  // Relay connections take three levels each (field, edges, node), so a region's conferences' map entries reach 11.
  depth: 13,
  aliases: 15,
  directives: 20,
  tokens: 2_000,
  selections: 1_000,
  cost: 25_000,
};

/** For staff and reporting, whose admin and dashboard queries are larger. */
export const staffLimits: OperationLimits = {
  depth: 16,
  aliases: 50,
  directives: 50,
  tokens: 10_000,
  selections: 5_000,
  cost: 250_000,
};

export interface LimitTiers {
  public: OperationLimits;
  staff: OperationLimits;
}

export function limitsFor(tiers: LimitTiers, caller: Caller): OperationLimits {
  return caller.roles.some((role) => role === 'staff' || role === 'reporting') ? tiers.staff : tiers.public;
}

/** The most any caller may ask for: documents beyond it are refused before anyone's limits are looked at. */
export function ceilingOf(tiers: LimitTiers): OperationLimits {
  const highest = (name: LimitName) => Math.max(tiers.public[name], tiers.staff[name]);
  return {
    depth: highest('depth'),
    aliases: highest('aliases'),
    directives: highest('directives'),
    tokens: highest('tokens'),
    selections: highest('selections'),
    cost: highest('cost'),
  };
}

/**
 * Reads `depth=12,cost=8000` (the OPERATION_LIMITS and STAFF_OPERATION_LIMITS variables) over the defaults; throws a
 * message that names what is wrong.
 */
export function parseLimits(value: string | undefined, defaults: OperationLimits): OperationLimits {
  const limits = { ...defaults };
  if (!value) return limits;
  for (const pair of value.split(',').map((part) => part.trim())) {
    const [name, amount, ...rest] = pair.split('=');
    if (!limitNames.includes(name as LimitName) || rest.length > 0) {
      throw new Error(`expected name=number pairs with names ${limitNames.join(', ')}, got "${pair}"`);
    }
    if (!amount || !/^[1-9]\d*$/.test(amount)) throw new Error(`${name} must be a positive integer, got "${amount}"`);
    limits[name as LimitName] = Number(amount);
  }
  return limits;
}
