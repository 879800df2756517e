import type { Caller } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { contracts, writeEvent } from '@mitmach/events';
import { type UserError, userError } from '@mitmach/server-kit';
import { outbox } from '../../db/schema';
import { personCreated } from '../../events/change-events';
import type { Sector } from '../../generated/graphql';
import { insertPerson } from '../people/people.repository';
import { checkLength, normalizedEmail } from '../people/person-input';
import { admitPublicForm } from './form-admission';
import {
  deleteGuest,
  insertGuest,
  lockGuest,
  lockLapsedGuests,
  personByEmail,
  requestsForEmail,
  requestsForPartnerKey,
  updateGuest,
} from './guests.repository';
import { type LinkProblem, useLink } from './mail-links';

export const holdMs = 48 * 3_600_000;

export interface GuestLimits {
  /** Requests one address may make per day: enough to register for a few conferences, too few to flood an inbox. */
  perEmailPerDay: number;
  /** Requests per hour from one client address: a class registering from its school's network still fits. */
  perAddressPerHour: number;
  /** Requests one partner key may forward per hour, whatever the addresses. */
  perPartnerKeyPerHour: number;
}

export const defaultGuestLimits: GuestLimits = { perEmailPerDay: 5, perAddressPerHour: 40, perPartnerKeyPerHour: 300 };

export interface GuestRequest {
  conferenceId: string;
  name: string;
  email: string;
  sector: Sector;
  consentToContact: boolean;
  publicProfile: boolean;
  /** A field people do not see on the platform's forms; only robots fill it in. */
  website?: string | null;
  /** The solved challenge of GET /challenge, as the ALTCHA widget submits it. */
  proofOfWork?: string | null;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkRequest(request: GuestRequest): UserError[] {
  return [
    ...checkLength(request.name, ['input', 'name'], 'The name', 2, 120),
    ...(request.email.length <= 254 && emailPattern.test(request.email.trim())
      ? []
      : [userError(['input', 'email'], 'Give an e-mail address such as name@example.org.')]),
  ];
}

/**
 * Records the request and asks the conferences service to hold a place; the confirmation e-mail follows once it has.
 * The answer is the same whether the address is known, new, or over its quota, so that nobody learns from it who
 * registered where; a robot that filled in the hidden field gets the same answer and nothing happens. Before that, the
 * request must carry a solved challenge and fit the quotas of its partner key and of its client address.
 */
export async function requestGuestRegistration(
  db: Db,
  caller: Caller,
  challengeKey: string,
  request: GuestRequest,
  limits: GuestLimits = defaultGuestLimits,
  now = new Date(),
): Promise<{ accepted: boolean; userErrors: UserError[] }> {
  const errors = checkRequest(request);
  if (errors.length > 0) return { accepted: false, userErrors: errors };
  const email = normalizedEmail(request.email);
  if (caller.partnerKeyId) {
    const used = await requestsForPartnerKey(db, caller.partnerKeyId, new Date(now.getTime() - 3_600_000));
    if (used >= limits.perPartnerKeyPerHour) {
      return {
        accepted: false,
        userErrors: [
          userError(
            ['input'],
            `This partner key may forward ${limits.perPartnerKeyPerHour} guest registrations an hour; try again later.`,
            'RATE_LIMITED',
          ),
        ],
      };
    }
  }
  const refused = await admitPublicForm(
    db,
    {
      key: challengeKey,
      form: 'guest_registration',
      proofOfWork: request.proofOfWork,
      perAddressPerHour: limits.perAddressPerHour,
    },
    now,
  );
  if (refused.length > 0) return { accepted: false, userErrors: refused };
  if (request.website) return { accepted: true, userErrors: [] };
  if ((await requestsForEmail(db, email, new Date(now.getTime() - 24 * 3_600_000))) >= limits.perEmailPerDay) {
    return { accepted: true, userErrors: [] };
  }
  await db.transaction(async (tx) => {
    const guest = await insertGuest(tx, {
      conferenceId: request.conferenceId,
      name: request.name.trim(),
      email,
      sector: request.sector,
      consentToContact: request.consentToContact,
      publicProfile: request.publicProfile,
      partnerKeyId: caller.partnerKeyId ?? null,
      holdUntil: new Date(now.getTime() + holdMs),
      createdAt: now,
    });
    await writeEvent(tx, outbox, contracts.guestRegistrationRequested, {
      aggregateId: guest.id,
      occurredAt: now,
      payload: {
        guestId: guest.id,
        conferenceId: guest.conferenceId,
        sector: guest.sector,
        holdUntil: guest.holdUntil.toISOString(),
      },
    });
  });
  return { accepted: true, userErrors: [] };
}

export function splitName(name: string): { givenName: string; familyName: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length === 1) return { givenName: parts[0] ?? name, familyName: '' };
  return { givenName: parts.slice(0, -1).join(' '), familyName: parts.at(-1) ?? '' };
}

export type LinkOutcome = { ok: true } | { ok: false; problem: LinkProblem | 'HOLD_LAPSED' };

/**
 * The guest proved the address: the person with exactly this address is reused, or one is created; the consent given
 * is kept with its time, and the guest row forgets name and address, which the person now holds.
 */
export async function confirmGuest(db: Db, token: string, now = new Date()): Promise<LinkOutcome> {
  return db.transaction(async (tx) => {
    const used = await useLink(tx, token, 'confirm_guest', now);
    if ('problem' in used) return { ok: false, problem: used.problem };
    const guest = used.link.guestId ? await lockGuest(tx, used.link.guestId) : null;
    if (guest?.status !== 'pending' || !guest.email || !guest.name) {
      return { ok: false, problem: 'HOLD_LAPSED' };
    }
    let person = await personByEmail(tx, guest.email);
    if (!person) {
      person = await insertPerson(tx, {
        ...splitName(guest.name),
        displayName: guest.name,
        email: guest.email,
        sector: guest.sector,
        publicProfileConsentedAt: guest.publicProfile ? now : null,
      });
      await personCreated(tx, person);
    }
    await updateGuest(tx, guest.id, {
      status: 'confirmed',
      name: null,
      email: null,
      personId: person.id,
      confirmedAt: now,
    });
    await writeEvent(tx, outbox, contracts.guestRegistrationSettled, {
      aggregateId: guest.id,
      occurredAt: now,
      payload: { guestId: guest.id, outcome: 'confirmed', personId: person.id, settledAt: now.toISOString() },
    });
    return { ok: true };
  });
}

/** Cancels with the link of an e-mail; an unconfirmed guest's data goes at once. */
export async function cancelByLink(db: Db, token: string, now = new Date()): Promise<LinkOutcome> {
  return db.transaction(async (tx) => {
    const used = await useLink(tx, token, 'cancel_registration', now);
    if ('problem' in used) return { ok: false, problem: used.problem };
    const registrationId = used.link.registrationId;
    if (!registrationId) return { ok: false, problem: 'INVALID_LINK' };
    await writeEvent(tx, outbox, contracts.registrationCancellationRequested, {
      aggregateId: registrationId,
      occurredAt: now,
      payload: { registrationId, requestedAt: now.toISOString() },
    });
    return { ok: true };
  });
}

/** Lets unconfirmed holds lapse: the guest's data is deleted and the conferences service gives the place up. */
export async function lapseDueGuests(db: Db, now = new Date(), limit = 100): Promise<number> {
  return db.transaction(async (tx) => {
    const lapsed = await lockLapsedGuests(tx, now, limit);
    for (const guest of lapsed) {
      await deleteGuest(tx, guest.id);
      await writeEvent(tx, outbox, contracts.guestRegistrationSettled, {
        aggregateId: guest.id,
        occurredAt: now,
        payload: { guestId: guest.id, outcome: 'lapsed', personId: null, settledAt: now.toISOString() },
      });
    }
    return lapsed.length;
  });
}
