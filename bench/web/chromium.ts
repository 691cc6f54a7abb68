// Headless Chromium for the bench: Debian's /usr/bin/chromium driven by playwright-core (Playwright's own
// browser downloads do not work offline). The flags are the tests' (test/support/browser.ts), which
// benchmarks do not import: as root, no GPU, and no background calls to Google's hosts.
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, chromiumSandbox: false, args: ARGS });
}
