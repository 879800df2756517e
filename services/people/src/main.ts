import { runService } from '@mitmach/server-kit';
import { peopleSubgraph } from './subgraph';

await runService(peopleSubgraph);
