import type { ApolloServer } from '@apollo/server';
import { type Caller, isAuthenticated, isStaff } from '@mitmach/auth';
import { errorCodes } from '@mitmach/server-kit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type GraphQLFormattedError, type GraphQLSchema, parse, validate } from 'graphql';
import type { GatewayContext } from './caller-data-source';

/**
 * Everything the platform stores about a person, each service its part of `PersonalDataExport`: the record and
 * consents, guest registrations, region applications, mails and reminders (people), registrations with attendance
 * and outcomes (conferences), enrolments with progress (learning), actions and adoptions (action pool), status
 * changes, decisions and funding bookings they made (regions). Entities of other services appear by id only, so that the export asks no
 * service for more than its own part.
 */
export const personalDataDocument = /* GraphQL */ `
  query PersonalDataDownload($personId: UUID!) {
    personalDataExport(personId: $personId) {
      exportedAt personId displayName givenName familyName email phone sector regionId
      publicProfileConsentedAt publicProfileWithdrawnAt createdAt updatedAt erasedAt
      teamMemberships { id regionId role since createdAt }
      recordedTeamMembershipIds
      calendarFeed { path issuedAt }
      guestRegistrations {
        id conferenceId status name email sector consentToContact publicProfile registrationId holdUntil createdAt
        confirmedAt
      }
      regionApplications {
        id roundId status regionName regionKind country subdivision area motivation fieldsOfAction team contactName
        email applicationId createdAt confirmedAt
      }
      mails { messageId recipient subject language status createdAt sentAt }
      conferenceReminders { registrationId conferenceId dueAt sentAt }
      remindersOptedOutAt
      registrations {
        id conference { id } sector status waitlistPosition registeredAt promotedAt cancelledAt attended
      }
      responsibleOutcomes { ...ExportedOutcome }
      recordedOutcomes { ...ExportedOutcome }
      enrollments {
        id course { id } program { id } cohort { id } enrolledAt status percentComplete completedAt withdrawnAt
        lessonsCompleted { lesson { id } completedAt }
      }
      createdActions {
        id title summary description impact targetGroups originCountry status publishedAt createdAt updatedAt
        steps { title description }
      }
      startedAdoptions { id action { id } status startedOn completedOn note createdAt updatedAt }
      regionStatusChanges { region { id } from to note changedAt }
      decidedApplications { id region { id } round { id } submittedOn decision decidedOn }
      recordedFundingEntries { region { id } entry { id kind amountCents bookedOn note } recordedAt }
    }
  }

  fragment ExportedOutcome on Outcome {
    id conference { id } kind title description nextSteps recordedAt
  }
`;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Downloads per minute and caller: an export reads every service, a much heavier request than most. */
export const exportsPerMinute = 5;

const statusOfCode: Record<string, number> = {
  [errorCodes.badUserInput]: 400,
  [errorCodes.unauthenticated]: 401,
  [errorCodes.forbidden]: 403,
  [errorCodes.notFound]: 404,
  [errorCodes.serviceUnavailable]: 503,
  [errorCodes.gatewayTimeout]: 504,
};

export interface ExportFailure {
  status: number;
  error: { message: string; extensions: { code: string; service?: string } };
}

/**
 * Whether a GraphQL answer is a whole export. A service that could not be reached makes the answer incomplete: its
 * fields are non-null, so the gateway drops the whole export, and the error names the service. Any other error is
 * the answer's own (FORBIDDEN, NOT_FOUND).
 */
export function exportFailure(errors: readonly GraphQLFormattedError[] | undefined): ExportFailure | null {
  if (!errors?.length) return null;
  const unreached = errors.find((error) => typeof error.extensions?.service === 'string');
  if (unreached) {
    const service = String(unreached.extensions?.service);
    const code = String(unreached.extensions?.code ?? errorCodes.serviceUnavailable);
    return {
      status: statusOfCode[code] ?? 503,
      error: {
        message: `The export is incomplete without the ${service} service: ${unreached.message} Nothing was exported; try again later.`,
        extensions: { code, service },
      },
    };
  }
  const [first] = errors;
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : errorCodes.internal;
  return {
    status: statusOfCode[code] ?? 500,
    error: { message: first?.message ?? 'The export failed.', extensions: { code } },
  };
}

function refuse(reply: FastifyReply, request: FastifyRequest, status: number, code: string, message: string) {
  return reply.status(status).send({ errors: [{ message, extensions: { code, requestId: request.id } }] });
}

/**
 * `GET /export/me` (the signed-in person) and `GET /export/people/<id>` (staff): the whole personal data export as
 * one JSON attachment, read through the gateway's own GraphQL execution with the caller's rights. Not registered
 * when the composed schema lacks a part of the export, since the download would then not be whole.
 */
export function registerPersonalDataExport(
  app: FastifyInstance,
  options: { apollo: ApolloServer<GatewayContext>; schema: GraphQLSchema },
): void {
  const document = parse(personalDataDocument);
  if (validate(options.schema, document).length > 0) return;
  const rateLimit = { max: exportsPerMinute, timeWindow: 60_000 };

  const send = async (request: FastifyRequest, reply: FastifyReply, caller: Caller, personId: string) => {
    const response = await options.apollo.executeOperation(
      { query: document, variables: { personId } },
      { contextValue: { caller, requestId: request.id } },
    );
    if (response.body.kind !== 'single') throw new Error('the personal data export answered incrementally');
    const { data, errors } = response.body.singleResult;
    const failure = exportFailure(errors);
    if (failure) {
      return reply
        .status(failure.status)
        .header('cache-control', 'no-store')
        .send({ errors: [{ ...failure.error, extensions: { ...failure.error.extensions, requestId: request.id } }] });
    }
    if (!data) throw new Error('the personal data export answered neither data nor errors');
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="personal-data-${personId}.json"`)
      .header('cache-control', 'no-store')
      .send(JSON.stringify(data?.personalDataExport, null, 2));
  };

  app.get('/export/me', { config: { rateLimit } }, async (request, reply) => {
    const { caller } = request;
    if (!isAuthenticated(caller) || !caller.personId) {
      return refuse(reply, request, 401, errorCodes.unauthenticated, 'Sign in as the person whose data to export.');
    }
    return send(request, reply, caller, caller.personId);
  });

  app.get<{ Params: { personId: string } }>(
    '/export/people/:personId',
    { config: { rateLimit } },
    async (request, reply) => {
      const { caller } = request;
      if (!isAuthenticated(caller)) {
        return refuse(reply, request, 401, errorCodes.unauthenticated, 'Sign in as staff to export a person.');
      }
      if (!isStaff(caller)) {
        return refuse(reply, request, 403, errorCodes.forbidden, "Only staff may export another person's data.");
      }
      if (!uuid.test(request.params.personId)) {
        return refuse(reply, request, 400, errorCodes.badUserInput, 'The person id must be a UUID.');
      }
      return send(request, reply, caller, request.params.personId.toLowerCase());
    },
  );
}
