import { readPage, toConnection } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { webhookEventTypes } from './webhook-event-types';
import { webhookSecretHint } from './webhook-secret';
import { deliveriesOfSubscription, subscriptionsOfKey } from './webhooks.repository';
import {
  createSubscription,
  partnerKeyOf,
  removeSubscription,
  resendDelivery,
  resumeSubscription,
  rotateSecret,
} from './webhooks.service';

export const webhooksResolvers: Resolvers = {
  Query: {
    webhookEventTypes: () => Object.entries(webhookEventTypes).map(([name, description]) => ({ name, description })),
    webhookSubscriptions: async (_parent, args, { db, caller }) => {
      const keyId = partnerKeyOf(caller);
      const page = readPage(args);
      const { rows, totalCount } = await subscriptionsOfKey(db, keyId, page);
      return toConnection(rows, page, totalCount);
    },
    webhookDeliveries: async (_parent, { subscriptionId, status, ...args }, { db, caller, loaders }) => {
      const keyId = partnerKeyOf(caller);
      const page = readPage(args);
      const subscription = await loaders.webhookSubscriptionById.load(subscriptionId);
      if (!subscription || subscription.keyId !== keyId) return toConnection([], page, 0);
      const { rows, totalCount } = await deliveriesOfSubscription(db, subscriptionId, status ?? null, page);
      return toConnection(rows, page, totalCount);
    },
  },
  Mutation: {
    createWebhookSubscription: (_parent, { input }, { db, caller, webhookSettings }) =>
      createSubscription(db, caller, input, webhookSettings),
    rotateWebhookSecret: (_parent, { input }, { db, caller }) => rotateSecret(db, caller, input),
    resumeWebhookSubscription: (_parent, { input }, { db, caller }) => resumeSubscription(db, caller, input),
    deleteWebhookSubscription: (_parent, { input }, { db, caller }) => removeSubscription(db, caller, input),
    resendWebhookDelivery: (_parent, { input }, { db, caller }) => resendDelivery(db, caller, input),
  },
  WebhookSubscription: {
    secretHints: async (subscription, _args, { loaders }) =>
      (await loaders.validWebhookSecretsBySubscription.load(subscription.id)).map((row) =>
        webhookSecretHint(row.secret),
      ),
  },
  WebhookDelivery: {
    payload: (delivery) => delivery.body,
    nextAttemptAt: (delivery) => (delivery.status === 'pending' ? delivery.nextAttemptAt : null),
  },
};
