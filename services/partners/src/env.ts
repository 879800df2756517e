import { booleanFlag, type EnvSource, nodeEnv, parseEnv } from '@mitmach/config';

const webhookVariables = {
  NODE_ENV: nodeEnv(),
  ALLOW_PRIVATE_WEBHOOK_TARGETS: booleanFlag(false),
};

export interface WebhookSettings {
  /** Lets webhooks go to loopback and private addresses: a receiver on the developer's own machine. */
  allowPrivateTargets: boolean;
}

/**
 * The partners service's own variables, read when it mounts (the embedded mode sets them for the process it runs
 * in). A wrong value throws a ConfigError naming it, which stops the start.
 */
export function readWebhookSettings(source: EnvSource = process.env): WebhookSettings {
  const values = parseEnv(webhookVariables, source, (settings) =>
    settings.NODE_ENV === 'production' && settings.ALLOW_PRIVATE_WEBHOOK_TARGETS
      ? ['ALLOW_PRIVATE_WEBHOOK_TARGETS: refused in production, where webhooks may reach public addresses only']
      : [],
  );
  return { allowPrivateTargets: values.ALLOW_PRIVATE_WEBHOOK_TARGETS };
}
