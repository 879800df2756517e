import type { Caller } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { contracts, writeEvent } from '@mitmach/events';
import { type UserError, userError } from '@mitmach/server-kit';
import { outbox } from '../../db/schema';
import type { MailSettings } from '../../env';
import { personCreated } from '../../events/change-events';
import type { RegionKind } from '../../generated/graphql';
import { admitPublicForm } from '../guests/form-admission';
import { personByEmail } from '../guests/guests.repository';
import { holdMs, type LinkOutcome, splitName } from '../guests/guests.service';
import { createLink, useLink } from '../guests/mail-links';
import { applicationMail } from '../mail/application-mails';
import { languageOfCountry } from '../mail/mail-language';
import { queueMail } from '../mail/mail-outbox.repository';
import { insertPerson } from '../people/people.repository';
import { checkLength, normalizedEmail } from '../people/person-input';
import {
  applicationsForEmail,
  applicationsForPartnerKey,
  deleteLapsedApplicants,
  insertApplicant,
  lockApplicant,
  updateApplicant,
} from './applications.repository';

export interface ApplicationLimits {
  /** Applications one address may make per day: a group applies once a round, a typo may need a second try. */
  perEmailPerDay: number;
  /** Applications per hour from one client address. */
  perAddressPerHour: number;
  /** Applications one partner key may forward per hour, whatever the addresses. */
  perPartnerKeyPerHour: number;
}

export const defaultApplicationLimits: ApplicationLimits = {
  perEmailPerDay: 3,
  perAddressPerHour: 10,
  perPartnerKeyPerHour: 30,
};

export interface ApplicationRequest {
  roundId: string;
  regionName: string;
  area: {
    kind: RegionKind;
    country: string;
    subdivision: string;
    description: string;
    location: { lat: number; lng: number };
  };
  contactName: string;
  email: string;
  team: readonly string[];
  motivation: string;
  fieldsOfAction: readonly string[];
  /** A field people do not see on the platform's forms; only robots fill it in. */
  website?: string | null;
  /** The solved challenge of GET /challenge, as the ALTCHA widget submits it. */
  proofOfWork?: string | null;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkArea(area: ApplicationRequest['area']): UserError[] {
  const field = ['input', 'area'];
  const { lat, lng } = area.location;
  return [
    ...(new RegExp(`^${area.country}-[A-Z0-9]{1,3}$`).test(area.subdivision)
      ? []
      : [userError([...field, 'subdivision'], `Give an ISO 3166-2 code of ${area.country}, e.g. ${area.country}-1.`)]),
    ...checkLength(area.description, [...field, 'description'], 'The description of the area', 10, 1000),
    ...(Number.isFinite(lat) && lat >= -90 && lat <= 90 && Number.isFinite(lng) && lng >= -180 && lng <= 180
      ? []
      : [userError([...field, 'location'], 'Latitude is -90 to 90, longitude -180 to 180.', 'OUT_OF_RANGE')]),
  ];
}

function checkRequest(request: ApplicationRequest): UserError[] {
  return [
    ...checkLength(request.regionName, ['input', 'regionName'], 'The name of the region', 2, 120),
    ...checkArea(request.area),
    ...checkLength(request.contactName, ['input', 'contactName'], 'The name', 2, 120),
    ...(request.email.length <= 254 && emailPattern.test(request.email.trim())
      ? []
      : [userError(['input', 'email'], 'Give an e-mail address such as name@example.org.')]),
    ...(request.team.length > 20
      ? [userError(['input', 'team'], `Name at most 20 team members, not ${request.team.length}.`)]
      : request.team.flatMap((name, index) => checkLength(name, ['input', 'team', String(index)], 'A name', 2, 120))),
    ...checkLength(request.motivation, ['input', 'motivation'], 'The motivation', 20, 4000),
    ...(request.fieldsOfAction.length > 10 || request.fieldsOfAction.some((slug) => !slugPattern.test(slug))
      ? [userError(['input', 'fieldsOfAction'], 'Give at most 10 slugs of fields of action, e.g. "energy".')]
      : []),
  ];
}

const accepted = { accepted: true, userErrors: [] as UserError[] };

/**
 * Records the application and sends the confirmation e-mail. The answer is the same whether the address is known,
 * new, or over its quota, so that nobody learns from it who applied; a robot that filled in the hidden field gets
 * the same answer and nothing happens. Before that, the request must carry a solved challenge and fit the quotas of
 * its partner key and of its client address. Whether the round is open is decided when the application is confirmed.
 */
export async function requestRegionApplication(
  db: Db,
  caller: Caller,
  settings: MailSettings & { challengeKey: string },
  request: ApplicationRequest,
  limits: ApplicationLimits = defaultApplicationLimits,
  now = new Date(),
): Promise<{ accepted: boolean; userErrors: UserError[] }> {
  const errors = checkRequest(request);
  if (errors.length > 0) return { accepted: false, userErrors: errors };
  if (caller.partnerKeyId) {
    const used = await applicationsForPartnerKey(db, caller.partnerKeyId, new Date(now.getTime() - 3_600_000));
    if (used >= limits.perPartnerKeyPerHour) {
      return {
        accepted: false,
        userErrors: [
          userError(
            ['input'],
            `This partner key may forward ${limits.perPartnerKeyPerHour} applications an hour; try again later.`,
            'RATE_LIMITED',
          ),
        ],
      };
    }
  }
  const refused = await admitPublicForm(
    db,
    {
      key: settings.challengeKey,
      form: 'region_application',
      proofOfWork: request.proofOfWork,
      perAddressPerHour: limits.perAddressPerHour,
    },
    now,
  );
  if (refused.length > 0) return { accepted: false, userErrors: refused };
  if (request.website) return accepted;
  const email = normalizedEmail(request.email);
  if ((await applicationsForEmail(db, email, new Date(now.getTime() - 24 * 3_600_000))) >= limits.perEmailPerDay) {
    return accepted;
  }
  await db.transaction(async (tx) => {
    const applicant = await insertApplicant(tx, {
      roundId: request.roundId,
      regionName: request.regionName.trim(),
      regionKind: request.area.kind,
      country: request.area.country,
      subdivision: request.area.subdivision,
      area: request.area.description.trim(),
      lat: request.area.location.lat,
      lng: request.area.location.lng,
      motivation: request.motivation.trim(),
      fieldsOfAction: [...new Set(request.fieldsOfAction)],
      team: request.team.map((name) => name.trim()),
      contactName: request.contactName.trim(),
      email,
      partnerKeyId: caller.partnerKeyId ?? null,
      holdUntil: new Date(now.getTime() + holdMs),
      createdAt: now,
    });
    const token = await createLink(tx, {
      purpose: 'confirm_application',
      applicantId: applicant.id,
      expiresAt: applicant.holdUntil,
    });
    const language = languageOfCountry(applicant.country);
    await queueMail(tx, {
      recipient: email,
      ...applicationMail({
        kind: 'confirm',
        language,
        name: applicant.contactName,
        regionName: applicant.regionName,
        roundTitle: null,
        confirmUntil: applicant.holdUntil,
        confirmUrl: `${settings.publicUrl}/mail/confirm-application?token=${token}`,
      }),
      language,
      applicantId: applicant.id,
    });
  });
  return accepted;
}

/**
 * The contact person proved the address: the person with exactly this address is reused, or one is created; the
 * row forgets name and address, which the person now holds, and the regions service takes the application in.
 */
export async function confirmApplication(db: Db, token: string, now = new Date()): Promise<LinkOutcome> {
  return db.transaction(async (tx) => {
    const used = await useLink(tx, token, 'confirm_application', now);
    if ('problem' in used) return { ok: false, problem: used.problem };
    const applicant = used.link.applicantId ? await lockApplicant(tx, used.link.applicantId) : null;
    if (applicant?.status !== 'pending' || !applicant.email || !applicant.contactName) {
      return { ok: false, problem: 'HOLD_LAPSED' };
    }
    let person = await personByEmail(tx, applicant.email);
    if (!person) {
      person = await insertPerson(tx, {
        ...splitName(applicant.contactName),
        displayName: applicant.contactName,
        email: applicant.email,
        sector: 'civil_society',
      });
      await personCreated(tx, person);
    }
    await updateApplicant(tx, applicant.id, {
      status: 'confirmed',
      contactName: null,
      email: null,
      personId: person.id,
      confirmedAt: now,
    });
    await writeEvent(tx, outbox, contracts.regionApplicationConfirmed, {
      aggregateId: applicant.id,
      occurredAt: now,
      payload: {
        applicantId: applicant.id,
        roundId: applicant.roundId,
        region: {
          name: applicant.regionName,
          kind: applicant.regionKind as RegionKind,
          country: applicant.country as 'DE' | 'AT' | 'CH' | 'IT',
          subdivision: applicant.subdivision,
          description: applicant.area,
          lat: applicant.lat,
          lng: applicant.lng,
        },
        motivation: applicant.motivation,
        fieldsOfAction: applicant.fieldsOfAction,
        confirmedAt: now.toISOString(),
      },
    });
    return { ok: true };
  });
}

/** Deletes unconfirmed applications whose confirmation time is over, with their mails and links. */
export function lapseDueApplicants(db: Db, now = new Date(), limit = 100): Promise<number> {
  return db.transaction((tx) => deleteLapsedApplicants(tx, now, limit));
}
