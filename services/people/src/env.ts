import { type EnvSource, httpUrl, nodeEnv, parseEnv } from '@mitmach/config';
import { challengeKeyProblems, challengeKeyVariable, developmentChallengeKey } from '@mitmach/server-kit';
import { z } from 'zod';

const smtpUrl = () =>
  z
    .string({ message: 'expected an smtp:// or smtps:// URL' })
    .refine((value) => URL.canParse(value) && /^smtps?:$/.test(new URL(value).protocol), {
      message: 'expected an smtp:// or smtps:// URL, e.g. smtps://user:password@mail.example.org:465',
    })
    .optional();

const mailVariables = {
  NODE_ENV: nodeEnv(),
  SMTP_URL: smtpUrl(),
  MAIL_FROM: z
    .string()
    .regex(/^[^<>]*<[^\s@<>]+@[^\s@<>]+>$|^[^\s@<>]+@[^\s@<>]+$/, { message: 'expected an address or Name <address>' })
    .default('Mitmach-Regionen <noreply@mitmach-regionen.org>'),
  PUBLIC_URL: httpUrl().default('http://localhost:4000'),
  MAIL_LINK_SECRET: z.string().min(32, { message: 'expected at least 32 characters' }).optional(),
};

// Only for the embedded and local modes, whose mails stay in the built-in mailbox; production must set its own.
const developmentLinkSecret = 'mitmach-regionen development mail link secret';

export interface MailSettings {
  /** Null in the embedded mode: messages go to the built-in mailbox at /dev/mailbox instead. */
  smtpUrl: string | null;
  from: string;
  /** Where the platform's public edge answers; the links in e-mails point there. */
  publicUrl: string;
  /** Signs the one-click unsubscribe links, which must keep working as long as the mails are kept. */
  linkSecret: string;
}

/**
 * The people service's mail variables, read when it mounts. Production needs a real mail server: the built-in
 * mailbox would keep every message, confirmation links included, where no recipient ever sees it.
 */
export function readMailSettings(source: EnvSource = process.env): MailSettings {
  const values = parseEnv(mailVariables, source, (settings) =>
    settings.NODE_ENV === 'production'
      ? [
          ...(settings.SMTP_URL
            ? []
            : ['SMTP_URL: required in production; without it e-mails would only reach the development mailbox']),
          ...(settings.MAIL_LINK_SECRET
            ? []
            : ['MAIL_LINK_SECRET: required in production; it signs the unsubscribe links of e-mails']),
        ]
      : [],
  );
  return {
    smtpUrl: values.SMTP_URL ?? null,
    from: values.MAIL_FROM,
    publicUrl: values.PUBLIC_URL.replace(/\/$/, ''),
    linkSecret: values.MAIL_LINK_SECRET ?? developmentLinkSecret,
  };
}

let current: MailSettings | undefined;

/** The mail settings, read on first use: code generation imports the service's definition without running it. */
export function mailSettings(): MailSettings {
  current ??= readMailSettings();
  return current;
}

/**
 * ALTCHA_HMAC_KEY, which the gateway signs the proof-of-work challenges of the public forms with; the development key
 * serves the embedded and local modes, where both run with the same default.
 */
export function readChallengeKey(source: EnvSource = process.env): string {
  const values = parseEnv(
    { NODE_ENV: nodeEnv(), ALTCHA_HMAC_KEY: challengeKeyVariable() },
    source,
    challengeKeyProblems,
  );
  return values.ALTCHA_HMAC_KEY ?? developmentChallengeKey;
}

let currentChallengeKey: string | undefined;

/** The challenge key, read on first use like the mail settings. */
export function challengeKey(): string {
  currentChallengeKey ??= readChallengeKey();
  return currentChallengeKey;
}
