import { notFound, readPage, toConnection } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { listActions } from './action-list.repository';
import { readListArguments } from './action-list-arguments';
import { allowedNextStatuses } from './action-status';
import { canSeeAction } from './action-visibility';
import { changeActionStatus, createAction, submitActionForReview, updateAction } from './actions.service';

export const actionsResolvers: Resolvers = {
  Query: {
    actions: async (_parent, args, { db, visibility }) => {
      const page = readPage(args);
      const { filter, order } = readListArguments(args);
      const { rows, totalCount } = await listActions(db, filter, order, page, visibility);
      return toConnection(rows, page, totalCount);
    },
    action: async (_parent, { id }, { loaders, visibility }) => {
      const action = await loaders.actionById.load(id);
      if (!action || !canSeeAction(visibility, action)) throw notFound(`There is no action with id ${id}.`);
      return action;
    },
  },
  Mutation: {
    createAction: (_parent, { input }, { db, caller }) => createAction(db, caller, input),
    updateAction: (_parent, { input }, { db, caller }) => updateAction(db, caller, input),
    submitActionForReview: (_parent, { input }, { db, caller }) => submitActionForReview(db, caller, input),
    changeActionStatus: (_parent, { input }, { db, caller }) => changeActionStatus(db, caller, input),
  },
  Action: {
    __resolveReference: async (reference, { loaders, visibility }) => {
      const action = await loaders.actionById.load(reference.id);
      return action && canSeeAction(visibility, action) ? action : null;
    },
    effort: (action) => ({ level: action.effortLevel, durationWeeks: action.durationWeeks }),
    cost: (action) => ({ minEur: action.costMinEur, maxEur: action.costMaxEur }),
    steps: (action, _args, { loaders }) => loaders.stepsByAction.load(action.id),
    fieldsOfAction: (action) => action.fieldSlugs.map((slug) => ({ slug })),
    sdgs: (action) => action.sdgs.map((number) => ({ number })),
    originRegion: (action) => ({ id: action.originRegionId }),
    originConference: (action) => (action.originConferenceId ? { id: action.originConferenceId } : null),
    originOutcome: (action) => (action.originOutcomeId ? { id: action.originOutcomeId } : null),
    contactOrganization: (action) => (action.contactOrganizationId ? { id: action.contactOrganizationId } : null),
    allowedNextStatuses: (action) => [...allowedNextStatuses(action.status)],
    statusHistory: (action, _args, { loaders }) => loaders.statusChangesByAction.load(action.id),
    adoptions: async (action, args, { loaders }) => {
      const page = readPage(args);
      const { rows, totalCount } = await loaders.adoptionPagesByAction.load({ groupId: action.id, page });
      return toConnection(rows, page, totalCount);
    },
    adoptionCount: async (action, _args, { loaders }) => (await loaders.activeAdoptionsByAction.load(action.id)).length,
    adoptingRegions: async (action, _args, { loaders }) => {
      const adoptions = await loaders.activeAdoptionsByAction.load(action.id);
      return [...new Set(adoptions.map((adoption) => adoption.regionId))].map((id) => ({ id }));
    },
  },
  ActionStatusChange: {
    from: (change) => change.fromStatus,
    to: (change) => change.toStatus,
  },
};
