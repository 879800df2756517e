import { runService } from '@mitmach/server-kit';
import { env } from './env';
import { statisticsModule } from './service';

await runService(statisticsModule, env);
