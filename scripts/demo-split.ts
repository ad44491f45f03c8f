// Writes demo/data/split/ (the sample feed as a feed index and its parts, `kgc-feed split`), which the demo's
// host pages use. Committed, so the dev server, the demo build, the audit and the tests serve it without a
// build step; `npm run docs` regenerates it and `npm run docs:check` (--check) fails when it is stale.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { splitFeed, writeSplit } from '../src/cli/split.js';
import { checkFeed } from '../src/feed/parse.js';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'demo/data/split');
const { feed, issues } = checkFeed(JSON.parse(readFileSync(join(root, 'demo/data/feed.json'), 'utf8')));
if (issues.length) {
  console.error(`demo-split: demo/data/feed.json is not valid: ${issues.map((i) => i.path).join(', ')}`);
  process.exit(1);
}

if (!process.argv.includes('--check')) {
  const { written, removed } = await writeSplit(feed, out);
  if (written.length || removed.length) console.log(`demo-split: ${written.length} written, ${removed.length} removed`);
} else {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : [relative(out, join(dir, e.name))],
    );
  const expected = splitFeed(feed).files;
  const present = existsSync(out) ? files(out) : [];
  const stale = [
    ...[...expected].filter(
      ([path, body]) => !existsSync(join(out, path)) || readFileSync(join(out, path), 'utf8') !== body,
    ),
    ...present.filter((path) => !expected.has(path)).map((path) => [path]),
  ].map(([path]) => path);
  if (stale.length) {
    console.error(
      `demo-split: demo/data/split is stale (${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ', …' : ''}) — run npm run docs and commit the result`,
    );
    process.exit(1);
  }
}
