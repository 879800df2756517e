import type { Resolvers } from '../../generated/graphql';
import { required } from '../required';
import { addSession, removeSession, updateSession } from './agenda.service';

export const agendaResolvers: Resolvers = {
  Mutation: {
    addSession: (_parent, { input }, { caller, db }) => addSession(db, caller, input),
    updateSession: (_parent, { input }, { caller, db }) => updateSession(db, caller, input),
    removeSession: (_parent, { input }, { caller, db }) => removeSession(db, caller, input),
  },
  Conference: {
    agenda: (conference, _args, { loaders }) => loaders.sessionsByConference.load(conference.id),
  },
  ConferenceSession: {
    conference: (session, _args, { loaders }) =>
      required(loaders.conferenceById.load(session.conferenceId), `conference ${session.conferenceId}`),
    speakers: (session) => session.speakerIds.map((id) => ({ id })),
    fieldOfAction: (session) => (session.fieldSlug ? { slug: session.fieldSlug } : null),
  },
};
