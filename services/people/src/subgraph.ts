import { contracts, on } from '@mitmach/events';
import { defineSubgraph } from '@mitmach/server-kit';
import { deadLetters, outbox, processedEvents } from './db/schema';
import { challengeKey, mailSettings } from './env';
import { onApplicationNotice } from './events/application-notice.handler';
import { erasureAppliedHandlers } from './events/erasure-applied.handler';
import { onRegistrationNotice } from './events/registration-notice.handler';
import { createLoaders } from './loaders';
import { applicationsResolvers } from './modules/applications/applications.resolvers';
import { calendarFeedResolvers } from './modules/calendar-feed/calendar-feed.resolvers';
import { registerCalendarFeedRoutes } from './modules/calendar-feed/calendar-feed-routes';
import { createErasureWorker } from './modules/gdpr/erasure-worker';
import { gdprResolvers } from './modules/gdpr/gdpr.resolvers';
import { guestsResolvers } from './modules/guests/guests.resolvers';
import { createLapseWorker } from './modules/guests/lapse-worker';
import { registerLinkRoutes } from './modules/guests/link-routes';
import { registerDevMailbox } from './modules/mail/dev-mailbox-routes';
import { mailboxTransport, smtpTransport } from './modules/mail/mail-transport';
import { createMailWorker } from './modules/mail/mail-worker';
import { organizationsResolvers } from './modules/organizations/organizations.resolvers';
import { participationExportResolvers } from './modules/participation-export/participation-export.resolvers';
import { peopleResolvers } from './modules/people/people.resolvers';
import { createReminderWorker } from './modules/reminders/reminder-worker';
import { teamsResolvers } from './modules/teams/teams.resolvers';
import { seedDemoPeople } from './seed/seed';

/**
 * People, organisations, regional teams, consent, GDPR export and erasure, the secret calendar feed addresses;
 * guests registering without an account; and the platform's e-mail, since this service alone holds the addresses.
 */
export const peopleSubgraph = defineSubgraph({
  name: 'people',
  url: import.meta.url,
  sharedTypes: ['Sector', 'RegionKind', 'GeoPointInput'],
  resolvers: [
    peopleResolvers,
    teamsResolvers,
    organizationsResolvers,
    gdprResolvers,
    calendarFeedResolvers,
    guestsResolvers,
    applicationsResolvers,
    participationExportResolvers,
  ],
  context: ({ db }) => ({ loaders: createLoaders(db) }),
  seed: seedDemoPeople,
  routes: (app, { db }) => {
    // Read when the service mounts, so that a malformed key stops it with the variable's name, not the first form.
    challengeKey();
    registerCalendarFeedRoutes(app, { db });
    registerLinkRoutes(app, db);
    if (!mailSettings().smtpUrl) registerDevMailbox(app, db);
  },
  events: {
    outbox,
    consumer: {
      processed: processedEvents,
      deadLetters,
      handlers: [
        on(contracts.registrationNotice, (tx, event) => onRegistrationNotice(mailSettings())(tx, event)),
        on(contracts.applicationNotice, onApplicationNotice),
        ...erasureAppliedHandlers,
      ],
    },
  },
  workers: ({ db, logger, transport }) => {
    const { smtpUrl, from } = mailSettings();
    return [
      createMailWorker({ db, logger, from, transport: smtpUrl ? smtpTransport(smtpUrl) : mailboxTransport(db) }),
      createLapseWorker({ db, logger }),
      createReminderWorker({ db, logger, settings: mailSettings() }),
      createErasureWorker({ db, logger, transport }),
    ];
  },
});
