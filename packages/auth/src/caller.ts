import { z } from 'zod';

export const roles = ['anonymous', 'partner', 'member', 'regional_team', 'staff', 'reporting'] as const;
export type Role = (typeof roles)[number];

/** Who is asking: derived once by the gateway, trusted by subgraphs only when its signature checks out. */
export interface Caller {
  personId: string | null;
  roles: readonly Role[];
  regionIds: readonly string[];
  /** The partner API key a partner caller came with. */
  partnerKeyId?: string;
}

/**
 * One string per distinct caller as a subgraph sees it: two requests with the same class are answered alike, so their
 * signed headers and their in-flight subgraph fetches may be shared.
 */
export function callerClass(caller: Caller): string {
  return [caller.personId ?? '', caller.roles.join(','), caller.regionIds.join(','), caller.partnerKeyId ?? ''].join(
    '\u0000',
  );
}

export const anonymousCaller: Caller = Object.freeze({ personId: null, roles: ['anonymous'] as const, regionIds: [] });

const uuid = z.uuid({ message: 'expected a UUID' });

export const callerSchema = z.object({
  personId: uuid.nullable(),
  roles: z.array(z.enum(roles)).min(1),
  regionIds: z.array(uuid),
  partnerKeyId: uuid.optional(),
});

/** The caller a request made with a partner's API key acts as. */
export function partnerCaller(partnerKeyId: string): Caller {
  return { personId: null, roles: ['partner'], regionIds: [], partnerKeyId };
}

export function isAuthenticated(caller: Caller): boolean {
  return caller.roles.some((role) => role !== 'anonymous');
}

/**
 * Whether the caller sees the public view only, as anonymous callers and partner keys do: what such a caller is
 * answered may be shared with every other one, except what a field marks private itself.
 */
export function seesOnlyPublic(caller: Caller): boolean {
  return caller.personId === null && caller.roles.every((role) => role === 'anonymous' || role === 'partner');
}

export function hasRole(caller: Caller, ...wanted: Role[]): boolean {
  return caller.roles.some((role) => wanted.includes(role));
}

export function isStaff(caller: Caller): boolean {
  return hasRole(caller, 'staff');
}

/** Staff may act on every region; a regional team only on the regions it belongs to. */
export function canManageRegion(caller: Caller, regionId: string): boolean {
  return isStaff(caller) || (hasRole(caller, 'regional_team') && caller.regionIds.includes(regionId));
}

export function isPerson(caller: Caller, personId: string): boolean {
  return caller.personId !== null && caller.personId === personId;
}
