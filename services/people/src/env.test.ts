import { ConfigError } from '@mitmach/config';
import { developmentChallengeKey } from '@mitmach/server-kit';
import { describe, expect, it } from 'vitest';
import { readChallengeKey, readMailSettings } from './env';

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

describe('proof-of-work key', () => {
  it('signs with the development key outside production and names a malformed or missing one', () => {
    expect(readChallengeKey({})).toBe(developmentChallengeKey);
    const key = 'f'.repeat(64);
    expect(readChallengeKey({ ALTCHA_HMAC_KEY: key })).toBe(key);
    expect(() => readChallengeKey({ ALTCHA_HMAC_KEY: 'short' })).toThrow(/ALTCHA_HMAC_KEY: expected at least 32/);
    expect(() => readChallengeKey({ NODE_ENV: 'production' })).toThrow(/ALTCHA_HMAC_KEY: required in production/);
    expect(() => readChallengeKey({ NODE_ENV: 'production', ALTCHA_HMAC_KEY: developmentChallengeKey })).toThrow(
      /development key/,
    );
  });
});
