import { runService } from '@mitmach/server-kit';
import { env } from './env';
import { actionPoolModule } from './service';

await runService(actionPoolModule, env);
