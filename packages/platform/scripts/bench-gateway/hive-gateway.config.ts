// Hive Gateway as the benchmark runs it: it verifies the client's bearer token and signs the caller header for each
// subgraph with the same key and code as our gateway, so the subgraphs trust it and it pays what ours pays.
import { defineConfig } from '@graphql-hive/gateway';
import { anonymousCaller, type Caller, callerHeader, createBearerVerifier, createCallerSigner } from '@mitmach/auth';

const signingKey = process.env.CALLER_SIGNING_KEY;
const jwtSecret = process.env.JWT_SECRET;
if (!signingKey || !jwtSecret) throw new Error('CALLER_SIGNING_KEY and JWT_SECRET must be set');
const signer = createCallerSigner(signingKey);
const verifyBearer = createBearerVerifier({ kind: 'secret', secret: jwtSecret });
const callers = new WeakMap<Request, Promise<Caller>>();

function callerOf(request: Request): Promise<Caller> {
  let caller = callers.get(request);
  if (!caller) {
    const authorization = request.headers.get('authorization');
    caller = authorization ? verifyBearer(authorization) : Promise.resolve(anonymousCaller);
    callers.set(request, caller);
  }
  return caller;
}

export const gatewayConfig = defineConfig({
  logging: 'error',
  propagateHeaders: {
    fromClientToSubgraphs: async ({ request, subgraphName }) => ({
      [callerHeader]: await signer.sign(await callerOf(request), subgraphName),
    }),
  },
  ...(process.env.HIVE_RESPONSE_CACHE === 'true'
    ? { responseCaching: { session: (request: Request) => request.headers.get('authorization') } }
    : {}),
});
