import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium: tests drive the browser the machine installs, never one a test tool downloads. */
export const chromiumPath = '/usr/bin/chromium';

/**
 * Headless Chromium for end-to-end tests of pages partners and the foundations open. Without background networking
 * the browser makes no calls of its own on a closed network.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`browser tests need Debian's Chromium at ${chromiumPath}: apt-get install chromium`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
