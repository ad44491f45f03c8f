// npm test: the Node tests (CLI, JSON Schema, geometry) and the browser tests (web-test-runner), then one
// plain "N passed, N failed, N skipped" line over both as the very last line. Arguments go to web-test-runner.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';

function run(cmd, args, parse) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk).slice(-4000);
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

// Node 20's runner does not pick up .ts files from a folder by itself: name them.
const nodeTests = readdirSync('test/node').filter((f) => f.endsWith('.test.ts')).map((f) => `test/node/${f}`);
const node = focused
  ? { code: 0, passed: 0, failed: 0, skipped: 0 }
  : await run('node', ['--import', 'tsx', '--test', '--test-reporter=tap', ...nodeTests], (t) => ({
      passed: count(t, /# pass (\d+)/),
      failed: count(t, /# fail (\d+)/),
      skipped: count(t, /# skipped (\d+)/),
    }));
const browser = await run('npx', ['web-test-runner', ...wtrArgs], (t) => {
  const m = t.match(/wtr: (\d+) passed, (\d+) failed, (\d+) skipped/);
  return m ? { passed: +m[1], failed: +m[2], skipped: +m[3] } : { passed: 0, failed: 1, skipped: 0 };
});

const passed = node.passed + browser.passed;
const failed = node.failed + browser.failed + (node.code && !node.failed ? 1 : 0) + (browser.code && !browser.failed ? 1 : 0);
const skipped = node.skipped + browser.skipped;
console.log(`node: ${node.passed} passed, ${node.failed} failed; browsers: ${browser.passed} passed, ${browser.failed} failed`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
