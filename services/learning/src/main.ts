import { runService } from '@mitmach/server-kit';
import { learningSubgraph } from './subgraph';

await runService(learningSubgraph);
