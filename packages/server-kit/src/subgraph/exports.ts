import type { Caller } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import type { FastifyInstance } from 'fastify';

export interface ExportRequest {
  query: Record<string, unknown>;
  caller: Caller;
  db: Db;
}

export type ExportResult =
  | { ok: true; filename: string; contentType: string; body: string; cacheControl: string }
  | { ok: false; message: string };

/** A download (CSV, JSON) that the gateway forwards as `GET /exports/<subgraph>/<name>`. */
export type ExportHandler = (request: ExportRequest) => Promise<ExportResult>;

/** Serves each export at `/exports/<name>` of the subgraph, with the caller the gateway signed. */
export function registerExports(
  app: FastifyInstance,
  options: {
    exports: Readonly<Record<string, ExportHandler>>;
    db: Db;
  },
): void {
  for (const [name, handle] of Object.entries(options.exports)) {
    app.get(`/exports/${name}`, async (request, reply) => {
      const result = await handle({
        query: request.query as Record<string, unknown>,
        caller: request.caller,
        db: options.db,
      });
      if (!result.ok) {
        return reply.status(400).send({
          errors: [{ message: result.message, extensions: { code: 'BAD_USER_INPUT', requestId: request.id } }],
        });
      }
      return reply
        .header('content-type', result.contentType)
        .header('content-disposition', `attachment; filename="${result.filename}"`)
        .header('cache-control', result.cacheControl)
        .send(result.body);
    });
  }
}
