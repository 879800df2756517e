import { actionPoolModule } from '@mitmach/action-pool-service';
import { conferencesModule } from '@mitmach/conferences-service';
import { learningModule } from '@mitmach/learning-service';
import { peopleModule } from '@mitmach/people-service';
import { regionsModule } from '@mitmach/regions-service';
import type { SubgraphModule } from '@mitmach/server-kit';
import { statisticsModule } from '@mitmach/statistics-service';

/** Every subgraph of the platform, in the order they start. */
export const subgraphModules: SubgraphModule[] = [
  regionsModule,
  peopleModule,
  conferencesModule,
  learningModule,
  actionPoolModule,
  statisticsModule,
];
