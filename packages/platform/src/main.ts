// `npm start` runs the embedded platform; `npm start -- --distributed` runs every service as a process of its own.
// Each mode reads its own variables, so the mode is chosen before any is parsed.
if (process.argv.includes('--distributed')) {
  await import('./distributed/distributed-main');
} else {
  await import('./embedded-main');
}
