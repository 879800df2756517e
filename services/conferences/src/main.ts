import { runService } from '@mitmach/server-kit';
import { env } from './env';
import { conferencesModule } from './service';

await runService(conferencesModule, env);
