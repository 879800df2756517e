import { parseCommandLineOrExit } from '@mitmach/config';

// `npm start` runs the embedded platform; `npm start -- --distributed` runs every service as a process of its own.
// Each mode reads its own variables, so the mode is chosen before any is parsed; a mistyped flag is refused rather
// than starting the other mode.
const { values } = parseCommandLineOrExit(
  { options: { distributed: { type: 'boolean', default: false }, ephemeral: { type: 'boolean', default: false } } },
  'usage: npm start [-- --distributed | --ephemeral]',
);
if (values.distributed && values.ephemeral) {
  process.stderr.write(
    '--ephemeral is a setting of the embedded mode; the distributed mode keeps its data in Postgres\n',
  );
  process.exit(2);
}
if (values.distributed) {
  await import('./distributed/distributed-main');
} else {
  await import('./embedded-main');
}
