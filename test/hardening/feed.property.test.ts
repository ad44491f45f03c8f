/**
 * Properties of the feed layer for arbitrary input: reading a document never throws anything but a
 * `FeedError`, keeps only items the schema accepts, names every dropped item by its JSON path, and
 * never writes to a prototype, whatever keys the JSON holds.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readDocument } from '../../src/feed/document.js';
import { checkFeed, type FeedIssue, type ParsedFeed } from '../../src/feed/parse.js';
import { parseData } from '../../src/feed/loader.js';
import { FeedError } from '../../src/feed/errors.js';
import { COLLECTIONS, NewsItem, type CollectionName } from '../../src/feed/schema.js';
import { SEED, feedParts, hostileItems, loadNaughtyStrings, longString } from '../helpers/hostile.js';

const NAMES = Object.keys(COLLECTIONS) as CollectionName[];
const JSON_FEED = 'https://jsonfeed.org/version/1.1';

/** Every value JavaScript can hand to `.data`, not only JSON: BigInt, Map, Date, null prototypes, sparse arrays. */
const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Reads `input`; a `FeedError` is a refusal (returned as such), anything else thrown fails the property. */
function read(input: unknown): ParsedFeed | FeedError {
  try {
    return readDocument(input);
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw new Error(`readDocument threw ${String(error)} instead of a FeedError`);
  }
}

/** What every result must satisfy: each kept item passes its schema unchanged; each issue names its item. */
function checkResult(result: ParsedFeed): void {
  for (const name of NAMES) {
    expect(Array.isArray(result.feed[name]), name).to.equal(true);
    for (const item of result.feed[name]) {
      const again = COLLECTIONS[name].safeParse(item);
      expect(again.success, `${name}: kept item passes the schema`).to.equal(true);
      expect(again.data).to.deep.equal(item);
    }
    const ids = result.feed[name].map((item) => item.id);
    expect(new Set(ids).size, `${name}: ids are unique`).to.equal(ids.length);
  }
  for (const issue of result.issues) {
    expect(issue.path, 'issue path').to.be.a('string');
    expect(issue.message, 'issue message').to.be.a('string').and.not.equal('');
    if (issue.item !== undefined) {
      expect(issue.item).to.match(/^(projects|partners|offices|events|news|items)\[\d+\]$/);
      expect(issue.path.startsWith(issue.item), `${issue.path} lies in ${issue.item}`).to.equal(true);
    }
  }
}

/** Runs `fn` and collects its `console.warn` lines. */
function warningsOf<T>(fn: () => T): { result: T; warnings: string[] } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: fn(), warnings };
  } finally {
    console.warn = original;
  }
}

/** The indices of `collection` that the issues name as skipped. */
function skipped(issues: readonly FeedIssue[], collection: string): Set<number> {
  const indices = new Set<number>();
  for (const issue of issues) {
    const match = issue.item && new RegExp(`^${collection}\\[(\\d+)\\]$`).exec(issue.item);
    if (match) indices.add(Number(match[1]));
  }
  return indices;
}

describe('feed layer properties', function () {
  this.timeout(120_000);
  let naughty: string[];
  let parts: ReturnType<typeof feedParts>;
  let items: ReturnType<typeof hostileItems>;

  before(async () => {
    naughty = await loadNaughtyStrings();
    parts = feedParts(naughty);
    items = hostileItems(parts, { url: parts.anyUrl });
  });

  it('refuses any value that is not a feed with a FeedError, and never throws anything else', () => {
    const documents = fc.oneof(
      anyValue,
      fc.jsonValue(),
      anyValue.map((version) => ({ version })),
      fc.record({ version: fc.constantFrom(1, JSON_FEED), items: anyValue, projects: anyValue, news: anyValue }),
      fc.dictionary(fc.constantFrom(...NAMES, 'version', 'title', 'homePageUrl', 'items'), anyValue).map((d) => ({
        ...d,
        version: 1,
      })),
    );
    fc.assert(
      fc.property(documents, (input) => {
        const result = read(input);
        if (result instanceof FeedError) {
          expect(['invalid', 'version']).to.include(result.kind);
          expect(result.message).to.be.a('string');
        } else {
          checkResult(result);
        }
      }),
      // Found by this property: a BigInt version made the refusal itself throw (JSON.stringify).
      { seed: SEED, numRuns: 1000, includeErrorInReport: true, examples: [[{ version: 1n }], [{ version: [0n] }]] },
    );
  });

  it('refuses a version other than 1 (or JSON Feed 1.x) with the kind "version"', () => {
    const version = anyValue.filter(
      (v) => v !== 1 && !(typeof v === 'string' && v.startsWith('https://jsonfeed.org/version/1')),
    );
    fc.assert(
      fc.property(version, fc.boolean(), (v, present) => {
        const result = read(present ? { version: v, projects: [] } : { projects: [] });
        expect(result instanceof FeedError && result.kind).to.equal('version');
      }),
      { seed: SEED, numRuns: 300, includeErrorInReport: true },
    );
  });

  it('keeps exactly the valid items of hostile feeds and names every dropped one by its path', () => {
    const junk = fc.oneof(fc.jsonValue(), anyValue);
    const entry = <T>(valid: fc.Arbitrary<T>) =>
      fc.oneof(
        { weight: 3, arbitrary: valid },
        { weight: 1, arbitrary: junk },
        // A valid item with one field replaced by junk: dropped or kept, never half-read.
        {
          weight: 2,
          arbitrary: fc
            .tuple(
              valid,
              fc.constantFrom('id', 'title', 'name', 'region', 'start', 'date', 'url', 'tags', 'location'),
              junk,
            )
            .map(([item, key, value]) => ({ ...item, [key]: value })),
        },
      );
    const feed = fc.record(
      {
        head: items.head,
        projects: fc.array(entry(items.project), { maxLength: 4 }),
        partners: fc.array(entry(items.partner), { maxLength: 4 }),
        offices: fc.array(entry(items.office), { maxLength: 4 }),
        events: fc.array(entry(items.event), { maxLength: 4 }),
        news: fc.array(entry(items.news), { maxLength: 4 }),
      },
      { requiredKeys: ['head'] },
    );
    let kept = 0;
    let dropped = 0;
    fc.assert(
      fc.property(feed, ({ head, ...collections }) => {
        const input = { ...head, version: 1, ...collections };
        const { result, warnings } = warningsOf(() => parseData(input));
        checkResult(result);
        for (const name of NAMES) {
          const raw = collections[name];
          if (!raw) continue;
          const named = skipped(result.issues, name);
          expect(result.feed[name].length + named.size, `${name}: kept + dropped = given`).to.equal(raw.length);
          kept += result.feed[name].length;
          dropped += named.size;
          for (const index of named) {
            expect(
              warnings.some((line) => line.includes(`skipped ${name}[${index}]:`)),
              `a warning names ${name}[${index}]`,
            ).to.equal(true);
          }
        }
      }),
      { seed: SEED, numRuns: 300, includeErrorInReport: true },
    );
    // The generators make both kinds often: the property is not vacuous.
    expect(kept, 'items kept in all runs').to.be.above(300);
    expect(dropped, 'items dropped in all runs').to.be.above(300);
  });

  it('reads JSON Feed documents into news items that satisfy the feed schema', () => {
    const text = parts.text;
    const jsonFeedItem = fc.record(
      {
        id: fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
        url: parts.anyUrl,
        external_url: parts.anyUrl,
        title: text,
        summary: text,
        content_text: text,
        content_html: text,
        date_published: fc.constantFrom(
          '2026-06-01',
          '2026-06-01T10:00:00+02:00',
          '0001-01-01',
          '9999-12-31T23:59:59.5-23:59',
        ),
        authors: fc.array(fc.record({ name: text, url: parts.anyUrl }, { requiredKeys: [] }), { maxLength: 2 }),
        author: fc.record({ name: text }),
        tags: fc.array(text, { maxLength: 3 }),
      },
      { requiredKeys: ['id', 'title', 'date_published'] },
    );
    const document = fc.record(
      {
        version: fc.constantFrom('https://jsonfeed.org/version/1', JSON_FEED),
        title: text,
        home_page_url: parts.anyUrl,
        next_url: parts.anyUrl,
        items: fc.array(fc.oneof({ weight: 3, arbitrary: jsonFeedItem }, fc.jsonValue()), { maxLength: 5 }),
      },
      { requiredKeys: ['version', 'items'] },
    );
    fc.assert(
      fc.property(document, (input) => {
        const result = read(input);
        if (result instanceof FeedError) throw result;
        checkResult(result);
        for (const item of result.feed.news) expect(NewsItem.safeParse(item).success).to.equal(true);
        const dropped = skipped(result.issues, 'items');
        expect(result.feed.news.length + dropped.size).to.equal(input.items.length);
      }),
      { seed: SEED, numRuns: 300, includeErrorInReport: true },
    );
  });

  it('never writes to Object.prototype or Array.prototype, whatever keys the JSON holds', () => {
    const key = fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'polluted',
      'toString',
      'valueOf',
      'hasOwnProperty',
      'version',
      'items',
      'id',
      'title',
      'region',
      'land',
      ...NAMES,
    );
    const leaf = fc.constantFrom('1', 'true', 'null', '"x"', '"DE-ST"', '{"polluted":"yes"}', `"${JSON_FEED}"`, '[]');
    const { value } = fc.letrec<{ value: string; object: string; array: string }>((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, leaf, tie('object'), tie('array')),
      object: fc
        .array(fc.tuple(key, tie('value')), { maxLength: 5 })
        .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
      array: fc.array(tie('value'), { maxLength: 4 }).map((values) => `[${values.join(',')}]`),
    }));
    const documentText = fc
      .tuple(fc.constantFrom('1', `"${JSON_FEED}"`), fc.array(fc.tuple(key, value), { maxLength: 6 }))
      .map(
        ([version, entries]) =>
          `{${[['version', version], ...entries].map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`,
      );
    const before = (o: object) => Object.getOwnPropertyNames(o).sort().join();
    const objectKeys = before(Object.prototype);
    const arrayKeys = before(Array.prototype);
    fc.assert(
      fc.property(documentText, (text) => {
        const result = read(JSON.parse(text));
        if (!(result instanceof FeedError)) {
          checkResult(result);
          for (const name of NAMES)
            for (const item of result.feed[name]) expect(Object.getPrototypeOf(item)).to.equal(Object.prototype);
        }
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        expect(([] as unknown as Record<string, unknown>).polluted).to.equal(undefined);
        expect(before(Object.prototype)).to.equal(objectKeys);
        expect(before(Array.prototype)).to.equal(arrayKeys);
      }),
      { seed: SEED, numRuns: 500, includeErrorInReport: true },
    );
  });

  it('reads 100,000-character strings in every field without trouble', () => {
    const long = (tag: string) => longString(naughty, tag);
    const input = {
      version: 1,
      title: long('title'),
      homePageUrl: `https://example.org/${long('home')}`,
      projects: [
        {
          id: long('id'),
          title: long('p'),
          summary: long('s'),
          url: `javascript:${long('u')}`,
          targetAreas: [long('a')],
          settings: [long('b')],
          targetGroups: [long('c')],
          region: { land: 'DE-ST', municipality: long('m') },
        },
      ],
      news: [
        { id: 'n', title: long('n'), date: '2026-01-01', author: long('au'), url: `https://example.org/${long('x')}` },
      ],
      events: [{ id: 'e', title: long('e'), start: '2026-06-01', summary: long('es'), organizer: long('o') }],
      partners: [
        { id: 'pa', name: long('pa'), kind: long('k'), region: { land: 'DE-BE' }, location: { lat: 52.5, lon: 13.4 } },
      ],
      offices: [
        {
          id: 'o',
          name: long('of'),
          region: { land: 'DE-BE' },
          email: `${'a'.repeat(99_990)}@example.de`,
          phone: long('ph'),
        },
        { id: 'o2', name: long('of'), region: { land: 'DE-BY' }, email: `${long('mail')}@x.de` },
      ],
    };
    const started = performance.now();
    const result = checkFeed(input);
    const took = performance.now() - started;
    checkResult(result);
    expect(result.feed.projects[0].title).to.equal(input.projects[0].title.trim());
    expect(result.feed.news[0].author).to.equal(input.news[0].author.trim());
    expect(result.feed.events).to.have.length(1);
    expect(result.feed.partners).to.have.length(1);
    // The second office's e-mail is not an address: it is dropped, the office kept.
    expect(result.feed.offices.map((o) => [o.id, o.email !== undefined])).to.deep.equal([
      ['o', true],
      ['o2', false],
    ]);
    expect(result.issues.map((i) => [i.path, i.dropped])).to.deep.equal([['offices[1].email', 'offices[1].email']]);
    expect(took, 'ms to check').to.be.below(5000);
  });

  it('accepts exactly the days of the Gregorian calendar, years 0000–9999 included', () => {
    const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const length = (y: number, m: number) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 9999 })),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 28, max: 31 }),
        (year, month, day) => {
          const start = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const { result } = warningsOf(() => parseData({ version: 1, events: [{ id: 'e', title: 'T', start }] }));
          expect(result.feed.events.length, start).to.equal(day <= length(year, month) ? 1 : 0);
        },
      ),
      // 0000-02-29 exists (year 0 is a leap year); read as 1900 it would not.
      {
        seed: SEED,
        numRuns: 500,
        examples: [
          [0, 2, 29],
          [1900, 2, 29],
          [2000, 2, 29],
          [9999, 12, 31],
        ],
      },
    );
  });
});
