// Writes docs/feed.schema.json and docs/feed-index.schema.json from the zod schemas (the executable truth), so
// the two never drift. With --check, writes nothing and exits 1 when a committed file is stale.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { feedIndexJsonSchema, feedJsonSchema } from '../src/feed/json-schema.js';

const check = process.argv.includes('--check');
const files = {
  'docs/feed.schema.json': feedJsonSchema(),
  'docs/feed-index.schema.json': feedIndexJsonSchema(),
};
mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
const stale: string[] = [];
for (const [file, schema] of Object.entries(files)) {
  const url = new URL(`../${file}`, import.meta.url);
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (!check) writeFileSync(url, text);
  else if (!existsSync(url) || readFileSync(url, 'utf8') !== text) stale.push(file);
}
if (stale.length) {
  console.error(`schema: stale ${stale.join(', ')} — run npm run docs and commit the result`);
  process.exit(1);
}
