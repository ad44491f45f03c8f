// npm run audit: Lighthouse on the demo host pages (a Land ministry and a city site, each with all the widgets
// it embeds, and demo/host-all.html, which stacks all six widgets with their defaults: list, card, calendar,
// map, news, office card), built for production and served as a real site would serve them (gzip, cache
// headers), in the system Chromium with Lighthouse's default mobile settings (simulated slow 4G, 4× CPU
// slowdown).
// Budgets: accessibility 100, best practices ≥ 95, performance ≥ 95, cumulative layout shift ≤ 0.02, total
// blocking time ≤ 200 ms.
// Each page runs RUNS times and the run with the median performance score counts (Lighthouse's own advice
// for its run-to-run variance); CLS and TBT of every run are printed beside it. For the counted run it lists
// what to fix: the elements that shifted in any run (audit layout-shifts: the element most moved by each
// shift, with its score) and the counted run's main-thread tasks past 50 ms (audit long-tasks: script, start,
// duration). KGC_AUDIT_PAGES=demo/host-all.html audits one page (a comma list for more).
// Prints the scores as a table; exits 1 when a page misses a budget that gates (CI runs this): accessibility,
// best practices and CLS, on every page. Performance and TBT are printed as targets and do not gate yet
// (issue 12 is open for them): the medians now meet them in most runs (two clean-clone CI runs on the same
// code: host-all 97 / 65 ms and 91 / 310 ms), but single runs of host-all still reach 410-460 ms of blocking
// time: the widgets' first renders (lit building their DOM) and the layout of each stage's frame.
import { build } from 'vite';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { createServer } from 'node:http';
import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';
import { minifyLiterals } from './minify-literals.mjs';

const root = new URL('..', import.meta.url).pathname;
const site = join(root, '.audit/site');
const PAGES = process.env.KGC_AUDIT_PAGES?.split(',') ?? [
  'demo/host-land.html',
  'demo/host-city.html',
  'demo/host-all.html',
];
const RUNS = Number(process.env.KGC_AUDIT_RUNS ?? 5);
const BUDGETS = { accessibility: 1, 'best-practices': 0.95, performance: 0.95, cls: 0.02, tbt: 200 };
/** Budgets that do not gate yet (see above). */
const TARGETS = new Set(['performance', 'tbt']);

await build({
  configFile: join(root, 'vite.demo.config.ts'),
  root,
  logLevel: 'error',
  plugins: [minifyLiterals()],
  build: { outDir: site, emptyOutDir: true },
});
// Deployed as the CDN folder is: the feed beside the pages, the map's Kreise files beside the bundle.
cpSync(join(root, 'demo/data'), join(site, 'demo/data'), { recursive: true });
cpSync(join(root, 'src/widgets/partner-map/geo/kreise'), join(site, 'assets/geo/kreise'), { recursive: true });

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  const type = types[extname(file)] ?? 'application/octet-stream';
  // Hashed build assets may be cached for long; pages and the feed are revalidated.
  const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  let body = readFileSync(file);
  const headers = { 'Content-Type': type, 'Cache-Control': cache };
  if (/text|javascript|json|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body);
    headers['Content-Encoding'] = 'gzip';
  }
  res.writeHead(200, headers).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const chrome = await launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});

const rows = [];
let missed = 0;
try {
  for (const page of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await lighthouse(`${origin}/${page}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const { runtimeError } = run.lhr;
      if (runtimeError) throw new Error(`${page}: ${runtimeError.code} ${runtimeError.message}`);
      runs.push(run);
    }
    runs.sort((a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score);
    const result = runs[Math.floor(runs.length / 2)];
    const { categories, audits } = result.lhr;
    const all = runs.map((r) => Math.round(r.lhr.categories.performance.score * 100)).join(', ');
    rows.push([page, `performance of the ${RUNS} runs`, all, '', 'median counts']);
    writeFileSync(join(root, '.audit', page.replace(/\W+/g, '-') + '.json'), result.report);
    const score = (id) => categories[id].score;
    const cls = audits['cumulative-layout-shift'].numericValue;
    const checks = [
      ['accessibility', score('accessibility'), score('accessibility') >= BUDGETS.accessibility, '= 100'],
      ['best practices', score('best-practices'), score('best-practices') >= BUDGETS['best-practices'], '≥ 95'],
      ['performance', score('performance'), score('performance') >= BUDGETS.performance, '≥ 95'],
    ];
    const verdict = (ok, name) => (ok ? 'ok' : TARGETS.has(name) ? 'missed (target, not gating yet)' : 'MISSED');
    for (const [name, value, ok, budget] of checks) {
      rows.push([page, name, String(Math.round(value * 100)), budget, verdict(ok, name)]);
      if (!ok && !TARGETS.has(name)) missed++;
    }
    rows.push([page, 'CLS', cls.toFixed(3), '≤ 0.02', verdict(cls <= BUDGETS.cls, 'cls')]);
    if (cls > BUDGETS.cls) missed++;
    const tbt = audits['total-blocking-time'].numericValue;
    rows.push([page, 'TBT', `${Math.round(tbt)} ms`, '≤ 200 ms', verdict(tbt <= BUDGETS.tbt, 'tbt')]);
    const each = (id, show) => runs.map((r) => show(r.lhr.audits[id].numericValue)).join(', ');
    rows.push([
      page,
      `CLS, TBT of the ${RUNS} runs`,
      each('cumulative-layout-shift', (v) => v.toFixed(3)),
      each('total-blocking-time', (v) => `${Math.round(v)} ms`),
      '',
    ]);
    for (const metric of ['first-contentful-paint', 'largest-contentful-paint']) {
      rows.push([page, audits[metric].title, audits[metric].displayValue, '', '']);
    }
    // Shifts of every run (a page may shift in some runs only), largest first.
    const shifts = runs.flatMap((r, n) =>
      (r.lhr.audits['layout-shifts']?.details?.items ?? []).map((shift) => ({ run: n + 1, ...shift })),
    );
    for (const shift of shifts.sort((a, b) => b.score - a.score).slice(0, 10)) {
      const node = shift.node ?? {};
      const element = `${node.selector ?? '?'} ${(node.snippet ?? '').replace(/\s+/g, ' ').slice(0, 90)}`;
      const label = node.nodeLabel?.replace(/\s+/g, ' ').slice(0, 60) ?? '';
      rows.push([page, `  shifted element (run ${shift.run})`, shift.score.toFixed(3), element, label]);
    }
    for (const task of audits['long-tasks']?.details?.items ?? []) {
      const url = String(task.url).replace(origin, '');
      rows.push([page, '  long task', `${Math.round(task.duration)} ms`, `at ${Math.round(task.startTime)} ms`, url]);
    }
    // What keeps a category below 100: every scored audit that did not pass, with its title.
    for (const id of ['accessibility', 'best-practices', 'performance']) {
      for (const ref of categories[id].auditRefs) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          rows.push([
            page,
            `  ${id}: ${audit.id}`,
            String(Math.round(audit.score * 100)),
            '',
            audit.displayValue ?? '',
          ]);
        }
      }
    }
  }
} finally {
  await chrome.kill();
  server.close();
}

const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows)
  console.log(
    r
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  );
console.log(missed ? `audit: ${missed} budget(s) missed` : 'audit: all budgets met');
process.exit(missed ? 1 : 0);
