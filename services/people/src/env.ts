import { type EnvSource, httpUrl, nodeEnv, parseEnv } from '@mitmach/config';
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
};

export interface MailSettings {
  /** Null in the embedded mode: messages go to the built-in mailbox at /dev/mailbox instead. */
  smtpUrl: string | null;
  from: string;
  /** Where the platform's public edge answers; the links in e-mails point there. */
  publicUrl: string;
}

/**
 * The people service's mail variables, read when it mounts. Production needs a real mail server: the built-in
 * mailbox would keep every message, confirmation links included, where no recipient ever sees it.
 */
export function readMailSettings(source: EnvSource = process.env): MailSettings {
  const values = parseEnv(mailVariables, source, (settings) =>
    settings.NODE_ENV === 'production' && !settings.SMTP_URL
      ? ['SMTP_URL: required in production; without it e-mails would only reach the development mailbox']
      : [],
  );
  return { smtpUrl: values.SMTP_URL ?? null, from: values.MAIL_FROM, publicUrl: values.PUBLIC_URL.replace(/\/$/, '') };
}
