import type { CalendarFeedRow } from '../../db/schema';
import type { Resolvers } from '../../generated/graphql';
import { myCalendarFeed, resetCalendarFeedUrl } from './calendar-feed.service';
import { feedPath } from './feed-token';

const shown = (feed: CalendarFeedRow) => ({ path: feedPath(feed.token), issuedAt: feed.issuedAt });

export const calendarFeedResolvers: Resolvers = {
  Query: {
    myCalendarFeed: async (_parent, _args, { db, caller }) => {
      const feed = await myCalendarFeed(db, caller);
      return feed ? shown(feed) : null;
    },
  },
  Mutation: {
    resetCalendarFeedUrl: async (_parent, { input }, { db, caller }) => {
      const result = await resetCalendarFeedUrl(db, caller, input);
      return { calendarFeed: result.calendarFeed ? shown(result.calendarFeed) : null, userErrors: result.userErrors };
    },
  },
};
