import { seesSmallCounts } from '../../access/suppression';
import type { Resolvers } from '../../generated/graphql';
import { lastApplied } from '../../read-model/read-model.repository';
import { readScope } from '../figures/scope';
import {
  actionFigures,
  averageRegionsPerAction,
  conferenceFigures,
  fundingOf,
  learningFigures,
  networkStatistics,
  outcomeFigures,
  periodOf,
  regionFigures,
  topActions,
} from './network.service';

export const networkResolvers: Resolvers = {
  Query: {
    networkStatistics: (_parent, { filter }, { db, caller }) =>
      networkStatistics(db, readScope(filter), seesSmallCounts(caller)),
  },
  NetworkStatistics: {
    period: (model) => periodOf(model.scope),
    regions: (model, _args, { db }) => regionFigures(db, model),
    conferences: (model) => conferenceFigures(model),
    outcomes: (model, _args, { db }) => outcomeFigures(db, model),
    actions: (model) => actionFigures(model),
    learning: (model, _args, { db }) => learningFigures(db, model),
    funding: (model) => fundingOf(model),
    updatedAt: (_model, _args, { db }) => lastApplied(db),
  },
  StatisticsActionFigures: {
    topActions: (figures, { first }) => topActions(figures.model, first ?? 10),
    averageRegionsPerAction: (figures) => averageRegionsPerAction(figures.model),
  },
};
