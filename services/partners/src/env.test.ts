import { ConfigError } from '@mitmach/config';
import { describe, expect, it } from 'vitest';
import { readWebhookSettings } from './env';

describe('the webhook settings', () => {
  it('allow only public targets unless told otherwise', () => {
    expect(readWebhookSettings({})).toEqual({ allowPrivateTargets: false });
    expect(readWebhookSettings({ ALLOW_PRIVATE_WEBHOOK_TARGETS: 'true' })).toEqual({ allowPrivateTargets: true });
  });

  it('refuse private targets in production, and a value that is no flag, naming the variable', () => {
    expect(() => readWebhookSettings({ NODE_ENV: 'production', ALLOW_PRIVATE_WEBHOOK_TARGETS: 'true' })).toThrow(
      /ALLOW_PRIVATE_WEBHOOK_TARGETS: refused in production/,
    );
    expect(() => readWebhookSettings({ ALLOW_PRIVATE_WEBHOOK_TARGETS: 'sometimes' })).toThrow(ConfigError);
    expect(readWebhookSettings({ NODE_ENV: 'production' })).toEqual({ allowPrivateTargets: false });
  });
});
