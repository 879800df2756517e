export interface MailBody {
  subject: string;
  text: string;
  html: string;
}

export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: readonly string[];
  /** Buttons in the HTML part, plain links in the text part. */
  actions: readonly { label: string; url: string }[];
  footer: string;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

/** One message as plain text and as HTML with the same content; everything from outside is escaped. */
export function renderMail(content: MailContent, language: string): MailBody {
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...content.actions.flatMap((action) => [`${action.label}:`, action.url, '']),
    '-- ',
    content.footer,
  ].join('\n');
  const html = [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; max-width: 36em">',
    `<p>${escapeHtml(content.greeting)}</p>`,
    ...content.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    ...content.actions.map(
      (action) =>
        `<p><a href="${escapeHtml(action.url)}" style="display: inline-block; padding: 0.5em 1em; background: #2f6f3e; color: #fff; text-decoration: none; border-radius: 4px">${escapeHtml(action.label)}</a></p>`,
    ),
    `<hr><p style="color: #555; font-size: 0.9em">${escapeHtml(content.footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: content.subject, text, html };
}
