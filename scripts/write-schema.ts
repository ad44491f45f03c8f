// Writes docs/feed.schema.json from the zod schema (the executable truth), so the two never drift.
import { writeFileSync, mkdirSync } from 'node:fs';
import { feedJsonSchema } from '../src/feed/json-schema.js';

mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
writeFileSync(new URL('../docs/feed.schema.json', import.meta.url), `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
