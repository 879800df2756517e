import { type Caller, isStaff } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { changedFields, contracts } from '@mitmach/events';
import { forbidden, type UserError, userError } from '@mitmach/server-kit';
import type { PeerGroupRow } from '../../db/schema';
import { peerGroupChanged, regionChanged, sortedSet } from '../../events/change-events';
import { checkSlug, checkText } from '../regions/region-input';
import {
  insertPeerGroup,
  lockPeerGroup,
  lockRegionsForGrouping,
  memberIdsOf,
  peerGroupBySlug,
  setPeerGroupMembers,
  updatePeerGroupRow,
} from './peer-groups.repository';

export const minimumGroupSize = 5;
export const maximumGroupSize = 8;

export interface PeerGroupResult {
  peerGroup: PeerGroupRow | null;
  userErrors: UserError[];
}

const rejected = (userErrors: UserError[]): PeerGroupResult => ({ peerGroup: null, userErrors });

function checkSize(regionIds: readonly string[]): UserError[] {
  const size = new Set(regionIds).size;
  if (size < minimumGroupSize || size > maximumGroupSize) {
    return [
      userError(
        ['input', 'regionIds'],
        `A peer group has ${minimumGroupSize} to ${maximumGroupSize} regions, got ${size}.`,
        'GROUP_SIZE',
      ),
    ];
  }
  return [];
}

async function checkMembers(db: Db, regionIds: readonly string[], groupId: string | null): Promise<UserError[]> {
  const unique = [...new Set(regionIds)];
  const found = await lockRegionsForGrouping(db, unique);
  const missing = unique.filter((id) => !found.some((region) => region.id === id));
  if (missing.length > 0) {
    return [userError(['input', 'regionIds'], `No region has the id ${missing.join(', ')}.`, 'NOT_FOUND')];
  }
  const elsewhere = found.filter((region) => region.peerGroupId !== null && region.peerGroupId !== groupId);
  if (elsewhere.length > 0) {
    const names = elsewhere.map((region) => region.name).join(', ');
    return [userError(['input', 'regionIds'], `Already in another peer group: ${names}.`, 'ALREADY_GROUPED')];
  }
  return [];
}

export async function createPeerGroup(
  db: Db,
  caller: Caller,
  command: {
    slug: string;
    name: string;
    moderation: PeerGroupRow['moderation'];
    formedOn?: string | null;
    regionIds: string[];
  },
): Promise<PeerGroupResult> {
  if (!isStaff(caller)) throw forbidden('Only staff may form peer groups.');
  const errors = [
    ...checkSlug(command.slug, ['input', 'slug']),
    ...checkText(command.name, ['input', 'name'], 'The name', 2, 120),
    ...checkSize(command.regionIds),
  ];
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    if (await peerGroupBySlug(tx, command.slug)) {
      return rejected([userError(['input', 'slug'], `The slug "${command.slug}" is taken.`, 'TAKEN')]);
    }
    const memberErrors = await checkMembers(tx, command.regionIds, null);
    if (memberErrors.length > 0) return rejected(memberErrors);
    const group = await insertPeerGroup(tx, {
      slug: command.slug,
      name: command.name.trim(),
      moderation: command.moderation,
      formedOn: command.formedOn ?? new Date().toISOString().slice(0, 10),
    });
    const moved = await setPeerGroupMembers(tx, group.id, command.regionIds);
    await peerGroupChanged(tx, group, 'created');
    for (const region of moved) await regionChanged(tx, region, 'updated', ['peerGroup']);
    return { peerGroup: group, userErrors: [] };
  });
}

export async function updatePeerGroup(
  db: Db,
  caller: Caller,
  command: {
    peerGroupId: string;
    name?: string | null;
    moderation?: PeerGroupRow['moderation'] | null;
    regionIds?: string[] | null;
  },
): Promise<PeerGroupResult> {
  if (!isStaff(caller)) throw forbidden('Only staff may change peer groups.');
  const errors = [
    ...(command.name != null ? checkText(command.name, ['input', 'name'], 'The name', 2, 120) : []),
    ...(command.regionIds ? checkSize(command.regionIds) : []),
  ];
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    const existing = await lockPeerGroup(tx, command.peerGroupId);
    if (!existing) {
      return rejected([userError(['input', 'peerGroupId'], 'There is no peer group with this id.', 'NOT_FOUND')]);
    }
    if (command.regionIds) {
      const memberErrors = await checkMembers(tx, command.regionIds, existing.id);
      if (memberErrors.length > 0) return rejected(memberErrors);
    }
    const fields = changedFields(
      contracts.peerGroupChanged.fields,
      { ...existing, regions: sortedSet(await memberIdsOf(tx, existing.id)) },
      {
        name: command.name?.trim(),
        moderation: command.moderation ?? undefined,
        regions: command.regionIds ? sortedSet(command.regionIds) : undefined,
      },
    );
    if (fields.length === 0) return { peerGroup: existing, userErrors: [] };
    const moved = fields.includes('regions') ? await setPeerGroupMembers(tx, existing.id, command.regionIds ?? []) : [];
    const group = await updatePeerGroupRow(tx, existing.id, {
      ...(command.name != null ? { name: command.name.trim() } : {}),
      ...(command.moderation ? { moderation: command.moderation } : {}),
      version: existing.version + 1,
    });
    if (group) await peerGroupChanged(tx, group, 'updated', fields);
    for (const region of moved) await regionChanged(tx, region, 'updated', ['peerGroup']);
    return { peerGroup: group, userErrors: [] };
  });
}
