import { runService } from '@mitmach/server-kit';
import { env } from './env';
import { learningModule } from './service';

await runService(learningModule, env);
