import { connectPostgres } from '@mitmach/db';
import { reapplyErasures } from '../modules/gdpr/reapply-erasures';
import { peopleSubgraph } from '../subgraph';
import { env } from './env';

// `npm run erasure:reapply`, after a backup was restored: erases again everyone in the erased-ids record. The other
// services apply it as they read the announced erasures, once they run.
const connection = connectPostgres({ url: env.DATABASE_URL, applicationName: 'people-erasure-reapply' });
try {
  await peopleSubgraph.migrate(connection);
  const { announced, restoredHere } = await reapplyErasures(connection.drizzle());
  process.stdout.write(
    `Erasures announced again to every service: ${announced}; people whose data had come back in the people service: ${restoredHere.length}.\n`,
  );
} finally {
  await connection.close();
}
