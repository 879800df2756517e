import { runService } from '@mitmach/server-kit';
import { env } from './env';
import { regionsModule } from './service';

await runService(regionsModule, env);
