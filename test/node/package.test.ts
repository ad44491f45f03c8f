// The npm package as a consumer gets it: `npm pack`, install the tarball into a scratch Vite project,
// type-check against the exports, build it, and render a widget from the built page in Chromium (the
// partner map's Kreise must come along as assets the app's bundler emitted: nothing else copies them); and the
// `kgc-feed` CLI as publishers run it there, through `npx` and the `node_modules/.bin` symlink.
// Needs the build (npm test runs it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/chromium.mjs';

const root = new URL('../..', import.meta.url).pathname;
const sh = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_loglevel: 'error' },
  });

test('npm pack → install → tsc + vite build → the widget renders', { timeout: 300_000 }, async () => {
  assert.ok(existsSync(join(root, 'dist/index.js')), 'run npm run build first');
  const scratch = mkdtempSync(join(tmpdir(), 'kgc-consumer-'));
  const tarball = sh('npm', ['pack', '--silent', '--pack-destination', scratch], root).trim().split('\n').pop()!;
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const vite = JSON.parse(readFileSync(join(root, 'node_modules/vite/package.json'), 'utf8')).version;
  const ts = JSON.parse(readFileSync(join(root, 'node_modules/typescript/package.json'), 'utf8')).version;
  sh(
    'npm',
    ['install', '--no-audit', '--no-fund', join(scratch, tarball), `vite@${vite}`, `typescript@${ts}`],
    scratch,
  );

  writeFileSync(
    join(scratch, 'index.html'),
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Consumer</title></head><body><kgc-news-list src="./feed.json" limit="3"></kgc-news-list><kgc-partner-map src="./feed.json" land="ST"></kgc-partner-map><script type="module" src="./main.ts"></script></body></html>',
  );
  writeFileSync(
    join(scratch, 'main.ts'),
    [
      "import 'kgc-widgets/news-list';",
      "import 'kgc-widgets/partner-map';",
      "import { loadFeed, type NewsItem } from 'kgc-widgets';",
      "const list = document.querySelector('kgc-news-list')!;",
      'const limit: number = list.limit;',
      "list.addEventListener('kgc-load', (e) => document.body.setAttribute('data-count', String(e.detail.count + limit * 0)));",
      "export const first = async (): Promise<NewsItem | undefined> => (await loadFeed('./feed.json')).feed.news[0];",
    ].join('\n'),
  );
  writeFileSync(
    join(scratch, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      },
      include: ['main.ts'],
    }),
  );
  sh('npx', ['tsc', '-p', 'tsconfig.json'], scratch);
  sh('npx', ['vite', 'build', '--logLevel', 'error'], scratch);
  cpSync(join(root, 'demo/data/feed.json'), join(scratch, 'dist/feed.json'));
  // Vite emitted each Land's Kreise as an asset (content-hashed name), from the package's geo/kreise/ files;
  // files under its inline limit (4 KB: Berlin, Hamburg) went into the bundle as data: URLs instead.
  const source = join(root, 'dist/widgets/partner-map/geo/kreise');
  const large = readdirSync(source)
    .filter((f) => statSync(join(source, f)).size >= 4096)
    .map((f) => f.slice(0, 5))
    .sort();
  const assets = readdirSync(join(scratch, 'dist/assets'));
  const emitted = assets.filter((f) => /^DE-[A-Z]{2}-[\w-]+\.json$/.test(f)).map((f) => f.slice(0, 5));
  assert.ok(large.includes('DE-ST') && large.length >= 12, large.join(' '));
  assert.deepEqual(emitted.sort(), large, assets.join(' '));

  const out = join(scratch, 'dist');
  const server = createServer((req, res) => {
    const path = join(out, new URL(req.url!, 'http://x').pathname.replace(/\/$/, '/index.html'));
    if (!path.startsWith(out) || !existsSync(path)) return void res.writeHead(404).end();
    res.writeHead(200, {
      'Content-Type':
        { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' }[extname(path)] ??
        'application/octet-stream',
    });
    res.end(readFileSync(path));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const requested: string[] = [];
    page.on('response', (r) => requested.push(`${r.status()} ${new URL(r.url()).pathname}`));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForSelector('body[data-count]');
    const items = await page.locator('kgc-news-list article').count();
    assert.equal(items, 3);
    // The map focused on Sachsen-Anhalt draws its Kreise from the emitted asset.
    await page.waitForFunction(
      () => (document.querySelector('kgc-partner-map')?.shadowRoot?.querySelectorAll('path.kreis').length ?? 0) > 5,
      undefined,
      { timeout: 20000 },
    );
    assert.ok(
      requested.some((r) => /^200 \/assets\/DE-ST-[\w-]+\.json$/.test(r)),
      requested.join('\n'),
    );
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('npm pack → install → npx kgc-feed runs through the bin symlink', { timeout: 300_000 }, () => {
  assert.ok(existsSync(join(root, 'dist/cli/bin.js')), 'run npm run build first');
  const scratch = mkdtempSync(join(tmpdir(), 'kgc-publisher-'));
  const tarball = sh('npm', ['pack', '--silent', '--pack-destination', scratch], root).trim().split('\n').pop()!;
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'publisher', private: true }));
  sh('npm', ['install', '--no-audit', '--no-fund', join(scratch, tarball)], scratch);
  cpSync(join(root, 'test/fixtures/valid.json'), join(scratch, 'feed.json'));
  cpSync(join(root, 'test/fixtures/partial.json'), join(scratch, 'bad.json'));
  cpSync(join(root, 'test/fixtures/event-calendar.json'), join(scratch, 'events.json'));
  const npx = (...args: string[]) => {
    const result = spawnSync('npx', ['kgc-feed', ...args], {
      cwd: scratch,
      encoding: 'utf8',
      env: { ...process.env, npm_config_loglevel: 'error', LANG: 'de_DE.UTF-8' },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  const good = npx('validate', 'feed.json');
  assert.equal(good.code, 0, good.stderr);
  assert.match(good.stdout, /feed\.json: ✓ Der Feed ist gültig \(5 Einträge\)/);

  const bad = npx('validate', 'bad.json');
  assert.equal(bad.code, 1);
  assert.match(bad.stdout, /bad\.json: ✗ \d+ Fehler gefunden/);
  assert.match(bad.stdout, /events\[1\]\.start: kein gültiges Datum/);
  const english = npx('validate', 'bad.json', '--lang', 'en');
  assert.equal(english.code, 1);
  assert.match(english.stdout, /events\[1\]\.start: not a valid date/);

  const missing = npx('validate');
  assert.equal(missing.code, 2);
  assert.match(missing.stdout, /Aufruf:/);

  const schema = npx('schema');
  assert.equal(schema.code, 0);
  assert.equal(JSON.parse(schema.stdout).$schema, 'https://json-schema.org/draft/2020-12/schema');

  const ics = npx('ics', 'events.json', '-o', 'events.ics');
  assert.equal(ics.code, 0, ics.stderr);
  const calendar = readFileSync(join(scratch, 'events.ics'), 'utf8');
  assert.ok(calendar.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.match(calendar, /BEGIN:VEVENT/);

  // build, template and split: the readers (csv-parse, iconv-lite, read-excel-file, ical.js) come from the package's dependencies.
  const template = npx('template', 'projects.csv');
  assert.equal(template.code, 0, template.stderr);
  assert.match(template.stdout, /Vorlage projects\.csv geschrieben/);
  cpSync(join(root, 'test/fixtures/build/events-windows1252.csv'), join(scratch, 'termine.csv'));
  cpSync(join(root, 'test/fixtures/build/events-excel.xlsx'), join(scratch, 'termine.xlsx'));
  const built = npx(
    'build',
    '--projects',
    'projects.csv',
    '--events',
    'termine.csv',
    '--events',
    'termine.xlsx',
    '-o',
    'built.json',
  );
  assert.equal(built.code, 0, built.stdout + built.stderr);
  assert.match(built.stdout, /built\.json geschrieben: 1 Projekte, 4 Termine/);
  assert.equal(npx('validate', 'built.json').code, 0);
  // A calendar (ical.js) with its series expanded within --from/--to.
  cpSync(join(root, 'test/fixtures/convert/thunderbird.ics'), join(scratch, 'kalender.ics'));
  const fromIcs = npx(
    'build',
    '--events',
    'kalender.ics',
    '--from',
    '2026-01-01',
    '--to',
    '2026-03-31',
    '-o',
    'kalender.json',
  );
  assert.equal(fromIcs.code, 0, fromIcs.stdout + fromIcs.stderr);
  assert.match(fromIcs.stdout, /kalender\.json geschrieben: 4 Termine/);
  const split = npx('split', 'built.json', '--out', 'kgc');
  assert.equal(split.code, 0, split.stdout + split.stderr);
  assert.ok(existsSync(join(scratch, 'kgc/index.json')));
  const builtSplit = npx('build', '--events', 'termine.csv', '--split', 'kgc2');
  assert.equal(builtSplit.code, 0, builtSplit.stdout + builtSplit.stderr);
  assert.equal(npx('validate', 'kgc2/index.json', '--parts').code, 0);
  cpSync(join(root, 'test/fixtures/build/bad-date.csv'), join(scratch, 'kaputt.csv'));
  const broken = npx('build', '--events', 'kaputt.csv', '-o', 'kaputt.json');
  assert.equal(broken.code, 1);
  assert.match(broken.stdout, /kaputt\.csv, Zeile 3, Spalte „Beginn“: den Tag „31\.02\.2026“ gibt es nicht/);
  assert.equal(existsSync(join(scratch, 'kaputt.json')), false);
});
