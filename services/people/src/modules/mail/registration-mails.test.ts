import { describe, expect, it } from 'vitest';
import { nextMailAttemptAt } from './mail-retry';
import { registrationMail } from './registration-mails';

const conference = {
  id: '5570b985-f519-50b9-a34e-7653963282a5',
  title: '1. Mitmach-Konferenz <Tübingen>',
  timeZone: 'Europe/Berlin',
  startsAt: '2027-03-20T08:30:00.000Z',
  endsAt: '2027-03-20T16:30:00.000Z',
  venue: 'Sudhaus, Hechinger Straße 203, 72072 Tübingen',
  online: false,
};

describe('registration e-mails', () => {
  it('say the same in the text and the HTML part, with times in the conference’s zone and escaped HTML', () => {
    const mail = registrationMail({
      kind: 'held',
      language: 'de',
      name: 'Anna',
      conference,
      waitlisted: false,
      holdUntil: new Date('2027-01-03T10:00:00.000Z'),
      confirmUrl: 'https://platform.example/mail/confirm?token=abc',
      cancelUrl: null,
    });
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre Anmeldung: 1. Mitmach-Konferenz <Tübingen>');
    expect(mail.text).toContain('Samstag, 20. März 2027, 09:30–17:30');
    expect(mail.text).toContain('https://platform.example/mail/confirm?token=abc');
    expect(mail.html).toContain('1. Mitmach-Konferenz &lt;Tübingen&gt;');
    expect(mail.html).not.toContain('<Tübingen>');
    expect(mail.html).toContain('href="https://platform.example/mail/confirm?token=abc"');
  });

  it('are Italian where asked', () => {
    const mail = registrationMail({
      kind: 'promoted',
      language: 'it',
      name: null,
      conference: { ...conference, timeZone: 'Europe/Rome' },
      waitlisted: false,
      holdUntil: null,
      confirmUrl: null,
      cancelUrl: 'https://platform.example/mail/cancel?token=xyz',
    });
    expect(mail.subject).toMatch(/^Si è liberato un posto/);
    expect(mail.text).toMatch(/sabato 20 marzo 2027/);
    expect(mail.text).toContain("Annullare l'iscrizione:");
  });
});

describe('mail retries', () => {
  it('wait longer after each failure, at most an hour, and never give up', () => {
    const now = new Date('2027-01-01T00:00:00.000Z');
    const delay = (attempts: number) => nextMailAttemptAt(attempts, now, undefined, () => 0).getTime() - now.getTime();
    expect([1, 2, 3, 4, 5, 50].map(delay)).toEqual([10_000, 60_000, 300_000, 900_000, 3_600_000, 3_600_000]);
  });
});
