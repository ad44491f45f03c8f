// readPlain (src/feed/plain-reader.ts) reads valid items without zod. It must accept exactly what zod accepts and
// give exactly zod's output (trimmed texts, unknown keys left out, absent optional fields absent), or the widgets
// would show what the validator refuses. Compared here with zod on every item of the demo feed, the test
// fixtures and the realistic feed, and on each of them with every field broken or removed in turn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as z from 'zod/mini';
import { COLLECTIONS, FeedHead, type CollectionName } from '../../src/feed/schema.js';
import { readPlain } from '../../src/feed/plain-reader.js';
import { generateLargeFeed } from '../../scripts/generate-large-feed.mjs';

const root = new URL('../../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

const DOCUMENTS: unknown[] = [
  readJson('demo/data/feed.json'),
  readJson('demo/data/partial-feed.json'),
  ...readdirSync(new URL('test/fixtures/', root))
    .filter((name) => name.endsWith('.json'))
    .map((name) => readJson(`test/fixtures/${name}`)),
  generateLargeFeed(1, { profile: 'praxisdatenbank' }),
];

/** Every item of every collection in the demo feeds, the fixtures and the realistic feed, by collection. */
function allItems(): Map<CollectionName, unknown[]> {
  const items = new Map<CollectionName, unknown[]>();
  for (const document of DOCUMENTS) {
    for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
      const list = (document as Record<string, unknown> | null)?.[name];
      if (Array.isArray(list)) items.set(name, [...(items.get(name) ?? []), ...list]);
    }
  }
  return items;
}

/** What zod says of `value`: its output, or undefined when it finds anything wrong. */
function zodData(schema: z.ZodMiniType, value: unknown): unknown {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The paths of every value inside `value` (object fields and list entries, at any depth). */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((entry, i) => [[...at, i], ...paths(entry, [...at, i])]);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, entry]) => [[...at, key], ...paths(entry, [...at, key])]);
  return [];
}

const REMOVED = Symbol('removed');
/** Values that break some rule somewhere (and REMOVED: the field taken out). */
const BREAKS: unknown[] = [
  REMOVED,
  undefined,
  null,
  '',
  '  ',
  ' padded ',
  'x',
  'D-10969',
  'braeunling(at)gesundheitbb.de',
  '2026-02-30',
  '2026-12-06T10:00:00',
  'javascript:alert(1)',
  'DE-XX',
  0,
  -1,
  1.5,
  true,
  [],
  ['x', 5],
  {},
];

/** `item` with the value at `path` replaced by `by` (or removed), copying the containers on the way. */
function broken(item: unknown, path: (string | number)[], by: unknown): unknown {
  const [key, ...rest] = path;
  const copy = (Array.isArray(item) ? [...item] : { ...(item as object) }) as Record<string | number, unknown>;
  if (rest.length) copy[key] = broken(copy[key], rest, by);
  else if (by === REMOVED) delete copy[key];
  else copy[key] = by;
  return copy;
}

const ITEMS = allItems();

test('readPlain gives what zod gives for every item of the demo feeds, the fixtures and the realistic feed', () => {
  for (const [name, items] of ITEMS) {
    const schema: z.ZodMiniType = COLLECTIONS[name];
    let valid = 0;
    for (const [i, item] of items.entries()) {
      const expected = zodData(schema, item);
      const read = readPlain(schema, item);
      assert.deepStrictEqual(read, expected, `${name}[${i}]`);
      // Key order too: kgc-feed split writes the checked items, and its parts are named by their content's hash.
      assert.equal(JSON.stringify(read), JSON.stringify(expected), `${name}[${i}] in zod's key order`);
      if (expected !== undefined) valid++;
    }
    assert.ok(valid >= 10, `${name}: at least ten valid items compared (${valid})`);
  }
});

test('readPlain gives what zod gives with any one field of an item broken, removed or added', () => {
  let compared = 0;
  let refused = 0;
  for (const [name, items] of ITEMS) {
    const schema: z.ZodMiniType = COLLECTIONS[name];
    // The small documents whole, and the first items of the realistic feed (the rest are more of the same).
    for (const item of items.slice(0, 60)) {
      const variants = [
        Object.assign(JSON.parse('{"__proto__": "not the prototype"}'), item, { unknown: 'left out' }),
        ...paths(item).flatMap((path) => BREAKS.map((by) => broken(item, path, by))),
      ];
      for (const variant of variants) {
        const expected = zodData(schema, variant);
        assert.deepStrictEqual(readPlain(schema, variant), expected, `${name}: ${JSON.stringify(variant)}`);
        compared++;
        if (expected === undefined) refused++;
      }
    }
  }
  assert.ok(compared > 10000 && refused > 1000, `compared ${compared}, of which zod refused ${refused}`);
});

test('readPlain asks zod for schemas of kinds it does not read', () => {
  const withDefault = z.object({ a: z._default(z.string(), 'x') });
  assert.equal(readPlain(withDefault, {}), undefined);
  assert.equal(readPlain(z.string().check(z.trim()), ' a '), 'a');
  assert.equal(readPlain(z.union([z.string(), z.number()]), 'a'), undefined);
  assert.equal(readPlain(z.object({ n: z.number() }), { n: Number.NaN }), undefined);
});

test('readPlain gives what zod gives for the head of every document, also with any one field broken or removed', () => {
  const heads = DOCUMENTS.filter((d) => typeof d === 'object' && d !== null && !Array.isArray(d)).map((d) =>
    Object.fromEntries(Object.entries(d as object).filter(([key]) => key in FeedHead.shape)),
  );
  let valid = 0;
  for (const head of heads) {
    for (const variant of [head, ...paths(head).flatMap((path) => BREAKS.map((by) => broken(head, path, by)))]) {
      const expected = zodData(FeedHead, variant);
      const read = readPlain(FeedHead, variant);
      assert.deepStrictEqual(read, expected, JSON.stringify(variant));
      assert.equal(JSON.stringify(read), JSON.stringify(expected), `${JSON.stringify(variant)} in zod's key order`);
      if (expected !== undefined) valid++;
    }
  }
  assert.ok(valid >= 10, `at least ten valid heads compared (${valid})`);
});
