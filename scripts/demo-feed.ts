// Builds the demo's sample feed, demo/data/feed.json, from its sources in demo/data/sources/ (spreadsheets,
// an iCalendar file, an RSS feed and kgc-feed.config.json) the way publishers build theirs: `kgc-feed build`.
// `npm run demo:feed` and `npm run docs` write it; `npm run docs:check` (--check) fails when the committed feed
// differs from a fresh build. The config fixes `updated` and the window of series, so the build does not
// depend on the day it runs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildFeed } from '../src/cli/build.js';
import { serialize } from '../src/convert/assemble.js';
import { formatProblem } from '../src/convert/report.js';
import { BuildConfig } from '../src/convert/config.js';

const sources = new URL('../demo/data/sources/', import.meta.url).pathname;
const config = BuildConfig.parse(JSON.parse(readFileSync(join(sources, 'kgc-feed.config.json'), 'utf8')));
if (!config.output || !config.from || !config.to) {
  console.error('demo-feed: the config must name output, from and to (a build that does not move with the date)');
  process.exit(1);
}
const { feed, problems } = await buildFeed(config, sources, { from: config.from, to: config.to });
if (problems.length) {
  console.error(
    `demo-feed: demo/data/sources has problems:\n${problems.map((p) => `  ${formatProblem(p, 'en')}`).join('\n')}`,
  );
  process.exit(1);
}
const out = resolve(sources, config.output);
const text = serialize(feed);
if (!process.argv.includes('--check')) writeFileSync(out, text);
else if (readFileSync(out, 'utf8') !== text) {
  console.error(
    'demo-feed: demo/data/feed.json differs from a fresh build of demo/data/sources — run npm run demo:feed and commit the result',
  );
  process.exit(1);
}
