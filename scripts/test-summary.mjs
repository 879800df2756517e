#!/usr/bin/env node
// Adds up the JSON reports that every package's vitest run leaves in its .cache/ and prints one closing line for the
// whole run. With --reset it removes old reports first, so that a package that did not run is not counted.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const packageDirs = [
  'gateway',
  'infra',
  ...['packages', 'services', 'tooling'].flatMap((parent) =>
    existsSync(join(root, parent)) ? readdirSync(join(root, parent)).map((name) => join(parent, name)) : [],
  ),
];
const reports = packageDirs.map((dir) => join(root, dir, '.cache', 'vitest-report.json'));

if (process.argv.includes('--reset')) {
  for (const report of reports) rmSync(report, { force: true });
} else {
  const total = { passed: 0, failed: 0, skipped: 0, failedFiles: 0 };
  for (const report of reports.filter((file) => existsSync(file))) {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    total.passed += result.numPassedTests;
    total.failed += result.numFailedTests;
    total.skipped += result.numPendingTests + result.numTodoTests;
    total.failedFiles += result.testResults.filter((file) => file.status === 'failed').length;
  }
  // A file whose set-up fails fails no test of its own (they count as skipped), so failed files are told apart.
  const files = total.failedFiles > 0 ? `, ${total.failedFiles} failed test files` : '';
  process.stdout.write(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped${files}\n`);
}
