import { type Caller, canManageRegion, isStaff } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { changedFields, contracts } from '@mitmach/events';
import { forbidden, type UserError, userError } from '@mitmach/server-kit';
import type { RegionRow } from '../../db/schema';
import { regionChanged, regionSnapshot, sortedSet } from '../../events/change-events';
import { regionCreated, regionStatusChanged } from '../../events/region-events';
import { currentFieldSlugs } from '../reference-data/reference-data.repository';
import { checkFieldsOfAction, checkLocation, checkSdgs, checkSlug, checkSubdivision, checkText } from './region-input';
import { canTransition, type RegionStatus } from './region-status';
import {
  insertRegion,
  lockRegion,
  type NewRegion,
  recordStatusChange,
  regionBySlug,
  replaceRegionTaxonomies,
  updateRegionRow,
} from './regions.repository';

export interface RegionResult {
  region: RegionRow | null;
  userErrors: UserError[];
}

export interface CreateRegionCommand {
  slug: string;
  name: string;
  kind: RegionRow['kind'];
  country: string;
  subdivision: string;
  description: string;
  location: { lat: number; lng: number };
  website?: string | null;
  publicContact?: string | null;
  fieldsOfAction: string[];
  sdgs: number[];
  joinedOn?: string | null;
}

export interface UpdateRegionCommand {
  regionId: string;
  name?: string | null;
  description?: string | null;
  location?: { lat: number; lng: number } | null;
  website?: string | null;
  publicContact?: string | null;
  fieldsOfAction?: string[] | null;
  sdgs?: number[] | null;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const rejected = (userErrors: UserError[]): RegionResult => ({ region: null, userErrors });

export async function createRegion(db: Db, caller: Caller, command: CreateRegionCommand): Promise<RegionResult> {
  if (!isStaff(caller)) throw forbidden('Only staff may add regions.');
  const known = await currentFieldSlugs(db);
  const errors = [
    ...checkSlug(command.slug, ['input', 'slug']),
    ...checkText(command.name, ['input', 'name'], 'The name', 2, 120),
    ...checkText(command.description, ['input', 'description'], 'The description', 10, 4000),
    ...checkSubdivision(command.subdivision, command.country, ['input', 'subdivision']),
    ...checkLocation(command.location, ['input', 'location']),
    ...checkFieldsOfAction(command.fieldsOfAction, known, ['input', 'fieldsOfAction']),
    ...checkSdgs(command.sdgs, ['input', 'sdgs']),
  ];
  if (errors.length > 0) return rejected(errors);
  if (await regionBySlug(db, command.slug)) {
    return rejected([userError(['input', 'slug'], `The slug "${command.slug}" is taken.`, 'TAKEN')]);
  }
  const region: NewRegion = {
    slug: command.slug,
    name: command.name.trim(),
    kind: command.kind,
    country: command.country,
    subdivision: command.subdivision,
    description: command.description.trim(),
    lat: command.location.lat,
    lng: command.location.lng,
    website: command.website ?? null,
    publicContact: command.publicContact ?? null,
    status: 'applied',
    joinedOn: command.joinedOn ?? today(),
  };
  const row = await db.transaction(async (tx) => {
    const created = await insertRegion(tx, region, command.fieldsOfAction, command.sdgs, caller.personId);
    await regionCreated(tx, created, command.fieldsOfAction);
    await regionChanged(tx, created, 'created');
    return created;
  });
  return { region: row, userErrors: [] };
}

export async function updateRegion(db: Db, caller: Caller, command: UpdateRegionCommand): Promise<RegionResult> {
  if (!canManageRegion(caller, command.regionId)) {
    throw forbidden("Only staff and the region's own team may change a region.");
  }
  const known = await currentFieldSlugs(db);
  const errors = [
    ...(command.name != null ? checkText(command.name, ['input', 'name'], 'The name', 2, 120) : []),
    ...(command.description != null
      ? checkText(command.description, ['input', 'description'], 'The description', 10, 4000)
      : []),
    ...(command.location ? checkLocation(command.location, ['input', 'location']) : []),
    ...(command.fieldsOfAction ? checkFieldsOfAction(command.fieldsOfAction, known, ['input', 'fieldsOfAction']) : []),
    ...(command.sdgs ? checkSdgs(command.sdgs, ['input', 'sdgs']) : []),
  ];
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    const current = await lockRegion(tx, command.regionId);
    if (!current) return rejected([userError(['input', 'regionId'], 'There is no region with this id.', 'NOT_FOUND')]);
    const fields = changedFields(contracts.regionChanged.fields, await regionSnapshot(tx, current), {
      name: command.name?.trim(),
      description: command.description?.trim(),
      location: command.location ? { lat: command.location.lat, lng: command.location.lng } : undefined,
      website: command.website,
      publicContact: command.publicContact,
      fieldsOfAction: command.fieldsOfAction ? sortedSet(command.fieldsOfAction) : undefined,
      sdgs: command.sdgs ? sortedSet(command.sdgs) : undefined,
    });
    if (fields.length === 0) return { region: current, userErrors: [] };
    const patch: Partial<NewRegion> = {
      ...(command.name != null ? { name: command.name.trim() } : {}),
      ...(command.description != null ? { description: command.description.trim() } : {}),
      ...(command.location ? { lat: command.location.lat, lng: command.location.lng } : {}),
      ...(command.website !== undefined ? { website: command.website } : {}),
      ...(command.publicContact !== undefined ? { publicContact: command.publicContact } : {}),
      version: current.version + 1,
    };
    await replaceRegionTaxonomies(
      tx,
      current.id,
      fields.includes('fieldsOfAction') ? (command.fieldsOfAction ?? undefined) : undefined,
      fields.includes('sdgs') ? (command.sdgs ?? undefined) : undefined,
    );
    const region = await updateRegionRow(tx, current.id, patch);
    if (region) await regionChanged(tx, region, 'updated', fields);
    return { region, userErrors: [] };
  });
}

export async function changeRegionStatus(
  db: Db,
  caller: Caller,
  command: { regionId: string; status: RegionStatus; note?: string | null },
): Promise<RegionResult> {
  if (!isStaff(caller)) throw forbidden('Only staff may change the status of a region.');
  return db.transaction(async (tx) => {
    const current = await lockRegion(tx, command.regionId);
    if (!current) return rejected([userError(['input', 'regionId'], 'There is no region with this id.', 'NOT_FOUND')]);
    if (!canTransition(current.status, command.status)) {
      return rejected([
        userError(
          ['input', 'status'],
          `A region cannot move from ${current.status.toUpperCase()} to ${command.status.toUpperCase()}.`,
          'ILLEGAL_TRANSITION',
        ),
      ]);
    }
    const region = await updateRegionRow(tx, current.id, { status: command.status, version: current.version + 1 });
    if (region) {
      await regionStatusChanged(tx, region, current.status);
      await regionChanged(tx, region, 'status_changed', ['status']);
    }
    await recordStatusChange(tx, {
      regionId: current.id,
      from: current.status,
      to: command.status,
      note: command.note ?? null,
      changedBy: caller.personId,
    });
    return { region, userErrors: [] };
  });
}
