import { runService } from '@mitmach/server-kit';
import { env } from './env';
import { peopleModule } from './service';

await runService(peopleModule, env);
