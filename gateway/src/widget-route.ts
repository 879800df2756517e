import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { widgetVersion } from '@mitmach/widget';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

const scriptName = 'mitmach.js';

/**
 * Serves the partner widget's script at /widget/v1/mitmach.js. What a versioned path serves never changes (a new
 * version gets a new path, and pages pin the bytes with a subresource-integrity hash), so browsers and CDNs may keep
 * it for a year without asking again. The file is read once at start-up.
 */
export function registerWidget(app: FastifyInstance, options: { directory: string; logger: Logger }): void {
  const path = join(options.directory, widgetVersion, scriptName);
  let script: Buffer | null = null;
  try {
    script = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    options.logger.warn(
      { path },
      'the widget is not built (pnpm --filter @mitmach/widget build); /widget/ answers 503',
    );
  }
  const etag = script ? `"${createHash('sha256').update(script).digest('base64url')}"` : '';
  app.get(`/widget/${widgetVersion}/${scriptName}`, async (request, reply) => {
    if (!script) {
      return reply.status(503).send({
        errors: [{ message: 'The widget is not built on this server.', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
      });
    }
    reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('etag', etag)
      .header('x-content-type-options', 'nosniff')
      .header('cross-origin-resource-policy', 'cross-origin');
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
    return reply.send(script);
  });
}
