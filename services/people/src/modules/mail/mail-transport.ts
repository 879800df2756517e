import type { Db } from '@mitmach/db';
import nodemailer from 'nodemailer';
import { devMailbox, type MailOutboxRow } from '../../db/schema';

export type SendResult = { ok: true } | { ok: false; permanent: boolean; error: string };

/** Hands one message to whatever delivers it. */
export interface MailTransport {
  readonly kind: 'smtp' | 'mailbox';
  send(mail: MailOutboxRow, from: string): Promise<SendResult>;
  close(): void;
}

function messageOf(mail: MailOutboxRow, from: string) {
  return {
    from,
    to: mail.recipient,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    headers: { ...mail.headers, 'Content-Language': mail.language },
    attachments: mail.attachments.map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      content: attachment.content,
    })),
  };
}

/** Over SMTP; a 5xx answer is a bounce that no retry will change, anything else is tried again. */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    async send(mail, from) {
      try {
        await transporter.sendMail(messageOf(mail, from));
        return { ok: true };
      } catch (error) {
        const responseCode = (error as { responseCode?: number }).responseCode;
        return {
          ok: false,
          permanent: responseCode !== undefined && responseCode >= 500,
          error: (error as Error).message,
        };
      }
    },
    close: () => transporter.close(),
  };
}

/** The embedded mode's mailbox: nodemailer composes the real MIME message, which is kept for /dev/mailbox. */
export function mailboxTransport(db: Db): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'mailbox',
    async send(mail, from) {
      const info = await composer.sendMail(messageOf(mail, from));
      await db.insert(devMailbox).values({
        messageId: mail.messageId,
        recipient: mail.recipient,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        raw: (info.message as Buffer).toString('utf8'),
      });
      return { ok: true };
    },
    close: () => composer.close(),
  };
}
