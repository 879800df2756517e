import type { Db } from '@mitmach/db';
import { type ChangeKind, changedFields, contracts, writeChange, writePublicChange } from '@mitmach/events';
import { type OrganizationRow, outbox, type PersonRow, type TeamMembershipRow } from '../db/schema';
import { hasPublicProfile } from '../modules/people/person-privacy';

type OrganizationField = (typeof contracts.organizationChanged.fields)[number];
type PersonField = (typeof contracts.personChanged.fields)[number];

// Organisations are public; a person only with a public profile and until erased.
const personIsPublic = (person: PersonRow) => hasPublicProfile(person) && person.erasedAt === null;

export function organizationChanged(
  db: Db,
  organization: OrganizationRow,
  kind: ChangeKind,
  fields?: readonly OrganizationField[],
) {
  return writePublicChange(db, outbox, contracts.organizationChanged, organization, kind, fields);
}

/** The fields of an organisation a patch of its columns changes; references are named without their Id. */
export function organizationFieldsChanged(current: OrganizationRow, patch: Partial<OrganizationRow>) {
  const { regionId, ...rest } = patch;
  return changedFields(
    contracts.organizationChanged.fields,
    { ...current, region: current.regionId },
    {
      ...rest,
      region: regionId,
    },
  );
}

function personSnapshot(person: Partial<PersonRow>): Partial<Record<PersonField, unknown>> {
  return {
    displayName: person.displayName,
    givenName: person.givenName,
    familyName: person.familyName,
    email: person.email,
    phone: person.phone,
    sector: person.sector,
    region: person.regionId,
    publicProfile:
      person.publicProfileConsentedAt === undefined
        ? undefined
        : [person.publicProfileConsentedAt, person.publicProfileWithdrawnAt],
  };
}

export function personFieldsChanged(current: PersonRow, patch: Partial<PersonRow>): PersonField[] {
  return changedFields(contracts.personChanged.fields, personSnapshot(current), personSnapshot(patch));
}

export function personCreated(db: Db, person: PersonRow) {
  return writeChange(db, outbox, contracts.personChanged, {
    key: { id: person.id },
    kind: 'created',
    public: personIsPublic(person),
    version: person.version,
  });
}

/** A change of a person whose version the caller raised: a withdrawal when it leaves public view. */
export function personChanged(db: Db, before: PersonRow, after: PersonRow, fields: readonly PersonField[]) {
  const kind: ChangeKind =
    personIsPublic(before) && !personIsPublic(after)
      ? 'withdrawn'
      : fields.includes('publicProfile')
        ? 'status_changed'
        : 'updated';
  return writeChange(db, outbox, contracts.personChanged, {
    key: { id: after.id },
    kind,
    changedFields: fields,
    public: personIsPublic(after),
    version: after.version,
  });
}

/** An erased person: nothing is left of them but the id, so the event names no field. */
export function personDeleted(db: Db, person: Pick<PersonRow, 'id' | 'version'>) {
  return writeChange(db, outbox, contracts.personChanged, {
    key: { id: person.id },
    kind: 'deleted',
    public: false,
    version: person.version + 1,
  });
}

// A region's team is public: by name for people with a public profile, as a count for the others.
export function teamMembershipChanged(
  db: Db,
  membership: Pick<TeamMembershipRow, 'id' | 'regionId' | 'version'>,
  kind: 'created' | 'deleted',
) {
  return writeChange(db, outbox, contracts.teamMembershipChanged, {
    key: { id: membership.id, regionId: membership.regionId },
    kind,
    public: true,
    version: membership.version,
  });
}
