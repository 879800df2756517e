import { runService } from '@mitmach/server-kit';
import { regionsSubgraph } from './subgraph';

await runService(regionsSubgraph);
