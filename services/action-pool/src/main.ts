import { runService } from '@mitmach/server-kit';
import { actionPoolSubgraph } from './subgraph';

await runService(actionPoolSubgraph);
