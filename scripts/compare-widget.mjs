// Whether a change makes a widget's first render faster (issue 12): the bench's widget rows (bench/cold.ts, from
// inserting the element until two frames after it shows its items) for two or more source trees, run by run
// interleaved, so that the machine's drift over time falls on each alike (on a shared machine, single runs of one
// tree vary by half between batches: compare only within one run of this script). Each tree's bench page is built
// from its own sources; all read the same realistic feed and its split form (written once to .bench/compare by the
// CLI of this tree). Prints per tree the median and the single runs, with `--plain` also the plain baseline's
// (fetch + JSON.parse + hand-written DOM of the same items, the same parts) and the ratio.
//
//   node scripts/compare-widget.mjs [--widgets partner-map,office-card] [--form split|single]
//     [--profile desktop|phone|rtt] [--runs 7] [--plain] TREE TREE…
//
// A TREE is a checkout of the project (e.g. `git worktree add /tmp/old HEAD~3`, with `node_modules` linked in).
// `phone` is the bench's phone profile (4× CPU), `rtt` the same with a 150 ms round trip per request.
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';
import { compileHints } from './cdn-bundle.mjs';
import { ROUND_TRIP, coldRun, median, staticServer, writeRealisticFeed } from './bench-scale.mjs';

const root = new URL('..', import.meta.url).pathname;
const { values: options, positionals: trees } = parseArgs({
  allowPositionals: true,
  options: {
    widgets: { type: 'string', default: 'partner-map' },
    form: { type: 'string', default: 'split' },
    profile: { type: 'string', default: 'desktop' },
    runs: { type: 'string', default: '7' },
    plain: { type: 'boolean', default: false },
  },
});
if (!trees.length) throw new Error('name at least one source tree (see the header of this script)');

const data = join(root, '.bench/compare');
if (!existsSync(join(data, 'split/index.json'))) {
  const { split } = writeRealisticFeed(root, data);
  if (split.status !== 0) throw new Error(`kgc-feed split failed: ${split.stderr || split.stdout}`);
}

const servers = [];
for (const tree of trees.map((t) => resolve(t))) {
  const page = join(tree, '.bench/compare-page');
  await build({
    configFile: false,
    root: join(tree, 'bench'),
    logLevel: 'error',
    base: './',
    plugins: [compileHints], // as in the CDN bundles (this script's, for every tree)
    build: { outDir: page, emptyOutDir: true },
  });
  servers.push(
    await staticServer((path) =>
      path.startsWith('/data/') ? join(data, path.slice(6)) : join(page, path === '/' ? 'index.html' : path),
    ),
  );
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
const profile = options.profile === 'desktop' ? 'desktop' : 'phone';
const conditions = { profile, network: options.profile === 'rtt' ? ROUND_TRIP : undefined };
const feedPath = options.form === 'single' ? '/data/feed.json' : '/data/split/index.json';

const ms = (values) => `${Math.round(median(values))} ms [${values.map(Math.round).join(', ')}]`;
try {
  for (const name of options.widgets.split(',')) {
    const widget = trees.map(() => []);
    const plain = trees.map(() => []);
    for (let run = 0; run < Number(options.runs); run++) {
      for (let k = 0; k < trees.length; k++) {
        const t = (k + run) % trees.length;
        const result = await coldRun(browser, conditions, `${servers[t].origin}${feedPath}`, 'widget', name);
        widget[t].push(result.ms);
        if (options.plain) {
          const parts = options.form === 'single' ? undefined : result.fetched;
          plain[t].push(
            (await coldRun(browser, conditions, `${servers[t].origin}${feedPath}`, 'plain', name, parts)).ms,
          );
        }
      }
    }
    console.log(`${name}, ${options.form}, ${options.profile}, ${options.runs} runs:`);
    trees.forEach((tree, t) => {
      const paired = () => median(widget[t].map((w, i) => w / plain[t][i])).toFixed(2);
      const ratio = options.plain
        ? `  baseline ${ms(plain[t])}  ×${(median(widget[t]) / median(plain[t])).toFixed(2)} (runs' ratios: ×${paired()})`
        : '';
      console.log(`  ${tree}: ${ms(widget[t])}${ratio}`);
    });
  }
} finally {
  await browser.close();
  for (const { server } of servers) server.close();
}
