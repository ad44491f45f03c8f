// Tests run in the system's browsers (never a downloaded one): Chromium, Firefox ESR and WebKit (MiniBrowser
// through WebKitWebDriver). KGC_BROWSERS picks them (comma list, e.g. "chromium" or "webkit"); unset means
// Chromium + Firefox (npm test runs WebKit in a second pass, one file at a time, as WebKitWebDriver drives
// one window). Language and time zone are pinned: lang de, Europe/Berlin.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS as HEADLESS_FLAGS, chromiumPath as findChromium } from './scripts/chromium.mjs';
import { MINIBROWSER, startWebKitServices, webkitAvailable } from './scripts/webkit-services.mjs';
import { browserTestFiles, newYorkTestFiles } from './scripts/test-files.mjs';
import { chordPlugin } from './test/helpers/keys-plugin.mjs';
import { forcedColorsPlugin } from './test/helpers/forced-colors-plugin.mjs';
import { testServer } from './test/helpers/test-server.mjs';

const FIREFOX_PATHS = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error('No Chromium found: install one (apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}
const firefoxPath = FIREFOX_PATHS.find((p) => existsSync(p));
const wanted = (process.env.KGC_BROWSERS ?? 'chromium,firefox').split(',').map((b) => b.trim());
const useFirefox = wanted.includes('firefox') && Boolean(firefoxPath);
const useWebKit = wanted.includes('webkit');
if (wanted.includes('firefox') && !firefoxPath) {
  if (process.env.CI) {
    console.error('CI: Firefox ESR is required (apt-get install -y firefox-esr).');
    process.exit(1);
  }
  console.warn('Firefox not found (apt-get install -y firefox-esr): running the tests without it.');
}
if (useWebKit && !webkitAvailable()) {
  console.error('WebKit needs webkit2gtk-driver and xvfb: apt-get install -y webkit2gtk-driver xvfb');
  process.exit(1);
}

const CHROMIUM_FLAGS = [...HEADLESS_FLAGS, '--lang=de-DE'];

/** A Chromium whose clock runs in `timeZone` (the visitor's zone; widgets must still show Berlin dates). */
const chromium = (timeZone) =>
  chromeLauncher({
    launchOptions: {
      executablePath: chromiumPath,
      headless: true,
      args: CHROMIUM_FLAGS,
      env: { ...process.env, TZ: timeZone, LANG: 'de_DE.UTF-8' },
    },
  });

const firefox = () =>
  chromeLauncher({
    puppeteer, // puppeteer-core drives Firefox over WebDriver BiDi: no driver, no download
    launchOptions: {
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      env: { ...process.env, TZ: 'Europe/Berlin', LANG: 'de_DE.UTF-8' },
      extraPrefsFirefox: { 'intl.accept_languages': 'de-DE, de', 'intl.locale.requested': 'de-DE' },
    },
  });

/** MiniBrowser (WebKitGTK), through a WebKitWebDriver and Xvfb of this run's own. */
async function webkit() {
  const { port } = await startWebKitServices();
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true, // WebKitWebDriver speaks no WebDriver BiDi
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });
}

// Prints one plain "N passed, N failed" line as the very last output line
// (web-test-runner's own summary is a progress bar), after one "wtr: failed: …" line per failed test (browser,
// file, test, the error's first line), so that a log's tail names what failed. A test file that fails to load
// counts as failed.
function plainSummaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const failures = [];
  const firstLine = (text) => String(text ?? '').split('\n')[0].slice(0, 300);
  const walk = (suite, session, path) => {
    for (const t of suite.tests) {
      if (t.skipped) skipped++;
      else if (t.passed) passed++;
      else {
        failed++;
        const where = `${session.browser.name} ${relative(process.cwd(), session.testFile)}`;
        failures.push(`${where} › ${[...path, t.name].join(' › ')}: ${firstLine(t.error?.message)}`);
      }
    }
    for (const s of suite.suites) walk(s, session, [...path, s.name]);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults, s, []);
        if (!s.passed && !s.testResults?.tests.length && !s.testResults?.suites.length) {
          failed++;
          const error = s.errors?.[0]?.message ?? 'the file did not run';
          failures.push(`${s.browser.name} ${relative(process.cwd(), s.testFile)}: ${firstLine(error)}`);
        }
      }
    },
    start() {
      process.once('exit', () => {
        for (const line of failures) console.log(`wtr: failed: ${line}`);
        console.log(`wtr: ${passed} passed, ${failed} failed, ${skipped} skipped`);
      });
    },
  };
}

const browsers = [
  ...(wanted.includes('chromium') ? [chromium('Europe/Berlin')] : []),
  ...(useFirefox ? [firefox()] : []),
  ...(useWebKit ? [await webkit()] : []),
];
if (!browsers.length) {
  console.error(`KGC_BROWSERS=${process.env.KGC_BROWSERS}: none of chromium, firefox, webkit`);
  process.exit(1);
}

// Test files that run with the visitor's clock in New York (named *.tz-ny.test.ts). The group is left
// out when there are none, or when files are named on the command line (a focused run).
const newYorkFiles = newYorkTestFiles();
const focusedRun = process.argv.slice(2).some((arg) => !arg.startsWith('-') && /\.ts$|\*/.test(arg));
const groups =
  newYorkFiles.length && !focusedRun && wanted.includes('chromium')
    ? [{ name: 'tz-new-york', files: newYorkFiles, browsers: [chromium('America/New_York')] }]
    : [];

export default {
  // test/node and test/wordpress run in Node (scripts/test.mjs), not in a browser.
  files: browserTestFiles(),
  nodeResolve: true,
  rootDir: '.',
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 30 * 60 * 1000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' }), chordPlugin(), forcedColorsPlugin()],
  middleware: [testServer()],
  browsers,
  groups,
  // WebKitWebDriver drives one window: its files run one after another, in that window rather than in iframes.
  ...(useWebKit ? { concurrency: 1 } : {}),
  reporters: [defaultReporter(), plainSummaryReporter()],
};
