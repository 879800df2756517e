import type { Db } from '@mitmach/db';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { mailSettings } from '../../env';
import { confirmApplication } from '../applications/applications.service';
import { unsubscribeByLink } from '../reminders/reminders.service';
import { cancelByLink, confirmGuest, type LinkOutcome } from './guests.service';
import { confirmationForm, page, problemTexts } from './link-pages';

interface LinkRoute {
  path: string;
  title: string;
  button: string;
  done: string;
  act: (db: Db, token: string) => Promise<LinkOutcome>;
}

const routes: readonly LinkRoute[] = [
  {
    path: '/mail/confirm',
    title: 'Anmeldung bestätigen / Confermare l’iscrizione',
    button: 'Bestätigen / Confermare',
    done: 'Danke! Ihre E-Mail-Adresse ist bestätigt; die Bestätigung Ihrer Anmeldung kommt per E-Mail. / Grazie! Il suo indirizzo è confermato.',
    act: confirmGuest,
  },
  {
    path: '/mail/confirm-application',
    title: 'Bewerbung bestätigen / Confermare la candidatura',
    button: 'Bestätigen / Confermare',
    done: 'Danke! Ihre E-Mail-Adresse ist bestätigt; die Eingangsbestätigung Ihrer Bewerbung kommt per E-Mail. / Grazie! Il suo indirizzo è confermato.',
    act: confirmApplication,
  },
  {
    path: '/mail/cancel',
    title: 'Anmeldung stornieren / Annullare l’iscrizione',
    button: 'Stornieren / Annullare',
    done: 'Ihre Anmeldung wird storniert; Sie erhalten eine Bestätigung per E-Mail. / La sua iscrizione viene annullata.',
    act: cancelByLink,
  },
  {
    path: '/mail/unsubscribe',
    title: 'Keine Erinnerungen mehr / Nessun promemoria',
    button: 'Abbestellen / Disdire',
    done: 'Sie erhalten keine Erinnerungen mehr vor Veranstaltungen. / Non riceverà più promemoria prima degli eventi.',
    act: (db, token) => unsubscribeByLink(db, mailSettings(), token),
  },
];

const tokenOf = (value: unknown): string =>
  typeof value === 'object' && value !== null && typeof (value as { token?: unknown }).token === 'string'
    ? ((value as { token: string }).token ?? '')
    : '';

function html(reply: FastifyReply, status: number, body: string) {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(body);
}

/**
 * The pages behind the links in e-mails: GET shows a button, POST acts (once, but for unsubscribing, which may be
 * repeated). Mail clients POST the one-click unsubscribe straight to its URL. The gateway forwards /mail/*.
 */
export function registerLinkRoutes(app: FastifyInstance, db: Db): void {
  app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 4096 },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    for (const route of routes) {
      scope.get(route.path, async (request, reply) => {
        const token = tokenOf(request.query);
        if (!token) return html(reply, 400, page(route.title, `<p>${problemTexts.INVALID_LINK}</p>`));
        return html(reply, 200, confirmationForm(route.path, token, route.title, route.button));
      });
      scope.post(route.path, async (request, reply) => {
        const outcome = await route.act(db, tokenOf(request.body) || tokenOf(request.query));
        if (outcome.ok) return html(reply, 200, page(route.title, `<p>${route.done}</p>`));
        return html(
          reply,
          outcome.problem === 'INVALID_LINK' ? 404 : 410,
          page(route.title, `<p>${problemTexts[outcome.problem]}</p>`),
        );
      });
    }
  });
}
