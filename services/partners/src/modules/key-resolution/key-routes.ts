import type { Db } from '@mitmach/db';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { recordLastUse } from '../api-keys/api-keys.repository';
import { documentOfKey } from '../persisted-documents/persisted-documents.repository';
import { resolveKey } from './key-resolution';

const resolveBody = z.object({ secret: z.string().min(1).max(256) });
const usageBody = z.object({
  uses: z.array(z.object({ keyId: z.uuid(), at: z.iso.datetime({ offset: true }) })).max(10_000),
});
const documentParams = z.object({ keyId: z.uuid(), hash: z.string().regex(/^[0-9a-f]{64}$/) });

function badRequest(reply: FastifyReply, error: z.ZodError) {
  const message = error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
  return reply.status(400).send({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

/**
 * What the gateway asks of the partners service on every request with a key (through its short cache): the key
 * behind a secret, a registered document, and, in batches, when keys were used.
 */
export function registerKeyRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  app.post('/keys/resolve', { bodyLimit: 4_096 }, async (request, reply) => {
    const body = resolveBody.safeParse(request.body);
    if (!body.success) return badRequest(reply, body.error);
    return reply.header('cache-control', 'no-store').send(await resolveKey(db, body.data.secret));
  });

  app.post('/keys/usage', { bodyLimit: 1_048_576 }, async (request, reply) => {
    const body = usageBody.safeParse(request.body);
    if (!body.success) return badRequest(reply, body.error);
    await recordLastUse(
      db,
      body.data.uses.map((use) => ({ keyId: use.keyId, at: new Date(use.at) })),
    );
    return reply.status(204).send();
  });

  app.get('/keys/:keyId/documents/:hash', async (request, reply) => {
    const params = documentParams.safeParse(request.params);
    if (!params.success) return badRequest(reply, params.error);
    const document = await documentOfKey(db, params.data.keyId, params.data.hash);
    if (document === null) {
      return reply
        .status(404)
        .send({ errors: [{ message: 'No such document for this key.', extensions: { code: 'NOT_FOUND' } }] });
    }
    return reply.header('cache-control', 'no-store').send({ document });
  });
}
