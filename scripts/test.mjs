// npm test: the Node tests (CLI, JSON Schema, geometry), the WordPress plugin test and the browser tests
// (web-test-runner: Chromium and Firefox in one pass, WebKit in a second), then a "failed: …" line per failed test
// (so that a log's tail names them) and one plain "N passed, N failed, N skipped" line over all as the very last
// line. Arguments go to web-test-runner. KGC_BROWSERS narrows the browsers (see its config).
import { spawn } from 'node:child_process';
import { browserTestFiles, nodeTestFiles } from './test-files.mjs';
import { webkitAvailable } from './webkit-services.mjs';

/** What failed, a line each ("wtr: failed: …" of the browser runs, TAP's "not ok" of the Node runs), for the end. */
const failures = [];
const FAILURE = /^(?:wtr: failed: (.*)|\s*not ok \d+ - (.*))$/;

function run(cmd, args, parse, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let tail = '';
    let line = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk).slice(-4000);
      const lines = (line + chunk).split('\n');
      line = lines.pop();
      for (const l of lines) {
        const m = l.match(FAILURE);
        if (m) failures.push(m[1] ?? `node: ${m[2]}`);
      }
    });
    child.on('close', (code) => resolve({ code, ...parse(tail) }));
  });
}

const count = (text, re) => Number(text.match(re)?.[1] ?? 0);
const wtrArgs = process.argv.slice(2);
const focused = wtrArgs.some((a) => !a.startsWith('-'));

// Some browser tests load the built bundles (dist/cdn, dist/embed.html): build first, unless the caller
// just did (CI) or runs only some files.
if (!focused && !process.env.KGC_SKIP_BUILD) {
  const build = await run('npm', ['run', 'build'], () => ({}));
  if (build.code) {
    console.log('0 passed, 1 failed, 0 skipped');
    process.exit(1);
  }
}

const nodeTests = nodeTestFiles();
const tap = (t) => ({
  passed: count(t, /# pass (\d+)/),
  failed: count(t, /# fail (\d+)/),
  skipped: count(t, /# skipped (\d+)/),
});
const none = { code: 0, passed: 0, failed: 0, skipped: 0 };
const node = focused
  ? none
  : await run('node', ['--import', 'tsx', '--test', '--test-reporter=tap', ...nodeTests], tap);
// The WordPress plugin in a real WordPress (PHP's built-in server, Debian's WordPress files): its own pass.
const wordpress = focused
  ? none
  : await run('node', ['--import', 'tsx', '--test', '--test-reporter=tap', 'test/wordpress/wordpress.test.ts'], tap);
const wtr = (browsers, files = []) =>
  run(
    'npx',
    ['web-test-runner', ...files, ...wtrArgs],
    (t) => {
      const m = t.match(/wtr: (\d+) passed, (\d+) failed, (\d+) skipped/);
      return m ? { passed: +m[1], failed: +m[2], skipped: +m[3] } : { passed: 0, failed: 1, skipped: 0, lost: true };
    },
    { KGC_BROWSERS: browsers },
  );

let passes = [process.env.KGC_BROWSERS ?? 'chromium,firefox'];
if (!process.env.KGC_BROWSERS) {
  if (webkitAvailable()) passes.push('webkit');
  else if (process.env.CI) {
    console.error('CI: WebKit is required (apt-get install -y webkit2gtk-driver xvfb).');
    passes = [...passes, 'webkit'];
  } else console.warn('WebKit not found (apt-get install -y webkit2gtk-driver xvfb): running the tests without it.');
}
/** The browser test files (those web-test-runner.config.mjs runs), in CHUNKS runs of about equal size. */
const CHUNKS = 7;
function chunks() {
  const files = browserTestFiles();
  const size = Math.ceil(files.length / CHUNKS);
  return Array.from({ length: Math.ceil(files.length / size) }, (_, i) => files.slice(i * size, (i + 1) * size));
}

/**
 * The WebKit pass. MiniBrowser or its driver sometimes goes away mid-run: the run then ends without any result
 * (in about one full run in ten; once in CI both the pass and its repetition did, after 25 of 49 files). So the
 * files run in chunks, each with a browser of its own, and a chunk that ends without a result runs once more,
 * saying so; failed tests are never retried.
 */
async function webkitPass() {
  const total = { code: 0, passed: 0, failed: 0, skipped: 0 };
  for (const files of focused ? [[]] : chunks()) {
    let result = await wtr('webkit', files);
    if (result.lost) {
      console.log(
        `webkit: the run of ${files.join(' ') || 'the files'} ended without a result (browser or driver gone); running it once more`,
      );
      result = await wtr('webkit', files);
    }
    for (const key of ['passed', 'failed', 'skipped']) total[key] += result[key];
    total.code ||= result.code;
  }
  return total;
}

const browsers = [];
for (const pass of passes) browsers.push({ pass, ...(await (pass === 'webkit' ? webkitPass() : wtr(pass))) });

const sum = (key) => node[key] + wordpress[key] + browsers.reduce((n, b) => n + b[key], 0);
const crashed = (r) => (r.code && !r.failed ? 1 : 0);
const passed = sum('passed');
const failed = sum('failed') + crashed(node) + crashed(wordpress) + browsers.reduce((n, b) => n + crashed(b), 0);
const skipped = sum('skipped');
const perPass = browsers.map((b) => `${b.pass}: ${b.passed} passed, ${b.failed} failed`).join('; ');
console.log(
  `node: ${node.passed} passed, ${node.failed} failed; wordpress: ${wordpress.passed} passed, ${wordpress.failed} failed, ${wordpress.skipped} skipped; ${perPass}`,
);
for (const f of failures) console.log(`failed: ${f}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
