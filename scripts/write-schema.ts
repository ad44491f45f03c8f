// Writes docs/feed.schema.json and docs/kgc-feed.config.schema.json from the zod schemas (the executable truth), so they never drift.
import { writeFileSync, mkdirSync } from 'node:fs';
import { feedJsonSchema } from '../src/feed/json-schema.js';
import { buildConfigJsonSchema } from '../src/convert/config.js';

mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
writeFileSync(new URL('../docs/feed.schema.json', import.meta.url), `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
writeFileSync(
  new URL('../docs/kgc-feed.config.schema.json', import.meta.url),
  `${JSON.stringify(buildConfigJsonSchema(), null, 2)}\n`,
);
