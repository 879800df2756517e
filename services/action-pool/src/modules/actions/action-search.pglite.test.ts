import { anonymousCaller, callerHeader, createCallerSigner, generateCallerKeys } from '@mitmach/auth';
import { openPglite } from '@mitmach/db';
import { silentLogger } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { actionPoolSubgraph } from '../../subgraph';

interface SearchResponse {
  data?: { actions: { totalCount: number; edges: { node: { title: string } }[] } };
  errors?: unknown[];
}

// The embedded mode runs on PGlite: the generated tsvector column, its GIN index and the german configuration must
// work there exactly as on the real Postgres.
describe('German full-text search on PGlite (embedded mode)', () => {
  it('migrates, seeds and finds the canteen action first, ranking title matches above description matches', async () => {
    const connection = await openPglite();
    const callerKeys = generateCallerKeys();
    const anonymous = await createCallerSigner(callerKeys.privateKey).sign(anonymousCaller, actionPoolSubgraph.name);
    try {
      await actionPoolSubgraph.migrate(connection);
      await actionPoolSubgraph.seed(connection);
      const { server } = await actionPoolSubgraph.mount({
        connection,
        logger: silentLogger,
        callerKey: callerKeys.publicKey,
        transport: null,
        accepting: () => true,
      });
      const { app } = server;
      const search = async (term: string) => {
        const response = await app.inject({
          method: 'POST',
          url: '/graphql',
          headers: { [callerHeader]: anonymous },
          payload: {
            query: 'query($s: String) { actions(filter: {search: $s}) { totalCount edges { node { title } } } }',
            variables: { s: term },
          },
        });
        const body = response.json<SearchResponse>();
        expect(body.errors).toBeUndefined();
        return body.data?.actions.edges.map((edge) => edge.node.title);
      };

      expect(await search('Gemeinschaftsverpflegung')).toEqual([
        'Bio-regionale Gemeinschaftsverpflegung in Kantinen und Schulmensen',
        'Ernährungsrat für die Region gründen',
      ]);
      expect(await search('Ernährungsrat')).toEqual([
        'Ernährungsrat für die Region gründen',
        'Bio-regionale Gemeinschaftsverpflegung in Kantinen und Schulmensen',
      ]);
      expect(await search('Lastenrad')).toEqual(['Freie Lastenräder zum Ausleihen']);
      await app.close();
    } finally {
      await connection.close();
    }
    // Starting the WebAssembly engine alone takes seconds, and many more on a busy machine.
  }, 120_000);
});
