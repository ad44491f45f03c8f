// The bench's figures at real scale (issue 12), on the realistic feed (generate-large-feed.mjs, profile
// praxisdatenbank) and on its split form (`kgc-feed split`, run from the sources), served as a static
// server sends them: gzip (zlib's default level 6, as nginx/Apache with gzip on), `Cache-Control: no-store`
// so that every run fetches anew, CORS open.
//  - Pages: (a) a Land page, <kgc-event-calendar land="ST" month="2026-06"> + <kgc-partner-map land="ST"> +
//    <kgc-office-card land="ST">; (b) a national <kgc-project-list>; each with the single feed and with
//    the index, on the CDN bundle (dist/cdn/kgc-widgets.js). Bytes over the wire from the browser's view
//    (CDP Network.loadingFinished encodedDataLength: gzip body plus response headers), data (feed, index,
//    parts) apart from code and geometry; time to first render from navigation start until every widget
//    fired kgc-load and two animation frames passed. Desktop (1280 × 900, no throttling) and phone
//    (412 × 823 at 1.75 dppx, 4× CPU slowdown, 150 ms RTT, 1.6 Mbit/s down: Lighthouse's mobile settings,
//    applied through CDP); median of RUNS_PAGE runs, each in a fresh browser context.
//  - Widgets: each widget's first render from inserting the element (fetch, parse, validation included;
//    bench/cold.ts) beside a plain fetch + JSON.parse + hand-written DOM of the same visible items, on the
//    single feed and on the index (the baseline then fetches the index and the same parts the widget
//    fetched); desktop and phone profile (4× CPU, no network throttling), and the split form on the phone
//    with a 150 ms round trip per request (see COLD_SETTINGS); each run in a fresh page; budget 1.5× the
//    baseline's median. Beside it the median of the runs' own ratios (widget and baseline back to back).
//  - Long tasks: page (a) on the index at 4× CPU slowdown, traced (CDP tracing, toplevel tasks of the
//    page's main thread): the bundle's own evaluation (v8.evaluateModule of kgc-widgets.js) and the
//    longest task after it; budget: none past 50 ms. Tasks past 50 ms are listed with what ran in them, each
//    a frame task (at least half style, layout and paint) or a script task (the rest: fetching, checking,
//    rendering), and the longest of each kind is printed apart. For reference, the same page as static HTML
//    (the widgets' final DOM and styles in declarative shadow roots, no widget script) is traced the same way:
//    what laying out that content costs the browser with none of our code.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateLargeFeed, gzipRatios } from './generate-large-feed.mjs';

const RUNS_PAGE = Number(process.env.KGC_BENCH_PAGE_RUNS ?? 3);
const RUNS_DESKTOP = Number(process.env.KGC_BENCH_COLD_RUNS ?? 5);
const RUNS_PHONE = Number(process.env.KGC_BENCH_PHONE_RUNS ?? 3);
const RUNS_TRACE = 3;
const WIDGETS = ['project-list', 'project-card', 'event-calendar', 'partner-map', 'news-list', 'office-card'];
const SPLIT_BUDGET = 0.05;
const RATIO_BUDGET = 1.5;
const TASK_BUDGET = 50;

export const PROFILES = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
};
/** Lighthouse's mobile throttling (its "slow 4G"), applied per request by Chromium. */
export const PHONE_NETWORK = { offline: false, latency: 150, downloadThroughput: 204800, uploadThroughput: 96000 };
/** Its round trip alone, without a bandwidth limit. */
export const ROUND_TRIP = { ...PHONE_NETWORK, downloadThroughput: -1, uploadThroughput: -1 };
/** A cold-run setting's profile and network: `rtt` is the phone with a round trip per request. */
const conditions = ({ profile, rtt }) => ({ profile, network: rtt ? ROUND_TRIP : undefined });

/** A fresh context and page in a profile; on the phone, CPU and (given conditions) network throttling through CDP. */
export async function openPage(browser, profile, { network } = {}) {
  const context = await browser.newContext(PROFILES[profile]);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error (${profile}):`, e.message));
  const cdp = await context.newCDPSession(page);
  if (profile === 'phone') {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', network);
    }
  }
  return { context, page, cdp };
}

/**
 * One cold run of a widget row (bench/cold.ts) in a fresh context: the bench page, served from the feed's origin,
 * then `widget`, or `plain` with the parts the widget fetched; resolves to the page's result (`ms`, `fetched` …).
 */
export async function coldRun(browser, { profile, network }, feedUrl, kind, name, parts) {
  const { context, page } = await openPage(browser, profile, { network });
  try {
    await page.goto(`${new URL(feedUrl).origin}/`);
    await page.waitForFunction(() => window.kgcBench);
    return await page.evaluate(
      async ([k, n, u, p]) => (await window.kgcBench.cold())[k](n, u, p),
      [kind, name, feedUrl, parts],
    );
  } finally {
    await context.close();
  }
}

/**
 * Writes the realistic feed to `dir/feed.json` and its split form (`kgc-feed split` of the sources in `root`) to
 * `dir/split`; returns the feed, its JSON and the split's process result.
 */
export function writeRealisticFeed(root, dir) {
  mkdirSync(dir, { recursive: true });
  const feed = generateLargeFeed(1, { profile: 'praxisdatenbank' });
  const json = JSON.stringify(feed);
  writeFileSync(join(dir, 'feed.json'), json);
  const split = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/bin.ts'), 'split', join(dir, 'feed.json'), '--out', join(dir, 'split')],
    { cwd: root, encoding: 'utf8' },
  );
  return { feed, json, split };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/**
 * A static server as a site's would be: gzip (zlib's default level, cached per file), `Cache-Control: no-store` so
 * that every run fetches anew, CORS open. `fileFor` maps a request's path to a file, or undefined (404).
 * @param {(path: string) => string | undefined} fileFor
 * @returns {Promise<{ server: import('node:http').Server, origin: string }>}
 */
export async function staticServer(fileFor) {
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.json': 'application/json',
    '.ics': 'text/calendar',
  };
  const gzipped = new Map();
  const server = createServer((req, res) => {
    const file = fileFor(normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
      return;
    }
    const headers = {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
    };
    let body = readFileSync(file);
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
      body = gzipped.get(file);
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;
const firstLine = (error) => String(error?.message ?? error).split('\n')[0];

const PAGES = {
  a: {
    title: 'page (a) Land ST: calendar + partner map + office card',
    body: (src) =>
      `<h1>Sachsen-Anhalt</h1>
<kgc-event-calendar src="${src}" land="ST" month="2026-06" timeout="90"></kgc-event-calendar>
<kgc-partner-map src="${src}" land="ST" timeout="90"></kgc-partner-map>
<kgc-office-card src="${src}" land="ST" timeout="90"></kgc-office-card>`,
  },
  b: {
    title: 'page (b) national project list',
    body: (src) => `<h1>Projekte</h1>\n<kgc-project-list src="${src}" timeout="90"></kgc-project-list>`,
  },
};
// Counts kgc-load per widget and sets window.kgcDone (ms since navigation start) two frames after the last,
// then says so on the console: waiting for that message injects nothing into the page (Playwright's
// waitForFunction evaluates its injected script there first, a task of 100–200 ms at 4× CPU that the
// figures would count as the page's own).
const PROBE = `window.kgcLoads = []; window.kgcErrors = [];
const expected = () => document.querySelectorAll('kgc-event-calendar, kgc-partner-map, kgc-office-card, kgc-project-list').length;
const check = () => { if (window.kgcLoads.length + window.kgcErrors.length === expected())
  requestAnimationFrame(() => requestAnimationFrame(() => { window.kgcDone = performance.now(); console.log('kgc-done'); })); };
document.addEventListener('kgc-load', (e) => { window.kgcLoads.push([e.target.localName, performance.now()]); check(); }, true);
document.addEventListener('kgc-error', (e) => { window.kgcErrors.push(e.target.localName + ': ' + e.detail.message); check(); }, true);`;

/**
 * The widgets' first renders: desktop and phone without network throttling (the response comes at once, so the
 * widget's own set-up and loading state add to the time in full), and the split form on the phone once more
 * with Lighthouse's 150 ms round trip (no bandwidth limit): there the set-up and the loading state's first
 * frame run while a request is under way, as on a phone's network.
 */
const COLD_SETTINGS = [
  { profile: 'desktop', label: 'desktop', forms: ['single', 'split'] },
  { profile: 'phone', label: 'phone', forms: ['single', 'split'] },
  { profile: 'phone', rtt: true, label: 'phone, 150 ms round trip', forms: ['split'] },
];

/** Resolves when a page with the probe has rendered every widget (its console message). */
const loaded = (page, timeout) =>
  page.waitForEvent('console', { predicate: (message) => message.text() === 'kgc-done', timeout });

/**
 * @param {{ browser: import('playwright-core').Browser, root: string, out: string }} options
 * @returns {Promise<string[][]>} table rows
 */
export async function scaleRows({ browser, root, out }) {
  const rows = [];
  const dir = join(out, 'scale');
  const data = join(dir, 'data');
  mkdirSync(join(dir, 'pages'), { recursive: true });

  // --- the realistic feed and its split form --------------------------------------------------------
  const { feed, json, split } = writeRealisticFeed(root, data);
  const ratios = gzipRatios(feed);
  rows.push([
    'scale: realistic feed (3,000 projects with Steckbrief texts, 2,000 events, 500 partners, 1,000 news)',
    `${kb(Buffer.byteLength(json))} raw, ${kb(gzipSync(json).length)} gzip`,
    `gzip -9 ratio: feed ${ratios.feed.toFixed(3)}, project prose ${ratios.prose.toFixed(3)} (real Steckbriefe: 0.369)`,
    '',
  ]);
  const splitMissing =
    split.status === 0 && existsSync(join(data, 'split/index.json'))
      ? undefined
      : `n/a: kgc-feed split failed (exit ${split.status}: ${firstLine(split.stderr || split.stdout)})`;
  if (!splitMissing) {
    const index = JSON.parse(readFileSync(join(data, 'split/index.json'), 'utf8'));
    rows.push(['scale: split form (kgc-feed split)', `${index.parts.length} parts`, '', '']);
  }
  const sources = { single: '/data/feed.json', split: '/data/split/index.json' };
  for (const [page, { body }] of Object.entries(PAGES)) {
    for (const [form, src] of Object.entries(sources)) {
      writeFileSync(
        join(dir, 'pages', `${page}-${form}.html`),
        `<!doctype html>\n<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench ${page} ${form}</title><script>${PROBE}</script>
<script type="module" src="/cdn/kgc-widgets.js"></script></head>
<body>${body(src)}</body></html>\n`,
      );
    }
  }

  // --- a static server: gzip, counted --------------------------------------------------------------
  const { server, origin } = await staticServer((path) => {
    const file = path.startsWith('/data/')
      ? join(dir, path)
      : path.startsWith('/pages/')
        ? join(dir, path)
        : path.startsWith('/cdn/')
          ? join(root, 'dist', path)
          : join(out, 'page', path === '/' ? 'index.html' : path);
    return file.startsWith(dir) || file.startsWith(root) ? file : undefined;
  });

  const open = (profile, options) => openPage(browser, profile, options);

  try {
    // --- pages (a) and (b): bytes and time to first render ------------------------------------------
    /** One load of a page: data/code bytes as the browser received them and the time to first render. */
    const pageRun = async (file, profile) => {
      const { context, page, cdp } = await open(profile, { network: PHONE_NETWORK });
      const urls = new Map();
      const bytes = { data: 0, code: 0, other: 0 };
      await cdp.send('Network.enable');
      cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
      cdp.on('Network.loadingFinished', (e) => {
        const url = urls.get(e.requestId) ?? '';
        const kind = /\/data\//.test(url) ? 'data' : /\.js$/.test(url) ? 'code' : 'other';
        bytes[kind] += e.encodedDataLength;
      });
      try {
        const rendered = loaded(page, 180000);
        await page.goto(`${origin}/pages/${file}`);
        await rendered;
        const { done, errors } = await page.evaluate(() => ({ done: window.kgcDone, errors: window.kgcErrors }));
        if (errors.length) throw new Error(errors.join('; '));
        await page.waitForTimeout(200); // late requests (e.g. Kreise geometry) still count
        return { ms: done, bytes };
      } finally {
        await context.close();
      }
    };
    for (const [key, { title }] of Object.entries(PAGES)) {
      const results = {};
      for (const form of ['single', 'split']) {
        results[form] = {};
        if (form === 'split' && splitMissing) continue;
        for (const profile of ['desktop', 'phone']) {
          try {
            const runs = [];
            for (let i = 0; i < RUNS_PAGE; i++) runs.push(await pageRun(`${key}-${form}.html`, profile));
            results[form][profile] = {
              ms: median(runs.map((r) => r.ms)),
              data: median(runs.map((r) => r.bytes.data)),
              code: median(runs.map((r) => r.bytes.code + r.bytes.other)),
            };
          } catch (error) {
            results[form][profile] = { error: firstLine(error) };
          }
        }
      }
      const show = (r, what) => (!r ? (splitMissing ?? 'n/a') : r.error ? `failed: ${r.error}` : what(r));
      const single = results.single.desktop;
      const splitDesktop = results.split.desktop;
      rows.push([
        `scale: ${title}: data over the wire (gzip), single | split`,
        `${show(single, (r) => kb(r.data))} | ${show(splitDesktop, (r) => kb(r.data))}`,
        `code and geometry ${show(single, (r) => kb(r.code))} | ${show(splitDesktop, (r) => kb(r.code))}`,
        '',
      ]);
      if (key === 'a') {
        const share = single?.data && splitDesktop?.data ? splitDesktop.data / single.data : undefined;
        rows.push([
          `scale: ${title}: split data as a share of the single feed's`,
          share === undefined ? show(splitDesktop, () => 'n/a') : `${(100 * share).toFixed(1)} %`,
          `budget ≤ ${100 * SPLIT_BUDGET} %`,
          share === undefined ? '' : share <= SPLIT_BUDGET ? 'ok' : 'OVER',
        ]);
      }
      for (const profile of ['desktop', 'phone']) {
        rows.push([
          `scale: ${title}: time to first render, ${profile === 'phone' ? 'phone (4× CPU, slow 4G)' : 'desktop'}, single | split`,
          `${show(results.single[profile], (r) => ms(r.ms))} | ${show(results.split[profile], (r) => ms(r.ms))}`,
          'from navigation start to every widget loaded + 2 frames (timeout="90"; past 15 s the default timeout fails)',
          '',
        ]);
      }
    }

    // --- each widget from insertion, beside the plain baseline ---------------------------------------
    for (const name of WIDGETS) {
      for (const setting of COLD_SETTINGS) {
        for (const [form, url] of Object.entries(sources)) {
          if (!setting.forms.includes(form)) continue;
          const label = `scale: ${name} first render from insertion, ${form === 'single' ? 'single feed' : 'split'}, ${setting.label}`;
          if (form === 'split' && splitMissing) {
            rows.push([label, splitMissing, '', '']);
            continue;
          }
          try {
            const widget = [];
            const plain = [];
            for (let i = 0; i < (setting.profile === 'phone' ? RUNS_PHONE : RUNS_DESKTOP); i++) {
              const w = await coldRun(browser, conditions(setting), `${origin}${url}`, 'widget', name);
              widget.push(w.ms);
              const parts = form === 'split' ? w.fetched : undefined;
              plain.push((await coldRun(browser, conditions(setting), `${origin}${url}`, 'plain', name, parts)).ms);
            }
            const ratio = median(widget) / median(plain);
            // Beside the ratio of the medians, the median of each run's own ratio (widget and baseline run back
            // to back, so the machine's drift between runs falls on both): on a shared machine the small rows'
            // medians move by a third between bench runs; whether the paired ratio moves less is still to be seen.
            const paired = median(widget.map((w, i) => w / plain[i]));
            rows.push([
              label,
              ms(median(widget)),
              `baseline ${ms(median(plain))} (fetch + JSON.parse + DOM), budget ×${RATIO_BUDGET}; median of the runs' ratios ×${paired.toFixed(2)}`,
              `×${ratio.toFixed(2)} ${ratio <= RATIO_BUDGET ? 'ok' : 'OVER'}`,
            ]);
          } catch (error) {
            rows.push([label, `failed: ${firstLine(error)}`, '', 'OVER']);
          }
        }
      }
    }

    // --- page (a), split, 4× CPU: the longest task after the bundle's evaluation ---------------------
    if (splitMissing)
      rows.push(['scale: page (a), split, 4× CPU: longest task after the bundle', splitMissing, '', '']);
    else rows.push(...(await longTasks(browser, open, origin, join(dir, 'pages'))));
  } finally {
    server.close();
  }
  return rows;
}

/** Trace events that name work (script, parsing, style, layout, paint, GC), for the long-task listing. */
const WORK =
  /^(FunctionCall|EvaluateScript|v8\.evaluateModule|v8\.compile|v8\.compileModule|TimerFire|FireAnimationFrame|EventDispatch|ParseHTML|Layout|UpdateLayoutTree|PrePaint|Paint|MinorGC|MajorGC|V8\.GC_MARK_COMPACTOR|RunMicrotasks|ResourceReceivedData|ResourceFinish|v8\.parseOnBackground|V8\.ParseJSON|v8\.run)$/;
/** The rendering steps of a frame (style, layout, paint), which decide whether a task is a frame task. */
const FRAME_WORK = /^(UpdateLayoutTree|Layout|PrePaint|Paint|Layerize|Commit)$/;
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'toplevel',
];

/** Traces a page RUNS_TRACE times at 4× CPU and reads its main-thread tasks (`bundle`: see readTrace). */
async function tracedRuns(browser, open, url, { bundle = true } = {}) {
  const runs = [];
  for (let i = 0; i < RUNS_TRACE; i++) {
    const { context, page } = await open('phone');
    try {
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      const rendered = loaded(page, 120000);
      await page.goto(url);
      await rendered;
      await page.waitForTimeout(1000); // tasks that run after the first render (e.g. deferred work)
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
      runs.push(readTrace(trace.traceEvents ?? trace, { bundle }));
    } finally {
      await context.close();
    }
  }
  return runs;
}

/**
 * Page (a) at 4× CPU: its longest task after the bundle's evaluation (the budget), the longest script and frame
 * tasks apart, and for reference the same page as static HTML (its widgets' final DOM and styles in declarative
 * shadow roots, no widget script), whose tasks are only parsing, style, layout and paint.
 */
async function longTasks(browser, open, origin, pagesDir) {
  const url = `${origin}/pages/a-split.html`;
  const runs = await tracedRuns(browser, open, url);
  const rows = [];
  const longest = runs.map((r) => r.longest);
  const evaluation = median(runs.map((r) => r.evaluation));
  const value = median(longest);
  rows.push([
    'scale: page (a), split, 4× CPU: longest task after the bundle evaluated',
    `${ms(value)} (runs: ${longest.map(ms).join(', ')})`,
    `bundle evaluation ${ms(evaluation)} (in a task of ${ms(median(runs.map((r) => r.evaluationTask)))}); budget none past ${TASK_BUDGET} ms`,
    value <= TASK_BUDGET ? 'ok' : 'OVER',
  ]);
  const kinds = (list, what) => `${ms(median(list.map(what)))} (runs: ${list.map(what).map(ms).join(', ')})`;
  rows.push(['  of them script (fetch, check, render)', kinds(runs, (r) => r.longestScript), '', '']);
  rows.push(['  of them frames (style, layout, paint)', kinds(runs, (r) => r.longestFrame), '', '']);
  const run = runs[longest.indexOf(Math.max(...longest))];
  for (const task of run.long.slice(0, 8)) {
    rows.push([
      `  long ${task.frame ? 'frame' : 'script'} task at ${ms(task.at)} after navigation`,
      ms(task.ms),
      task.what,
      '',
    ]);
  }
  try {
    writeFileSync(join(pagesDir, 'a-split-static.html'), await staticSnapshot(open, url));
    const reference = await tracedRuns(browser, open, `${origin}/pages/a-split-static.html`, { bundle: false });
    rows.push([
      '  reference: page (a) as static HTML (same DOM and styles, no widget script), longest task',
      kinds(reference, (r) => r.longest),
      `of them frames ${kinds(reference, (r) => r.longestFrame)}`,
      '',
    ]);
  } catch (error) {
    rows.push(['  reference: page (a) as static HTML', `failed: ${firstLine(error)}`, '', '']);
  }
  return rows;
}

/**
 * The page once its widgets have rendered (phone profile), as static HTML: every shadow root as a declarative one
 * with its adopted styles in a <style>, no scripts but the probe's two frames and its `kgc-done`.
 */
async function staticSnapshot(open, url) {
  const { context, page } = await open('phone');
  try {
    const rendered = loaded(page, 120000);
    await page.goto(url);
    await rendered;
    const body = await page.evaluate(() => {
      const roots = [];
      const collect = (node) => {
        for (const el of node.querySelectorAll('*')) {
          if (!el.shadowRoot) continue;
          roots.push(el.shadowRoot);
          collect(el.shadowRoot);
        }
      };
      collect(document.body);
      for (const root of roots) {
        const style = document.createElement('style');
        style.textContent = root.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
          .join('\n');
        root.prepend(style);
      }
      for (const script of document.body.querySelectorAll('script')) script.remove();
      return document.body.getHTML({ shadowRoots: roots });
    });
    return `<!doctype html>\n<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench a split, static</title></head>
<body>${body}<script>requestAnimationFrame(() => requestAnimationFrame(() => console.log('kgc-done')));</script></body></html>\n`;
  } finally {
    await context.close();
  }
}

/**
 * The renderer main thread's toplevel tasks, the bundle's evaluation and the tasks past 50 ms after it (also used by
 * scripts/profile-page.mjs). `navigation` is the trace time (µs) that `at` counts from.
 */
export function readTrace(events, { bundle = true } = {}) {
  const evaluate =
    events.find((e) => e.name === 'v8.evaluateModule' && JSON.stringify(e.args ?? {}).includes('kgc-widgets.js')) ??
    events.find((e) => e.name === 'v8.evaluateModule');
  if (bundle && !evaluate) throw new Error('no v8.evaluateModule of the bundle in the trace');
  // Without a bundle (a static page), the thread that parsed the page's HTML.
  const { pid, tid } = evaluate ?? events.find((e) => e.name === 'ParseHTML');
  const thread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const navigation = events.find((e) => e.pid === pid && e.name === 'navigationStart')?.ts ?? thread[0].ts;
  // Toplevel tasks: RunTask events not inside another one.
  const nested = thread.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const tasks = nested.filter(
    (t) => !nested.some((o) => o !== t && o.ts <= t.ts && o.ts + o.dur >= t.ts + t.dur && o.dur > t.dur),
  );
  const evaluationEnd = evaluate ? evaluate.ts + evaluate.dur : navigation;
  const evaluationTask = evaluate && tasks.find((t) => t.ts <= evaluate.ts && t.ts + t.dur >= evaluationEnd);
  const after = tasks.filter((t) => t.ts >= evaluationEnd);
  /** The thread's events within a task. */
  const within = (task) => thread.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
  /** A frame task: at least half of it style, layout and paint (the browser's work on what the page shows). */
  const frames = new Map();
  const isFrame = (task) => {
    if (!frames.has(task)) {
      const rendering = within(task).reduce((sum, e) => sum + (FRAME_WORK.test(e.name) ? e.dur : 0), 0);
      frames.set(task, rendering >= task.dur / 2);
    }
    return frames.get(task);
  };
  // The longest frame task and the longest other (script) task: longest first, until both are found.
  const longest = { frame: 0, script: 0 };
  for (const task of [...after].sort((a, b) => b.dur - a.dur)) {
    const kind = isFrame(task) ? 'frame' : 'script';
    longest[kind] ||= task.dur / 1000;
    if (longest.frame && longest.script) break;
  }
  /** Request URLs by id, and the responses whose data or end the renderer received in a task. */
  const urls = new Map();
  for (const e of events)
    if (e.name === 'ResourceSendRequest' && e.args?.data?.requestId) urls.set(e.args.data.requestId, e.args.data.url);
  const received = (task) => {
    const names = new Set();
    for (const e of events)
      if (
        e.pid === pid &&
        (e.name === 'ResourceReceivedData' || e.name === 'ResourceFinish') &&
        e.ts >= task.ts &&
        e.ts <= task.ts + task.dur
      )
        names.add((urls.get(e.args?.data?.requestId) ?? '?').replace(/^.*\//, ''));
    return [...names].join(', ');
  };
  /** A task without named work: its own source and the loader/mojo interface it served (e.g. a response body). */
  const inside = (task) => {
    const watcher = within(task).find((e) => e.name === 'SimpleWatcher::OnHandleReady');
    const tag = watcher?.args?.chrome_mojo_event_info?.watcher_notify_interface_tag;
    const bodies = received(task);
    return tag
      ? `no script events: ${tag.replace(/^.*\//, '')} (a response body arriving: reading and parsing it${bodies ? `: ${bodies}` : ''})`
      : `no named work (${task.args?.src_func ?? task.name})`;
  };
  /** What ran in a task: the named kinds of work, with their time (ms), longest first. */
  const describe = (task) => {
    const spent = new Map();
    for (const e of within(task)) {
      if (!WORK.test(e.name)) continue;
      const d = e.args?.data ?? {};
      const where = d.url
        ? ` ${d.url.replace(/^.*\//, '')}${d.lineNumber ? `:${d.lineNumber}:${d.columnNumber}` : ''}`
        : '';
      const key = `${e.name}${d.functionName ? ` ${d.functionName}` : ''}${where}`;
      spent.set(key, (spent.get(key) ?? 0) + e.dur / 1000);
    }
    return (
      [...spent]
        .filter(([, t]) => t >= 1)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([k, t]) => `${k} ${Math.round(t)}`)
        .join('; ') || inside(task)
    );
  };
  const long = after
    .filter((t) => t.dur > TASK_BUDGET * 1000)
    .sort((a, b) => b.dur - a.dur)
    .map((t) => ({ at: (t.ts - navigation) / 1000, ms: t.dur / 1000, frame: isFrame(t), what: describe(t) }));
  return {
    navigation,
    evaluation: evaluate ? evaluate.dur / 1000 : 0,
    evaluationTask: evaluate ? (evaluationTask?.dur ?? evaluate.dur) / 1000 : 0,
    longest: Math.max(longest.frame, longest.script),
    longestFrame: longest.frame,
    longestScript: longest.script,
    long,
  };
}
