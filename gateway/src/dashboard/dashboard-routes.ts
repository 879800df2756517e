import negotiate from '@fastify/accept-negotiator';
import { dashboardDistDir } from '@mitmach/dashboard';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { dashboardContentSecurityPolicy } from './content-security-policy';
import { type ContentEncoding, type DashboardFile, readDashboardFiles } from './dashboard-files';

export interface DashboardOidc {
  /** The identity provider's issuer URL; its discovery document names the endpoints. */
  issuer: string;
  /** The dashboard's public client id at the identity provider (authorization code with PKCE, no secret). */
  clientId: string;
  scope: string;
}

export interface DashboardOptions {
  /** The built dashboard; the @mitmach/dashboard package's build unless given. */
  distDir?: string;
  /** Sign-in through the identity provider (production). */
  oidc?: DashboardOidc | null;
  /** Embedded mode only: a short-lived reporting token for the development sign-in button. */
  developmentToken?: (() => Promise<string>) | null;
}

const base = '/dashboard/';
/** The pages of the single-page app; any other path below /dashboard/ is not found. */
const pages = ['', 'regions', 'conferences', 'impact', 'learning', 'funding', 'report', 'callback'];

/** The foundations' reporting dashboard at /dashboard: its page, its assets and how it signs people in. */
export function registerDashboard(app: FastifyInstance, options: DashboardOptions = {}): void {
  const files = readDashboardFiles(options.distDir ?? dashboardDistDir);
  const policy = dashboardContentSecurityPolicy(options.oidc ? new URL(options.oidc.issuer).origin : null);
  const secure = (reply: FastifyReply) =>
    reply
      .header('content-security-policy', policy)
      .header('x-content-type-options', 'nosniff')
      .header('x-frame-options', 'DENY')
      .header('referrer-policy', 'no-referrer')
      .header('cross-origin-opener-policy', 'same-origin');
  const send = (request: FastifyRequest, reply: FastifyReply, file: DashboardFile, cacheControl: string) => {
    secure(reply).header('content-type', file.contentType).header('cache-control', cacheControl);
    const offered = Object.keys(file.encoded) as ContentEncoding[];
    if (offered.length === 0) return reply.send(file.body);
    reply.header('vary', 'accept-encoding');
    const chosen = negotiate(request.headers['accept-encoding'] ?? '', [...offered, 'identity']);
    const encoded = chosen && chosen !== 'identity' ? file.encoded[chosen as ContentEncoding] : undefined;
    return encoded ? reply.header('content-encoding', chosen).send(encoded) : reply.send(file.body);
  };
  const notBuilt = (reply: FastifyReply) =>
    secure(reply)
      .status(503)
      .header('content-type', 'text/plain; charset=utf-8')
      .send('The dashboard is not built: run `pnpm --filter @mitmach/dashboard build` (npm start does it).\n');

  app.get('/dashboard', async (request, reply) => {
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    return reply.redirect(`${base}${query}`, 301);
  });
  app.get('/dashboard/config.json', async (_request, reply) =>
    secure(reply)
      .header('cache-control', 'no-store')
      .send({
        developmentSignIn: Boolean(options.developmentToken),
        oidc: options.oidc ?? null,
      }),
  );
  if (options.developmentToken) {
    const sign = options.developmentToken;
    app.post('/dashboard/development-sign-in', async (_request, reply) =>
      secure(reply)
        .header('cache-control', 'no-store')
        .send({ token: await sign() }),
    );
  }
  app.get<{ Params: { '*': string } }>('/dashboard/*', async (request, reply) => {
    const path = request.params['*'];
    if (!files) return notBuilt(reply);
    if (path.startsWith('assets/')) {
      const file = files.get(path);
      // Asset names carry a hash of their content, so they never change under their name.
      if (file) return send(request, reply, file, 'public, max-age=31536000, immutable');
    } else if (pages.includes(path.replace(/\/$/, ''))) {
      const index = files.get('index.html');
      if (index) return send(request, reply, index, 'no-cache');
    }
    return secure(reply)
      .status(404)
      .header('content-type', 'text/plain; charset=utf-8')
      .send(`No dashboard page or asset at ${base}${path}.\n`);
  });
}
