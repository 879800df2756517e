import { subgraphCodegen } from '@mitmach/server-kit/codegen';
import { partnersSubgraph } from './src/subgraph';

export default subgraphCodegen(partnersSubgraph, {
  PartnerApiKey: '../db/schema#ApiKeyRow',
  PersistedDocument: '../db/schema#PersistedDocumentRow',
  WebhookSubscription: '../db/schema#WebhookSubscriptionRow',
  WebhookDelivery: '../db/schema#WebhookDeliveryRow',
});
