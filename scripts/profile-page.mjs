// Where page (a)'s long tasks come from, and whether a change shortens them (issue 12). Runs a page of the bench's
// scale section (npm run bench -- --scale-only writes them, with their data, to .bench/scale) on the phone profile
// of the bench (4× CPU, slow 4G), traced, and prints per run the longest task after the bundle's evaluation and
// every task past 50 ms; then the median per build.
//
//   node scripts/profile-page.mjs [--runs 5] [--page a-split] [--what] [--profile MS] [ROOT[,ROOT…]]
//   node scripts/profile-page.mjs --build /tmp/b          # builds kgc-widgets.js of the current src into /tmp/b/cdn
//
// ROOT is a folder with cdn/kgc-widgets.js (default: dist). Several roots run interleaved, run by run, so that the
// machine's drift over time falls on each alike: build the old code into one and the new into another to compare
// them (timings on a shared machine vary by half between batches; compare only within one). `--what` lists what
// ran in each long task; `--profile MS` also takes a CPU profile and prints the call tree of each long task that
// ran script, down to calls of MS ms (an unminified build, `--build DIR --no-minify`, gives readable names).
import { chromium } from 'playwright-core';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';
import { buildCdnBundle } from './cdn-bundle.mjs';
import { PHONE_NETWORK, PROFILES, TRACE_CATEGORIES, median, readTrace, staticServer } from './bench-scale.mjs';

const root = new URL('..', import.meta.url).pathname;
const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '5' },
    page: { type: 'string', default: 'a-split' },
    what: { type: 'boolean', default: false },
    profile: { type: 'string' },
    build: { type: 'string' },
    'no-minify': { type: 'boolean', default: false },
  },
});

if (options.build) {
  const cdn = join(options.build, 'cdn');
  mkdirSync(cdn, { recursive: true });
  await buildCdnBundle('kgc-widgets.ts', cdn, { minify: !options['no-minify'] });
  cpSync(join(root, 'src/widgets/partner-map/geo/kreise'), join(cdn, 'geo/kreise'), { recursive: true });
  console.log(`built ${join(cdn, 'kgc-widgets.js')}`);
  process.exit(0);
}

const scale = join(root, '.bench/scale');
const pageFile = join(scale, 'pages', `${options.page}.html`);
if (!existsSync(pageFile)) {
  console.error(`${pageFile} is missing: run npm run bench -- --scale-only once first.`);
  process.exit(1);
}
const roots = (positionals[0] ?? join(root, 'dist')).split(',');

// The bench's static server; /cdn/ from the root under test.
let current = roots[0];
const { server, origin } = await staticServer((path) =>
  path.startsWith('/cdn/') ? join(current, path) : join(scale, path),
);
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });

/** The call tree of the samples between `from` and `to` (trace µs), down to calls of `min` ms. */
function callTree(profile, from, to, min) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const tree = new Map();
  let ts = profile.startTime;
  profile.samples.forEach((id, i) => {
    ts += profile.timeDeltas[i];
    if (ts < from || ts > to) return;
    const stack = [];
    for (let node = id; node !== undefined; node = parent.get(node)) stack.unshift(byId.get(node));
    let level = tree;
    for (const { callFrame: f } of stack.slice(1)) {
      const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
      if (!level.has(key)) level.set(key, { us: 0, calls: new Map() });
      const entry = level.get(key);
      entry.us += profile.timeDeltas[i + 1] ?? 0;
      level = entry.calls;
    }
  });
  const lines = [];
  const walk = (level, depth) => {
    for (const [key, { us, calls }] of [...level].sort((a, b) => b[1].us - a[1].us)) {
      if (us < min * 1000) continue;
      lines.push(`${'  '.repeat(depth)}${(us / 1000).toFixed(1)} ${key}`);
      walk(calls, depth + 1);
    }
  };
  walk(tree, 0);
  return lines;
}

const results = new Map(roots.map((r) => [r, []]));
try {
  for (let run = 0; run < Number(options.runs); run++) {
    for (const dir of roots) {
      current = dir;
      const context = await browser.newContext(PROFILES.phone);
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', PHONE_NETWORK);
        if (options.profile) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
          await cdp.send('Profiler.start');
        }
        await browser.startTracing(page, { categories: TRACE_CATEGORIES });
        // The page's probe says so on the console two frames after every widget loaded (bench-scale.mjs).
        const done = page.waitForEvent('console', { predicate: (m) => m.text() === 'kgc-done', timeout: 120000 });
        await page.goto(`${origin}/pages/${options.page}.html`);
        await done;
        const doneAt = await page.evaluate(() => window.kgcDone);
        await page.waitForTimeout(1000);
        const profile = options.profile ? (await cdp.send('Profiler.stop')).profile : undefined;
        const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
        const read = readTrace(trace.traceEvents ?? trace);
        results.get(dir).push({ longest: read.longest, done: doneAt });
        const long = read.long.map((t) => `${Math.round(t.ms)}@${Math.round(t.at)}`).join(' ');
        console.log(
          `${dir} run ${run}: longest ${Math.round(read.longest)} ms, done at ${Math.round(doneAt)} ms, ` +
            `bundle evaluation ${Math.round(read.evaluation)} ms; past 50 ms (ms@ms): ${long || 'none'}`,
        );
        for (const task of read.long) {
          if (options.what) console.log(`  ${Math.round(task.ms)} ms: ${task.what}`);
          if (!profile || !/FunctionCall|RunMicrotasks|TimerFire/.test(task.what)) continue;
          const from = read.navigation + task.at * 1000;
          for (const line of callTree(profile, from, from + task.ms * 1000, Number(options.profile)))
            console.log(`    ${line}`);
        }
      } finally {
        await context.close();
      }
    }
  }
  for (const [dir, runs] of results) {
    console.log(
      `${dir}: median longest task ${median(runs.map((r) => r.longest)).toFixed(1)} ms, ` +
        `median done ${Math.round(median(runs.map((r) => r.done)))} ms (${runs.length} runs)`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
