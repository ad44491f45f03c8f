// npm run bench: figures for DESIGN.md's budgets, printed as a table (not part of npm test).
//  - min+gzip (gzip -9, 1 KB = 1000 bytes) of every CDN bundle; kgc-widgets.js without map geometry ≤ 45 KB;
//    Länder geometry ≤ 25 KB; the per-Land Kreise files separately.
//  - in one Chromium run on a production build: the large feed's fetch + parse + validate beside plain
//    JSON.parse of the same bytes, and each widget's rows from bench/<widget>.bench.ts.
//  - heap growth: each widget added and removed 200 times after its feed loaded (with interaction) and
//    200 times while it loads (bench/heap.ts); the JS heap after forced garbage collection (CDP
//    HeapProfiler.collectGarbage, Runtime.getHeapUsage) before and after, beside what one live widget holds.
//  - at real scale (scripts/bench-scale.mjs): bytes over the wire and time to first render of a Land page and
//    a national project list on the realistic feed, single and split; each widget's first render from
//    inserting it beside a plain fetch + JSON.parse + DOM baseline (desktop and phone); the longest task of
//    the split Land page at 4× CPU beside the bundle's evaluation.
// `npm run bench -- --scale-only` runs the sizes and the scale section only.
// The CDN bundles are rebuilt when a file under src/ is newer than dist/cdn/kgc-widgets.js.
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { scaleRows } from './bench-scale.mjs';
import { execFileSync } from 'node:child_process';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateLargeFeed } from './generate-large-feed.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';
import { buildCdnBundle, compileHints } from './cdn-bundle.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.bench');
mkdirSync(out, { recursive: true });
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => (n / 1000).toFixed(1);
const rows = [];

// --- sizes ---------------------------------------------------------------------------------------
const scaleOnly = process.argv.includes('--scale-only');
const bundle = join(root, 'dist/cdn/kgc-widgets.js');
const newest = (dir) =>
  Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );
if (!existsSync(bundle) || statSync(bundle).mtimeMs < newest(join(root, 'src')))
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const cdn = join(root, 'dist/cdn');
for (const file of readdirSync(cdn)
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  const bytes = readFileSync(join(cdn, file));
  rows.push([`size: ${file}`, `${kb(gz(bytes))} KB`, `raw ${kb(bytes.length)} KB`, '']);
}
// The all-in-one bundle once more with the Länder geometry replaced by an empty module.
const geometryModule = /partner-map\/geo\/laender(\.ts)?$/;
await buildCdnBundle('kgc-widgets.ts', join(out, 'nogeo'), {
  plugins: [
    {
      name: 'no-geometry',
      enforce: 'pre',
      async resolveId(source, importer) {
        const resolved = await this.resolve(source, importer, { skipSelf: true });
        return resolved && geometryModule.test(resolved.id.replace(/\?.*$/, '')) ? '\0empty-geometry' : null;
      },
      load: (id) =>
        id === '\0empty-geometry'
          ? 'export const laender = { type: "Topology", objects: {}, arcs: [] }; export const labelPoints = {};'
          : null,
    },
  ],
});
const withoutGeo = gz(readFileSync(join(out, 'nogeo/kgc-widgets.js')));
rows.push([
  'size: kgc-widgets.js without map geometry',
  `${kb(withoutGeo)} KB`,
  'budget 45 KB',
  withoutGeo <= 45000 ? 'ok' : 'OVER',
]);
const laender = join(root, 'src/widgets/partner-map/geo/laender.ts');
if (existsSync(laender)) {
  const g = gz(readFileSync(laender));
  rows.push(['size: Länder geometry (module source)', `${kb(g)} KB`, 'budget 25 KB', g <= 25000 ? 'ok' : 'OVER']);
}
const kreise = join(root, 'src/widgets/partner-map/geo/kreise');
if (existsSync(kreise)) {
  const sizes = readdirSync(kreise).map((f) => gz(readFileSync(join(kreise, f))));
  rows.push([
    'size: Kreise, per Land (fetched on focus)',
    `max ${kb(Math.max(...sizes))} KB`,
    `all ${kb(sizes.reduce((a, b) => a + b, 0))} KB`,
    '',
  ]);
}

// --- run time ------------------------------------------------------------------------------------
const feedFile = join(out, 'large-feed.json');
writeFileSync(feedFile, JSON.stringify(generateLargeFeed(1)));
await build({
  configFile: false,
  root: join(root, 'bench'),
  logLevel: 'error',
  base: './',
  plugins: [compileHints], // as in the CDN bundles that sites load
  build: { outDir: join(out, 'page'), emptyOutDir: true },
});

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const kreiseDir = join(root, 'src/widgets/partner-map/geo/kreise');
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/never.json') return; // a feed that never answers (the heap section's "while loading")
  const kreiseFile = /\/geo\/kreise\/(DE-[A-Z]{2}\.json)$/.exec(path)?.[1];
  const file =
    path === '/large-feed.json'
      ? feedFile
      : path === '/demo-feed.json'
        ? join(root, 'demo/data/feed.json')
        : kreiseFile
          ? join(kreiseDir, kreiseFile)
          : join(out, 'page', path === '/' ? 'index.html' : path);
  if (!(file.startsWith(out) || file.startsWith(root)) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
  });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: CHROMIUM_FLAGS,
});
const chromiumVersion = browser.version();
try {
  if (!scaleOnly) await widgetRows();
  rows.push(...(await scaleRows({ browser, root, out })));
} finally {
  await browser.close();
  server.close();
}

/** The widgets' rows from bench/*.bench.ts and the heap section, on the stress feed. */
async function widgetRows() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.kgcBench);
  const fmt = (r) => [
    r.name,
    `${r.value.toFixed(2)} ${r.unit}`,
    r.baseline === undefined ? '' : `baseline ${r.baseline.toFixed(2)} ${r.unit}`,
    r.baseline ? `×${(r.value / r.baseline).toFixed(2)}` : '',
  ];
  for (const r of await page.evaluate((u) => window.kgcBench.feedParse(u), `${origin}/large-feed.json`))
    rows.push(fmt(r));
  for (const name of await page.evaluate(() => window.kgcBench.names)) {
    const widgetPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await widgetPage.goto(`${origin}/`);
    await widgetPage.waitForFunction(() => window.kgcBench);
    try {
      for (const r of await widgetPage.evaluate(
        ([n, u]) => window.kgcBench.run(n, u),
        [name, `${origin}/large-feed.json`],
      ))
        rows.push(fmt(r));
    } catch (error) {
      rows.push([`${name}: failed`, String(error.message ?? error).split('\n')[0], '', '']);
    }
    await widgetPage.close();
  }

  // --- heap growth ---------------------------------------------------------------------------------
  // After a warm-up of as many cycles (code compiled and optimised, caches such as the Kreise filled: the
  // first 200 maps grow the heap by about 1 MB that the next 200 do not), 200 cycles must not grow the
  // heap by more than HEAP_BOUND after garbage collection: 5 KB a cycle, a small fraction of what one live
  // widget holds (printed beside it), so a widget kept per cycle, its shadow DOM or feed view, exceeds it;
  // nor may they leave DOM nodes or event listeners behind (CDP Memory.getDOMCounters, after GC).
  const CYCLES = 200;
  const HEAP_BOUND = 1_000_000;
  const heapCases = await page.evaluate(async () => Object.keys((await window.kgcBench.heap()).cases));
  for (const name of heapCases) {
    const heapPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    heapPage.on('pageerror', (e) => console.error(`page error (${name}):`, e.message));
    await heapPage.goto(`${origin}/`);
    await heapPage.waitForFunction(() => window.kgcBench);
    const cdp = await heapPage.context().newCDPSession(heapPage);
    const heap = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      return { used: (await cdp.send('Runtime.getHeapUsage')).usedSize, nodes, listeners: jsEventListeners };
    };
    const cycles = (mode, n, keep = false) =>
      heapPage.evaluate(
        async ([args]) => (await window.kgcBench.heap()).run(...args),
        [[name, n, `${origin}/${mode === 'loaded' ? 'demo-feed' : 'never'}.json`, mode, keep]],
      );
    try {
      await cycles('loaded', CYCLES);
      await cycles('loading', 20);
      const start = await heap();
      await cycles('loaded', CYCLES);
      const afterLoaded = await heap();
      await cycles('loading', CYCLES);
      const afterLoading = await heap();
      await cycles('loaded', 20, true);
      const live = ((await heap()).used - afterLoading.used) / 20;
      await heapPage.evaluate(async () => (await window.kgcBench.heap()).clear());
      const sign = (n) => (n >= 0 ? '+' : '');
      const row = (label, from, to) => {
        const growth = to.used - from.used;
        const nodes = to.nodes - from.nodes;
        const listeners = to.listeners - from.listeners;
        return [
          `heap: ${name}, ${CYCLES}× added and removed ${label}`,
          `${sign(growth)}${kb(growth)} KB after GC (${(growth / CYCLES / 1000).toFixed(2)} KB/cycle), ` +
            `DOM nodes ${sign(nodes)}${nodes}, listeners ${sign(listeners)}${listeners}`,
          `bound ${kb(HEAP_BOUND)} KB, no nodes; one live widget ${kb(live)} KB`,
          growth <= HEAP_BOUND && nodes <= 0 && listeners <= 0 ? 'ok' : 'OVER',
        ];
      };
      rows.push(row('after load', start, afterLoaded), row('while loading', afterLoaded, afterLoading));
    } catch (error) {
      rows.push([`heap: ${name}: failed`, String(error.message ?? error).split('\n')[0], '', '']);
    }
    await heapPage.close();
  }
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => String(r[i]).length)));
console.log(`\nkgc-widgets benchmark (Chromium ${chromiumVersion}, ${new Date().toISOString().slice(0, 10)})`);
for (const r of rows)
  console.log(
    r
      .map((c, i) => String(c).padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  );
