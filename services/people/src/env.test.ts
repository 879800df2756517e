import { ConfigError } from '@mitmach/config';
import { describe, expect, it } from 'vitest';
import { readMailSettings } from './env';

describe('mail settings', () => {
  it('uses the built-in mailbox without SMTP_URL outside production', () => {
    expect(readMailSettings({})).toEqual({
      smtpUrl: null,
      from: 'Mitmach-Regionen <noreply@mitmach-regionen.org>',
      publicUrl: 'http://localhost:4000',
      linkSecret: expect.any(String),
    });
  });

  it('takes an smtp:// or smtps:// URL and names a wrong one', () => {
    expect(readMailSettings({ SMTP_URL: 'smtps://user:secret@mail.example.org:465' }).smtpUrl).toBe(
      'smtps://user:secret@mail.example.org:465',
    );
    expect(() => readMailSettings({ SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL/);
    expect(() => readMailSettings({ SMTP_URL: 'http://mail.example.org' })).toThrow(ConfigError);
  });

  it('refuses production without a mail server', () => {
    expect(() => readMailSettings({ NODE_ENV: 'production' })).toThrow(/SMTP_URL: required in production/);
    expect(() => readMailSettings({ NODE_ENV: 'production', SMTP_URL: 'smtp://relay:25' })).toThrow(
      /MAIL_LINK_SECRET: required in production/,
    );
    const secret = 'a-production-secret-of-at-least-32-characters';
    const production = readMailSettings({
      NODE_ENV: 'production',
      SMTP_URL: 'smtp://relay:25',
      MAIL_LINK_SECRET: secret,
    });
    expect(production).toMatchObject({ smtpUrl: 'smtp://relay:25', linkSecret: secret });
  });
});
