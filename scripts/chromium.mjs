// The system Chromium, as every script of this project starts it (tests, bench, audit): never a downloaded
// browser. Runs as root in CI, on a machine without outside network access.
import { existsSync } from 'node:fs';

const PATHS = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
].filter(Boolean);

/** The first Chromium found (CHROME_PATH first), or undefined. */
export const chromiumPath = () => PATHS.find((p) => existsSync(p));

/** No sandbox (root), no GPU, and none of the background requests a closed network refuses. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
