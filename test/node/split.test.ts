// `kgc-feed split`: index and content-hashed parts, run as the real CLI and through `writeSplit`, read back
// from disk (hashes against the bytes, every part a valid feed, calendars with ical.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ICAL from 'ical.js';
import { checkFeed } from '../../src/feed/parse.js';
import { FeedIndex, type CollectionName, type Event, type Feed } from '../../src/feed/schema.js';
import { BYTES_PER_PART, EVENTS_PER_PART, splitFeed, writeSplit } from '../../src/cli/split.js';

const root = new URL('../..', import.meta.url).pathname;
const demoFeed = join(root, 'demo/data/feed.json');
const fixture = (name: string) => join(root, `test/fixtures/${name}.json`);
const scratch = () => mkdtempSync(join(tmpdir(), 'kgc-split-'));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const COLLECTIONS: CollectionName[] = ['projects', 'partners', 'offices', 'events', 'news'];

/** Runs `kgc-feed split …` in a child process. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'split', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'de_DE.UTF-8' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file below `dir`, by relative path, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

const sample = (): Feed => {
  const { feed, issues } = checkFeed(JSON.parse(readFileSync(demoFeed, 'utf8')));
  assert.deepEqual(issues, []);
  return feed;
};

const readIndex = (dir: string) => FeedIndex.parse(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));

test('split: the same feed gives byte-identical output; a second run rewrites nothing', async () => {
  const a = scratch();
  const b = scratch();
  const first = cli(demoFeed, '--out', a);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /✓ \d+ Teile und 17 Kalenderdateien/);
  await writeSplit(sample(), b);
  assert.deepEqual(tree(a), tree(b));
  const mtimes = [...tree(a).keys()].map((path) => statSync(join(a, path)).mtimeMs);
  const again = await writeSplit(sample(), a);
  assert.deepEqual(again.written, []);
  assert.deepEqual(again.removed, []);
  assert.deepEqual(
    [...tree(a).keys()].map((path) => statSync(join(a, path)).mtimeMs),
    mtimes,
    'unchanged files keep their time (and so their ETag)',
  );
});

test('split: every part is a valid feed of its one collection, named and checked by the sha256 of its bytes', async () => {
  const dir = scratch();
  const feed = sample();
  const { index } = await writeSplit(feed, dir);
  assert.deepEqual(FeedIndex.parse(readIndex(dir)), index);
  const files = tree(dir);
  const named = new Set(['index.json', index.calendarUrl, ...Object.values(index.calendarUrls ?? {})]);
  for (const part of index.parts) {
    named.add(part.url);
    const bytes = files.get(part.url);
    assert.ok(bytes, `${part.url} is written`);
    const hash = sha256(bytes);
    assert.equal(part.sha256, hash, part.url);
    assert.match(part.url, new RegExp(`^${part.collection}/[\\w-]+\\.${hash.slice(0, 8)}\\.json$`));
    const json = JSON.parse(bytes.toString('utf8'));
    assert.deepEqual(Object.keys(json), ['version', 'title', 'language', 'homePageUrl', part.collection]);
    const { feed: partFeed, issues } = checkFeed(json);
    assert.deepEqual(issues, [], part.url);
    assert.equal(partFeed[part.collection].length, part.count, part.url);
  }
  assert.deepEqual([...files.keys()].sort(), [...named].sort(), 'nothing but what the index names');
  // Every item is in exactly one part, in the feed's order within its part.
  for (const collection of COLLECTIONS) {
    const ids = index.parts
      .filter((p) => p.collection === collection)
      .flatMap((p) => (JSON.parse(files.get(p.url)!.toString()) as Feed)[collection].map((item) => item.id));
    assert.deepEqual([...ids].sort(), feed[collection].map((item) => item.id).sort(), collection);
  }
});

test('split: parts per collection and Land, events per Land and year with the Berlin dates they cover', () => {
  const feed = sample();
  const { index, files } = splitFeed(feed);
  const items = (url: string, collection: CollectionName) => (JSON.parse(files.get(url)!) as Feed)[collection];
  for (const part of index.parts) {
    const list = items(part.url, part.collection) as { region?: { land: string } }[];
    if (part.collection === 'news') {
      assert.equal(part.land, undefined);
      assert.match(part.url, /^news\/news\.\w{8}\.json$/);
      continue;
    }
    for (const item of list) assert.equal(item.region?.land, part.land, part.url);
    if (part.collection !== 'events') {
      assert.match(part.url, new RegExp(`^${part.collection}/${part.land}\\.\\w{8}\\.json$`));
      assert.equal(part.from, undefined);
      continue;
    }
    const year = /^events\/(DE-[A-Z]{2}|bundesweit)-(\d{4})\.\w{8}\.json$/.exec(part.url);
    assert.ok(year, part.url);
    assert.equal(year[1], part.land ?? 'bundesweit');
    assert.ok(part.from!.startsWith(year[2]), `${part.url} starts in its year`);
    for (const event of list as Event[]) {
      assert.ok(part.from! <= event.start.slice(0, 10), `${event.id} after ${part.from}`);
      assert.ok((event.end ?? event.start).slice(0, 10) <= part.to!, `${event.id} before ${part.to}`);
    }
  }
  // Sachsen-Anhalt's events of 2026: from the first day to the last, Europe/Berlin.
  const st2026 = index.parts.find((p) => p.url.startsWith('events/DE-ST-2026.'))!;
  const expected = feed.events.filter((e) => e.region?.land === 'DE-ST' && e.start.startsWith('2026'));
  assert.equal(st2026.count, expected.length);
  assert.equal(st2026.from, expected.map((e) => e.start.slice(0, 10)).sort()[0]);
  assert.ok(index.parts.some((p) => p.collection === 'events' && p.land === undefined && p.url.includes('bundesweit')));
  // The order of the index: collections, then Länder (ISO list order), the Land-less last.
  assert.deepEqual(
    [...new Set(index.parts.map((p) => p.collection))],
    ['projects', 'partners', 'offices', 'events', 'news'],
  );
});

test(`split: a Land-year over ${EVENTS_PER_PART} events is split by half year, quarter and month`, () => {
  const event = (id: string, start: string, land?: 'DE-ST'): Event => ({
    id,
    title: `Termin ${id}`,
    start,
    ...(land ? { region: { land } } : {}),
  });
  const events = [
    // 300 in January (a month is never split), 10 in May: H1 has 310 → Q1 (300 → January), Q2.
    ...Array.from({ length: 300 }, (_, i) =>
      event(`jan-${i}`, `2026-01-${String((i % 28) + 1).padStart(2, '0')}`, 'DE-ST'),
    ),
    ...Array.from({ length: 10 }, (_, i) => event(`may-${i}`, `2026-05-${String(i + 1).padStart(2, '0')}`, 'DE-ST')),
    // 20 in the second half: one part for H2. New Year's Eve begins in 2026 and ends in 2027 (Berlin time),
    // so H2 covers a day of 2027; an event at 23:30 UTC on 31 December is on 1 January in Berlin.
    ...Array.from({ length: 19 }, (_, i) => event(`sep-${i}`, `2026-09-${String(i + 1).padStart(2, '0')}`, 'DE-ST')),
    { ...event('silvester', '2026-12-31T22:00:00+01:00', 'DE-ST'), end: '2027-01-01T02:00:00+01:00' },
    event('neujahr', '2026-12-31T23:30:00Z', 'DE-ST'),
    // Another year of the same Land, and events without a Land: small, one part each.
    event('next-year', '2027-03-01', 'DE-ST'),
    ...Array.from({ length: 5 }, (_, i) => event(`online-${i}`, `2026-0${i + 1}-15`)),
  ];
  const feed: Feed = { version: 1, projects: [], partners: [], offices: [], news: [], events };
  const { index } = splitFeed(feed);
  const layout = index.parts.map((p) => [p.url.replace(/\.\w{8}\.json$/, ''), p.count, p.from, p.to]);
  assert.deepEqual(layout, [
    ['events/DE-ST-2026-01', 300, '2026-01-01', '2026-01-28'],
    ['events/DE-ST-2026-Q2', 10, '2026-05-01', '2026-05-10'],
    ['events/DE-ST-2026-H2', 20, '2026-09-01', '2027-01-01'],
    ['events/DE-ST-2027', 2, '2027-01-01', '2027-03-01'],
    ['events/bundesweit-2026', 5, '2026-01-15', '2026-05-15'],
  ]);
});

test(`split: a Land-year of fewer events but over ${BYTES_PER_PART / 1024} KB is split as far as it takes`, () => {
  // 60 national events of about 3 KB each (Steckbrief-length descriptions): 180 KB in the year, 90 KB per half
  // year, 45 KB per quarter. A month over the limit stays one part (a month is never split).
  const text = (i: number) => `Beschreibung ${i}: ${'Gesundheitliche Chancengleichheit im Quartier. '.repeat(64)}`;
  const events: Event[] = [
    ...Array.from({ length: 60 }, (_, i) => ({
      id: `e-${i}`,
      title: `Fachtag ${i}`,
      start: `2026-${String((i % 12) + 1).padStart(2, '0')}-10`,
      description: text(i),
    })),
    ...Array.from({ length: 30 }, (_, i) => ({
      id: `big-${i}`,
      title: `Online-Reihe ${i}`,
      start: '2027-02-10',
      description: text(i),
    })),
  ];
  const feed: Feed = { version: 1, projects: [], partners: [], offices: [], news: [], events };
  const { index, files } = splitFeed(feed);
  const layout = index.parts.map((p) => [p.url.replace(/\.\w{8}\.json$/, ''), p.count]);
  assert.deepEqual(layout, [
    ['events/bundesweit-2026-Q1', 15],
    ['events/bundesweit-2026-Q2', 15],
    ['events/bundesweit-2026-Q3', 15],
    ['events/bundesweit-2026-Q4', 15],
    ['events/bundesweit-2027-02', 30],
  ]);
  for (const part of index.parts.slice(0, 4)) assert.ok(Buffer.byteLength(files.get(part.url)!) <= BYTES_PER_PART);
  assert.ok(Buffer.byteLength(files.get(index.parts[4].url)!) > BYTES_PER_PART, 'one month stays whole');
});

test('split: per-Land calendars hold the Land’s events and those without a Land; all.ics holds all', async () => {
  const dir = scratch();
  const feed = sample();
  const { index } = await writeSplit(feed, dir);
  assert.equal(index.calendarUrl, 'ics/all.ics');
  assert.equal(Object.keys(index.calendarUrls!).length, 16);
  const uids = (path: string) =>
    new ICAL.Component(ICAL.parse(readFileSync(join(dir, path), 'utf8')))
      .getAllSubcomponents('vevent')
      .map((c) => String(c.getFirstPropertyValue('uid')).replace(/@.*/, ''))
      .sort();
  assert.deepEqual(uids('ics/all.ics'), feed.events.map((e) => e.id).sort());
  assert.deepEqual(
    uids(index.calendarUrls!['DE-ST']!),
    feed.events
      .filter((e) => !e.region || e.region.land === 'DE-ST')
      .map((e) => e.id)
      .sort(),
  );
  const st = readFileSync(join(dir, 'ics/DE-ST.ics'), 'utf8');
  assert.match(st, /X-WR-CALNAME:.*\r\n .*Sachsen-Anhalt\r\n/);
  assert.match(st, /DTSTAMP:20261123T070000Z/, 'the feed’s updated, not the time of the run');
});

test('split: a stale part of an earlier run is removed only when the earlier index named it', async () => {
  const dir = scratch();
  const feed = sample();
  const before = await writeSplit(feed, dir);
  writeFileSync(join(dir, 'notes.json'), '{}');
  writeFileSync(join(dir, 'events/own.json'), '{}');
  const outside = join(dir, '..', `${relative(tmpdir(), dir)}-outside.json`);
  writeFileSync(outside, '{}');
  // An earlier index that also names files outside the folder and the publisher's own files: kept.
  const old = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  old.parts.push({ collection: 'events', url: `../${relative(tmpdir(), outside)}`, count: 0 });
  writeFileSync(join(dir, 'index.json'), JSON.stringify(old));
  const changed = structuredClone(feed);
  changed.events = changed.events.filter((e) => e.region?.land !== 'DE-ST' || !e.start.startsWith('2026'));
  const after = await writeSplit(changed, dir);
  const gone = before.index.parts.find((p) => p.url.startsWith('events/DE-ST-2026.'))!.url;
  assert.deepEqual(after.removed, [gone]);
  assert.equal(existsSync(join(dir, gone)), false);
  for (const kept of ['notes.json', 'events/own.json']) assert.ok(existsSync(join(dir, kept)), kept);
  assert.ok(existsSync(outside));
  assert.ok(after.written.includes('index.json'));
  assert.ok(after.written.includes('ics/DE-ST.ics'));
  assert.ok(!after.written.some((path) => path.startsWith('projects/')), 'unchanged parts are not rewritten');
});

test('split: an invalid feed is refused with the validator’s messages, exit 1, nothing written', () => {
  const dir = join(scratch(), 'out');
  const { code, stdout, stderr } = cli(fixture('partial'), '--out', dir);
  assert.equal(code, 1, stdout);
  assert.match(stderr, /Fehler gefunden; es wurde nichts geschrieben/);
  assert.match(stderr, /events\[1\]\.start: kein gültiges Datum/);
  assert.match(stderr, /events\[4\]\.id: die id "ok-1" kommt mehrfach vor/);
  assert.match(stderr, /news: erwartet wird eine Liste/);
  assert.equal(existsSync(dir), false);
  const version = cli(fixture('version2'), '--out', dir);
  assert.equal(version.code, 1);
  assert.match(version.stderr, /unsupported version 2/);
});

test('split --partial writes the valid items and lists the rest', () => {
  const dir = scratch();
  const { code, stdout, stderr } = cli(fixture('partial'), '--out', dir, '--partial');
  assert.equal(code, 0, stderr);
  assert.match(stdout, /✓ \d+ Teile/);
  assert.match(stderr, /nicht übernommen wurden:/);
  assert.match(stderr, /events\[1\]\.start: kein gültiges Datum/);
  const { feed, issues } = checkFeed(JSON.parse(readFileSync(fixture('partial'), 'utf8')));
  assert.ok(issues.length > 0);
  const index = readIndex(dir);
  const written = (collection: CollectionName): { id: string }[] =>
    index.parts
      .filter((p) => p.collection === collection)
      .flatMap(
        (p) => (JSON.parse(readFileSync(join(dir, p.url), 'utf8')) as Record<string, { id: string }[]>)[collection],
      );
  for (const collection of COLLECTIONS) assert.deepEqual(written(collection), feed[collection], collection);
  assert.deepEqual(
    written('events').map((e) => e.id),
    ['ok-1', 'ok-2'],
  );
});

test('split: wrong usage exits 2', () => {
  assert.equal(cli(demoFeed).code, 2);
  assert.equal(cli('--out', scratch()).code, 2);
  assert.equal(cli(demoFeed, '--out', scratch(), '--bogus').code, 2);
  const file = join(scratch(), 'file');
  writeFileSync(file, '');
  const blocked = cli(demoFeed, '--out', join(file, 'sub'));
  assert.equal(blocked.code, 2);
});
