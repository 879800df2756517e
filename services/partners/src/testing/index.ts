export { type KeyInput, keyAdmin } from './key-admin';
export { publishEvent } from './publish-event';
export { type RunningPartners, startPartners } from './start-partners';
export { startWebhookReceiver, verifyWebhook, type WebhookReceiver } from './webhook-receiver';
