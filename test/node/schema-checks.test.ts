// The feed schema's plain checks (src/feed/schema.ts: Text, Url, Email, Count, CalendarUrls) stand in for zod's
// own formats and checks so that their code is not shipped in every bundle. They must keep zod's rules and
// issues (so the validator's messages stay the same in German and English): each is compared here with the
// zod original it replaces, value by value, also after a zod update.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import {
  CalendarUrls,
  Count,
  Email,
  IndexHead,
  IsoDate,
  IsoMonthOrDate,
  LandCode,
  Part,
  PostalCode,
  Text,
  Url,
} from '../../src/feed/schema.js';
import { readPlain } from '../../src/feed/plain-reader.js';
import { URL_CASES } from '../helpers/url-cases.js';

const zodText = z.string().check(z.trim(), z.minLength(1));

const PAIRS: [string, z.ZodMiniType, z.ZodMiniType, unknown[]][] = [
  ['Text', Text, zodText, ['', ' ', ' a ', 'a', '\u00a0', '\u200b', '\n\tx\n', '😀', 5, null, undefined, ['a'], {}]],
  [
    'Url',
    Url,
    z.url(),
    [
      'https://example.org',
      ' https://example.org/a b ',
      'http://exa\nmple.org',
      '\thttps://a.de/\t',
      'mailto:a@b.de',
      'tel:+49 30 1234',
      'javascript:alert(1)',
      'not a url',
      '',
      '//x',
      'https://',
      'http:example.org',
      'https://ex ample.org',
      'https://a.de:99999',
      // zod's own check asks URL.canParse, which Node 20 gets wrong beyond ASCII once hot (see below).
      ...URL_CASES.filter((value) => /^[\0-\x7f]*$/.test(value)),
      5,
      null,
      {},
    ],
  ],
  [
    'Email',
    Email,
    z.email(),
    ['a@b.de', 'a.b@c.de', ' a@b.de', 'a@b', 'a@b.c', '', 'ä@b.de', 'a+b@c.de', "o'brien@x.ie", 'a..b@c.de', 5, null],
  ],
  [
    'Count',
    Count,
    z.number().check(z.int(), z.nonnegative()),
    [0, 1, 12, 1.5, -1, -1.5, 2 ** 53, -(2 ** 60), 2 ** 60, '3', NaN, Infinity, null],
  ],
  [
    'CalendarUrls',
    CalendarUrls,
    z.partialRecord(LandCode, zodText),
    [
      {},
      { 'DE-ST': ' ics/st.ics ' },
      { XX: 'a' },
      { 'DE-ST': '' },
      { 'DE-ST': 'a', XX: 'b', YY: 1, 'DE-BY': ' ' },
      { 'DE-ST': 3 },
      { 'de-st': 'a' },
      JSON.parse('{"__proto__": "x", "DE-ST": "a"}'),
      Object.assign(Object.create(null), { 'DE-ST': 'a' }),
      new Date(0),
      [],
      'x',
      null,
    ],
  ],
];

/** A parse result with each issue's keys sorted (the order zod writes them in is not part of the rule). */
const shown = (result: { success: boolean; data?: unknown; error?: { issues: object[] } }) =>
  result.success
    ? result
    : result.error!.issues.map((issue) =>
        Object.fromEntries(Object.entries(issue).sort(([a], [b]) => a.localeCompare(b))),
      );

for (const [name, ours, zods, values] of PAIRS) {
  test(`schema: ${name} keeps the rule, the output and the issues of the zod check it stands in for`, () => {
    for (const locale of ['de', 'en'] as const) {
      z.config(z.locales[locale]());
      for (const [i, value] of values.entries())
        for (const reportInput of [true, false])
          assert.deepEqual(
            shown(ours.safeParse(value, { reportInput })),
            shown(zods.safeParse(value, { reportInput })),
            `${name} (${locale}), value ${i}`,
          );
    }
  });
}

const HASH = 'ab'.repeat(32);
const PART = { collection: 'events', url: 'events/DE-ST-2026.3f9a1c2b.json', land: 'DE-ST', count: 12 };
const PARTS: unknown[] = [
  PART,
  { ...PART, from: '2026-01-01', to: '2026-12-31', sha256: HASH },
  { ...PART, from: '2026-05-01', to: '2026-05-01' },
  { collection: 'news', url: ' news/all.json ', count: 0 },
  { ...PART, extra: 'dropped', nested: { a: 1 } },
  { ...PART, from: '2026-12-31', to: '2026-01-01' },
  { ...PART, from: '2026-02-30' },
  { ...PART, to: '2026-13-01' },
  { ...PART, from: '2026-01-01T10:00:00+01:00' },
  { ...PART, from: 20260101 },
  { ...PART, collection: 'people' },
  { ...PART, collection: 'Events' },
  { ...PART, collection: undefined },
  { ...PART, url: '' },
  { ...PART, url: '   ' },
  { ...PART, url: 5 },
  { ...PART, land: 'ST' },
  { ...PART, land: 'de-st' },
  { ...PART, land: null },
  { ...PART, count: -1 },
  { ...PART, count: 1.5 },
  { ...PART, count: '3' },
  { ...PART, count: 2 ** 53 },
  { ...PART, count: NaN },
  { collection: 'events', url: 'a.json' },
  { ...PART, sha256: HASH.toUpperCase() },
  { ...PART, sha256: HASH.slice(1) },
  { ...PART, sha256: 7 },
  JSON.parse('{"__proto__": {"count": 3}, "collection": "news", "url": "n.json"}'),
  JSON.parse('{"__proto__": {"x": 3}, "collection": "news", "url": "n.json", "count": 1}'),
  [PART],
  'events/a.json',
  null,
  undefined,
  5,
];

/** The plain reader gives what the schema gives for every value of the table: the data, or undefined. */
function sameAsSchema(schema: z.ZodMiniType, table: unknown[]) {
  for (const [i, value] of table.entries()) {
    const parsed = schema.safeParse(value);
    assert.deepStrictEqual(
      readPlain(schema, value),
      parsed.success ? parsed.data : undefined,
      `${i}: ${JSON.stringify(value)}`,
    );
  }
  assert.ok(table.filter((value) => readPlain(schema, value)).length >= 5, 'the table holds valid values');
}

test('schema: the plain reader accepts exactly the index entries Part accepts, with the same output', () => {
  sameAsSchema(Part, PARTS);
});

const HEAD = { version: 1, kind: 'index' };
/** Index heads (the index without its parts): valid ones, then each rule broken once. */
const HEADS: Record<string, unknown>[] = [
  HEAD,
  { ...HEAD, title: ' Kooperationsverbund ', updated: '2026-12-06', calendarUrl: ' ics/all.ics ' },
  { ...HEAD, updated: '2026-12-06T10:00:00+01:00', calendarUrls: { 'DE-ST': ' ics/DE-ST.ics', 'DE-BE': 'b.ics' } },
  { ...HEAD, calendarUrls: {} },
  { ...HEAD, extra: 'dropped', nested: { a: 1 } },
  { ...HEAD, calendarUrls: JSON.parse('{"__proto__": "x", "DE-ST": "st.ics"}') },
  { ...HEAD, version: 2 },
  { ...HEAD, version: '1' },
  { version: 1 },
  { ...HEAD, kind: 'feed' },
  { ...HEAD, title: '' },
  { ...HEAD, title: '  ' },
  { ...HEAD, title: 5 },
  { ...HEAD, title: null },
  { ...HEAD, updated: '2026-02-30' },
  { ...HEAD, updated: '2026-12-06T10:00:00' },
  { ...HEAD, updated: ' 2026-12-06' },
  { ...HEAD, updated: 20261206 },
  { ...HEAD, calendarUrl: '' },
  { ...HEAD, calendarUrl: 7 },
  { ...HEAD, calendarUrls: { ST: 'st.ics' } },
  { ...HEAD, calendarUrls: { 'DE-ST': '' } },
  { ...HEAD, calendarUrls: { 'DE-ST': 5 } },
  { ...HEAD, calendarUrls: { 'DE-ST': null } },
  { ...HEAD, calendarUrls: ['st.ics'] },
  { ...HEAD, calendarUrls: 'st.ics' },
  { ...HEAD, calendarUrls: null },
];

test('schema: the plain reader accepts exactly the index heads IndexHead accepts, with the same output', () => {
  sameAsSchema(IndexHead, HEADS);
});

test('schema: a date names a day that exists (Gregorian leap years), a year or a month stands alone', () => {
  const valid = (schema: z.ZodMiniType, value: string) => schema.safeParse(value).success;
  for (const day of ['2024-02-29', '2000-02-29', '0000-02-29', '2026-04-30', '2026-12-31', '2026-01-31']) {
    assert.equal(valid(IsoDate, day), true, day);
    assert.equal(valid(IsoDate, `${day}T10:00:00+01:00`), true, `${day} with a time`);
    assert.equal(valid(IsoMonthOrDate, day), true, `${day} as a month or date`);
  }
  for (const day of ['2023-02-29', '1900-02-29', '2100-02-29', '2026-02-30', '2026-04-31', '2026-11-31']) {
    assert.equal(valid(IsoDate, day), false, day);
    assert.equal(valid(IsoDate, `${day}T10:00:00Z`), false, `${day} with a time`);
    assert.equal(valid(IsoMonthOrDate, day), false, `${day} as a month or date`);
  }
  for (const value of ['2014', '2014-02', '2024-12']) assert.equal(valid(IsoMonthOrDate, value), true, value);
  for (const value of ['2014-13', '2014-00', '2014-7']) assert.equal(valid(IsoMonthOrDate, value), false, value);
});

test('schema: a Postleitzahl is exactly five digits, every time it is checked', () => {
  for (let round = 0; round < 2; round++) {
    for (const value of ['10969', '01067']) assert.equal(PostalCode.safeParse(value).success, true, value);
    for (const value of ['D-10969', '1096', '109690', '1096a', ' 10969', ''])
      assert.equal(PostalCode.safeParse(value).success, false, value);
  }
});

test('schema: a web address is valid exactly when the URL constructor reads it, also beyond ASCII and once hot', () => {
  // Node 20 and 22's URL.canParse answers false beyond ASCII after some thousand calls; the constructor does not.
  for (let i = 0; i < 20000; i++) Url.safeParse(i % 2 ? `https://a.de/${i}` : `https://a.de:${i}/`);
  const reads = (value: string) => {
    try {
      return !!new URL(value.trim());
    } catch {
      return false;
    }
  };
  const differ = URL_CASES.filter((value) => Url.safeParse(value).success !== reads(value));
  assert.deepEqual(differ, []);
  for (const value of ['https://münchen.de/', 'https://example.org/ä', 'ftp:///ä'])
    assert.deepEqual(Url.safeParse(value), { success: true, data: value }, value);
});
