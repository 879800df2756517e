import { escapeHtml } from '../mail/mail-layout';

export function page(title: string, body: string): string {
  return [
    '<!doctype html><html lang="de"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body style="font-family: sans-serif; max-width: 36em; margin: 2em auto"><h1>${escapeHtml(title)}</h1>${body}</body></html>`,
  ].join('');
}

/**
 * The page a link opens shows a button that posts the token: mail scanners that fetch every link in a message must
 * not use up a link that works once.
 */
export function confirmationForm(action: string, token: string, title: string, button: string): string {
  return page(
    title,
    `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="token" value="${escapeHtml(token)}">` +
      `<button type="submit">${escapeHtml(button)}</button></form>`,
  );
}

export const problemTexts: Record<string, string> = {
  INVALID_LINK: 'Dieser Link ist ungültig. / Questo link non è valido.',
  LINK_USED: 'Dieser Link wurde schon verwendet. / Questo link è già stato usato.',
  LINK_EXPIRED: 'Dieser Link ist abgelaufen. / Questo link è scaduto.',
  HOLD_LAPSED: 'Die Anmeldung oder Bewerbung ist verfallen. / L’iscrizione o la candidatura è scaduta.',
};
