import { startDistributedPlatform } from './distributed-platform';
import { distributedEnv as env, inheritedEnv } from './env';

const write = (line: string) => process.stdout.write(`${line}\n`);
const platform = startDistributedPlatform({
  databaseUrl: env.DATABASE_URL,
  basePort: env.PORT,
  host: env.HOST,
  seedDemoData: env.SEED_DEMO_DATA,
  jwtSecret: env.JWT_SECRET,
  env: inheritedEnv,
  restartDelayMs: env.RESTART_DELAY_MS,
  write,
});

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  write(`[launcher] ${signal}: stopping every service`);
  platform.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`stopping failed: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// The children run in process groups of their own; should the launcher end any other way, they end with it.
process.on('exit', () => {
  for (const child of Object.values(platform.processes)) {
    const pid = child.pid();
    if (pid) process.kill(pid, 'SIGKILL');
  }
});

try {
  await platform.ready;
} catch (error) {
  process.stderr.write(`The distributed platform did not start: ${(error as Error).message}\n`);
  process.exit(1);
}
const database = new URL(env.DATABASE_URL);
if (database.password) database.password = '***';
write(
  [
    '',
    `Mitmach-Regionen platform (distributed, ${env.EVENT_TRANSPORT} events, database ${database})`,
    `  GraphQL gateway: ${platform.url}`,
    `  Subgraphs:       ${Object.entries(platform.subgraphUrls)
      .map(([name, url]) => `${name} ${url}`)
      .join(', ')}`,
    '  A token for mutations: npm run -s token -- --role staff',
    '  Stop with Ctrl-C.',
    '',
  ].join('\n'),
);
