import { regionsModule } from '@mitmach/regions-service';
import type { SubgraphModule } from '@mitmach/server-kit';

/** Every subgraph of the platform, in the order they start. */
export const subgraphModules: SubgraphModule[] = [regionsModule];
