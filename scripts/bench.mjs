// npm run bench: figures for DESIGN.md's budgets, printed as a table (not part of npm test).
//  - min+gzip (gzip -9, 1 KB = 1000 bytes) of every CDN bundle; kgc-widgets.js without map geometry ≤ 45 KB;
//    Länder geometry ≤ 25 KB; the per-Land Kreise files separately.
//  - in one Chromium run on a production build: the large feed's fetch + parse + validate beside plain
//    JSON.parse of the same bytes, and each widget's rows from bench/<widget>.bench.ts.
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateLargeFeed } from './generate-large-feed.mjs';
import { minifyLiterals } from './minify-literals.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.bench');
mkdirSync(out, { recursive: true });
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => (n / 1000).toFixed(1);
const rows = [];

// --- sizes ---------------------------------------------------------------------------------------
if (!existsSync(join(root, 'dist/cdn/kgc-widgets.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const cdn = join(root, 'dist/cdn');
for (const file of readdirSync(cdn).filter((f) => f.endsWith('.js')).sort()) {
  const bytes = readFileSync(join(cdn, file));
  rows.push([`size: ${file}`, `${kb(gz(bytes))} KB`, `raw ${kb(bytes.length)} KB`, '']);
}
// The all-in-one bundle once more with the Länder geometry replaced by an empty module.
const geometryModule = /partner-map\/geo\/laender(\.ts)?$/;
await build({
  configFile: false,
  root,
  logLevel: 'error',
  plugins: [
    minifyLiterals(),
    {
      name: 'no-geometry',
      enforce: 'pre',
      async resolveId(source, importer) {
        const resolved = await this.resolve(source, importer, { skipSelf: true });
        return resolved && geometryModule.test(resolved.id.replace(/\?.*$/, '')) ? '\0empty-geometry' : null;
      },
      load: (id) => (id === '\0empty-geometry' ? 'export const laender = { type: "Topology", objects: {}, arcs: [] }; export const labelPoints = {};' : null),
    },
  ],
  build: {
    outDir: join(out, 'nogeo'),
    emptyOutDir: true,
    lib: { entry: 'src/cdn/kgc-widgets.ts', formats: ['es'], fileName: () => 'kgc-widgets.js' },
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
  },
});
const withoutGeo = gz(readFileSync(join(out, 'nogeo/kgc-widgets.js')));
rows.push(['size: kgc-widgets.js without map geometry', `${kb(withoutGeo)} KB`, 'budget 45 KB', withoutGeo <= 45000 ? 'ok' : 'OVER']);
const laender = join(root, 'src/widgets/partner-map/geo/laender.ts');
if (existsSync(laender)) {
  const g = gz(readFileSync(laender));
  rows.push(['size: Länder geometry (module source)', `${kb(g)} KB`, 'budget 25 KB', g <= 25000 ? 'ok' : 'OVER']);
}
const kreise = join(root, 'src/widgets/partner-map/geo/kreise');
if (existsSync(kreise)) {
  const sizes = readdirSync(kreise).map((f) => gz(readFileSync(join(kreise, f))));
  rows.push(['size: Kreise, per Land (fetched on focus)', `max ${kb(Math.max(...sizes))} KB`, `all ${kb(sizes.reduce((a, b) => a + b, 0))} KB`, '']);
}

// --- run time ------------------------------------------------------------------------------------
const feedFile = join(out, 'large-feed.json');
writeFileSync(feedFile, JSON.stringify(generateLargeFeed(1)));
await build({ configFile: false, root: join(root, 'bench'), logLevel: 'error', base: './', build: { outDir: join(out, 'page'), emptyOutDir: true } });

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = path === '/large-feed.json' ? feedFile : join(out, 'page', path === '/' ? 'index.html' : path);
  if (!file.startsWith(out) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const chromiumVersion = browser.version();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.kgcBench);
  const fmt = (r) => [r.name, `${r.value.toFixed(2)} ${r.unit}`, r.baseline === undefined ? '' : `baseline ${r.baseline.toFixed(2)} ${r.unit}`, r.baseline ? `×${(r.value / r.baseline).toFixed(2)}` : ''];
  for (const r of await page.evaluate((u) => window.kgcBench.feedParse(u), `${origin}/large-feed.json`)) rows.push(fmt(r));
  for (const name of await page.evaluate(() => window.kgcBench.names)) {
    const widgetPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await widgetPage.goto(`${origin}/`);
    await widgetPage.waitForFunction(() => window.kgcBench);
    try {
      for (const r of await widgetPage.evaluate(([n, u]) => window.kgcBench.run(n, u), [name, `${origin}/large-feed.json`])) rows.push(fmt(r));
    } catch (error) {
      rows.push([`${name}: failed`, String(error.message ?? error).split('\n')[0], '', '']);
    }
    await widgetPage.close();
  }
} finally {
  await browser.close();
  server.close();
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => String(r[i]).length)));
console.log(`\nkgc-widgets benchmark (Chromium ${chromiumVersion}, ${new Date().toISOString().slice(0, 10)})`);
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd());
