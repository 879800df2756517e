import { runService } from '@mitmach/server-kit';
import { statisticsSubgraph } from './subgraph';

await runService(statisticsSubgraph);
