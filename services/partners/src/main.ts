import { runService } from '@mitmach/server-kit';
import { partnersSubgraph } from './subgraph';

await runService(partnersSubgraph);
