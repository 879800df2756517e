import { runService } from '@mitmach/server-kit';
import { conferencesSubgraph } from './subgraph';

await runService(conferencesSubgraph);
