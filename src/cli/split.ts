/**
 * `kgc-feed split FEED --out DIR [--partial]`: a feed as a feed index (DIR/index.json) and its parts, for
 * publishers with much data (DESIGN.md, "The feed index"). Node only, no lit, no DOM.
 *
 * Layout (all paths relative to DIR, and so to the index):
 *   index.json                          the index; the only file to revalidate often
 *   projects/DE-ST.3f9a1c2b.json        one part per collection and Land; the name carries the first
 *   partners/DE-ST.….json               8 hex digits of the sha256 of its bytes, so it never changes
 *   offices/DE-ST.….json
 *   events/DE-ST-2026.….json            events also per year of their start (Europe/Berlin); a Land-year
 *   events/DE-ST-2026-H1.….json         with more than EVENTS_PER_PART events or BYTES_PER_PART bytes per
 *   events/DE-ST-2026-Q3.….json         half year, a half with more per quarter, a quarter with more per
 *   events/DE-ST-2026-07.….json         month
 *   events/bundesweit-2026.….json       events without a Land (part without `land`)
 *   news/news.….json                    news (they have no Land)
 *   ics/all.ics, ics/DE-ST.ics, …       subscription files: all events, and each Land's with those
 *                                       without a Land; names without hash, so addresses never change
 *
 * Same feed, same bytes: items keep the feed's order, parts and files are sorted, and nothing carries a time
 * but the feed's own `updated` (in the index only, so parts whose items did not change keep their name).
 * Files whose bytes are unchanged are not rewritten (their ETag stays); index.json is written last, so a
 * server never serves an index that names a missing part. Stale files of an earlier run are removed only
 * when the old index.json named them.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { checkFeed, type FeedIssue } from '../feed/parse.js';
import { FeedError } from '../feed/errors.js';
import { LAENDER, type LandCode } from '../feed/laender.js';
import type { CollectionName, Event, Feed, FeedIndex, Part } from '../feed/schema.js';
import { toInstant } from '../i18n/format.js';
import { eventSpan } from '../widgets/event-calendar/dates.js';
import { explain, readJson, type Lang } from './common.js';
import { feedCalendar, sortedEvents } from './ics.js';

/**
 * Above this many events, or this many bytes of them as JSON, a Land's year (then half, then quarter) is split
 * further; a month is never split. The bytes count for events with long texts: a calendar fetches the parts of
 * the weeks it shows, and a national year of 160 events with Steckbrief-length descriptions is 180 KB, of which
 * a month grid shows a tenth (and the widget reads and checks all of it).
 */
export const EVENTS_PER_PART = 250;
export const BYTES_PER_PART = 64 * 1024;

/** The order of collections in the index. */
const ORDER: CollectionName[] = ['projects', 'partners', 'offices', 'events', 'news'];

export interface SplitOutput {
  index: FeedIndex;
  /** Every file to write, by path relative to the output folder (index.json included), sorted. */
  files: Map<string, string>;
}

export interface SplitResult {
  index: FeedIndex;
  /** Files whose bytes changed or that were new, relative to the output folder. */
  written: string[];
  /** Files of an earlier run that the new index no longer names, removed. */
  removed: string[];
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A period of a year: `2026`, `2026-H1`, `2026-Q3`, `2026-07`, each with its finer periods. */
interface Period {
  label: string;
  months: number[];
}

function finer(period: Period): Period[] {
  const year = period.label.slice(0, 4);
  const { months } = period;
  if (months.length === 12)
    return [1, 2].map((h) => ({ label: `${year}-H${h}`, months: months.slice(h * 6 - 6, h * 6) }));
  if (months.length === 6)
    return [0, 1].map((i) => {
      const q = (months[0] - 1) / 3 + 1 + i;
      return { label: `${year}-Q${q}`, months: months.slice(i * 3, i * 3 + 3) };
    });
  return months.map((m) => ({ label: `${year}-${String(m).padStart(2, '0')}`, months: [m] }));
}

interface Bucket {
  label: string;
  events: Event[];
}

/** Whether events fit one part (EVENTS_PER_PART, BYTES_PER_PART). */
const fits = (events: Event[]) =>
  events.length <= EVENTS_PER_PART && Buffer.byteLength(JSON.stringify(events), 'utf8') <= BYTES_PER_PART;

/** One Land's (or the Land-less) events of one year, in as few periods as keep each part within its limits. */
function periods(events: Event[], period: Period, month: (e: Event) => number): Bucket[] {
  if (period.months.length === 1 || fits(events)) return [{ label: period.label, events }];
  return finer(period).flatMap((sub) => {
    const inside = events.filter((e) => sub.months.includes(month(e)));
    return inside.length ? periods(inside, sub, month) : [];
  });
}

const landRank = (land: LandCode | undefined) => (land ? LAENDER.findIndex((l) => l.iso === land) : LAENDER.length);

/** Groups items by their Land (`undefined`: no Land), in the order of LAENDER, the Land-less last. */
function byLand<T>(items: readonly T[], land: (item: T) => LandCode | undefined): [LandCode | undefined, T[]][] {
  const groups = new Map<LandCode | undefined, T[]>();
  for (const item of items) {
    const key = land(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].sort(([a], [b]) => landRank(a) - landRank(b));
}

/** The head every part repeats: what names the data, nothing that changes with each publication. */
function partHead(feed: Feed): Record<string, unknown> {
  const head: Record<string, unknown> = { version: 1 };
  for (const key of ['title', 'language', 'homePageUrl'] as const) if (feed[key] !== undefined) head[key] = feed[key];
  return head;
}

/** The index and every file of a split feed, in memory (no file system). The feed must be valid. */
export function splitFeed(feed: Feed): SplitOutput {
  const files = new Map<string, string>();
  const parts: Part[] = [];
  const head = partHead(feed);

  const addPart = (collection: CollectionName, name: string, items: unknown[], extra: Partial<Part>) => {
    const body = JSON.stringify({ ...head, [collection]: items });
    const hash = sha256(body);
    const url = `${collection}/${name}.${hash.slice(0, 8)}.json`;
    files.set(url, body);
    parts.push({
      collection,
      url,
      ...(extra.land ? { land: extra.land } : {}),
      ...(extra.from ? { from: extra.from, to: extra.to } : {}),
      count: items.length,
      sha256: hash,
    });
  };

  for (const collection of ORDER) {
    if (collection === 'events') {
      const spans = new Map(feed.events.map((e) => [e, eventSpan(e.start, e.end)]));
      const month = (e: Event) => Number(spans.get(e)!.start.slice(5, 7));
      for (const [land, events] of byLand(feed.events, (e) => e.region?.land)) {
        const years = new Map<string, Event[]>();
        for (const e of events) {
          const year = spans.get(e)!.start.slice(0, 4);
          years.set(year, [...(years.get(year) ?? []), e]);
        }
        for (const year of [...years.keys()].sort()) {
          const all = { label: year, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] };
          for (const bucket of periods(years.get(year)!, all, month)) {
            const covered = bucket.events.map((e) => spans.get(e)!);
            addPart('events', `${land ?? 'bundesweit'}-${bucket.label}`, bucket.events, {
              land,
              from: covered.reduce((min, s) => (s.start < min ? s.start : min), covered[0].start),
              to: covered.reduce((max, s) => (s.end > max ? s.end : max), covered[0].end),
            });
          }
        }
      }
    } else if (collection === 'news') {
      if (feed.news.length) addPart('news', 'news', feed.news, {});
    } else {
      const items = feed[collection] as { region: { land: LandCode } }[];
      for (const [land, group] of byLand(items, (item) => item.region.land))
        addPart(collection, land!, group, { land });
    }
  }

  let calendars: Pick<FeedIndex, 'calendarUrl' | 'calendarUrls'> = {};
  if (feed.events.length) {
    // DTSTAMP is the feed's `updated` (a file without it would change with every run otherwise).
    const now = feed.updated ? toInstant(feed.updated) : new Date(0);
    const lang: Lang = feed.language?.toLowerCase().startsWith('en') ? 'en' : 'de';
    const events = sortedEvents(feed.events);
    const calendarUrls: Partial<Record<LandCode, string>> = {};
    files.set('ics/all.ics', feedCalendar(feed, events, { now, source: undefined }));
    for (const land of LAENDER) {
      const url = `ics/${land.iso}.ics`;
      const name = feed.title ? `${feed.title} – ${land[lang]}` : land[lang];
      const own = events.filter((e) => !e.region || e.region.land === land.iso);
      files.set(url, feedCalendar(feed, own, { now, name, source: undefined }));
      calendarUrls[land.iso] = url;
    }
    calendars = { calendarUrl: 'ics/all.ics', calendarUrls };
  }
  const index: FeedIndex = {
    version: 1,
    kind: 'index',
    ...(feed.title !== undefined ? { title: feed.title } : {}),
    ...(feed.updated !== undefined ? { updated: feed.updated } : {}),
    ...calendars,
    parts,
  };
  files.set('index.json', `${JSON.stringify(index, null, 2)}\n`);
  return { index, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}

/** The relative paths an earlier index.json in `dir` named (parts and calendars), inside `dir` only. */
async function earlierFiles(dir: string): Promise<string[]> {
  let old: unknown;
  try {
    old = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
  } catch {
    return [];
  }
  if (!old || typeof old !== 'object' || (old as { kind?: unknown }).kind !== 'index') return [];
  const { parts, calendarUrl, calendarUrls } = old as Record<string, unknown>;
  const urls = [
    ...(Array.isArray(parts) ? parts.map((p) => (p as { url?: unknown } | null)?.url) : []),
    calendarUrl,
    ...(calendarUrls && typeof calendarUrls === 'object' ? Object.values(calendarUrls) : []),
  ];
  const root = resolve(dir);
  return urls.filter(
    (url): url is string =>
      typeof url === 'string' &&
      /^[\w-]+(\/[\w.-]+)*\.(json|ics)$/.test(url) &&
      url !== 'index.json' &&
      resolve(root, url).startsWith(root + sep),
  );
}

/**
 * Writes a valid feed as index and parts into `outDir` (created if missing). Only changed files are written,
 * index.json last; then files that the previous index.json in `outDir` named and the new one does not are
 * removed. Nothing else in `outDir` is touched.
 */
export async function writeSplit(feed: Feed, outDir: string): Promise<SplitResult> {
  const { index, files } = splitFeed(feed);
  const before = await earlierFiles(outDir);
  const written: string[] = [];
  const write = async (path: string, body: string) => {
    const file = join(outDir, path);
    const current = await readFile(file, 'utf8').catch(() => undefined);
    if (current === body) return;
    await mkdir(dirname(file), { recursive: true });
    const scratch = `${file}.${process.pid}.tmp`;
    await writeFile(scratch, body, 'utf8');
    await rename(scratch, file);
    written.push(path);
  };
  for (const [path, body] of files) if (path !== 'index.json') await write(path, body);
  await write('index.json', files.get('index.json')!);
  const removed = before.filter((path) => !files.has(path));
  for (const path of removed) await rm(join(outDir, path), { force: true });
  return { index, written, removed };
}

const TEXT = {
  de: {
    usage: 'Aufruf: kgc-feed split FEED --out ORDNER [--partial]',
    unreadable: 'Der Feed kann nicht gelesen werden:',
    invalid: (n: number) =>
      `✗ ${n} Fehler gefunden; es wurde nichts geschrieben (mit --partial werden die gültigen Einträge geschrieben):`,
    skipped: (n: number) => `${n} Fehler; nicht übernommen wurden:`,
    done: (parts: number, calendars: number, dir: string) =>
      `✓ ${parts} Teile und ${calendars} Kalenderdateien, Index: ${join(dir, 'index.json')}`,
    changes: (written: number, removed: number) =>
      `${written} Dateien geschrieben oder geändert, ${removed} veraltete entfernt.`,
  },
  en: {
    usage: 'Usage: kgc-feed split FEED --out DIR [--partial]',
    unreadable: 'The feed cannot be read:',
    invalid: (n: number) => `✗ ${n} errors found; nothing was written (with --partial, the valid items are written):`,
    skipped: (n: number) => `${n} errors; left out:`,
    done: (parts: number, calendars: number, dir: string) =>
      `✓ ${parts} parts and ${calendars} calendar files, index: ${join(dir, 'index.json')}`,
    changes: (written: number, removed: number) => `${written} files written or changed, ${removed} stale removed.`,
  },
};

/** Each issue as an indented line: its JSON path and what is wrong, in the user's language. */
const lines = (issues: FeedIssue[], lang: Lang) => issues.map((issue) => `  ${issue.path}: ${explain(issue, lang)}`);

/**
 * The `split` command. Exit codes: 0 written, 1 feed unreadable or invalid (without `--partial`),
 * 2 wrong usage or the folder cannot be written.
 */
export async function splitCommand(
  args: string[],
  lang: Lang,
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): Promise<number> {
  const text = TEXT[lang];
  const positional: string[] = [];
  let outDir: string | undefined;
  let partial = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if ((arg === '--out' || arg === '-o') && i + 1 < args.length) outDir = args[++i];
    else if (arg === '--partial') partial = true;
    else if (arg.startsWith('-')) {
      err(text.usage);
      return 2;
    } else positional.push(arg);
  }
  const [source] = positional;
  if (!source || !outDir || positional.length > 1) {
    err(text.usage);
    return 2;
  }
  let feed: Feed;
  try {
    const checked = checkFeed(await readJson(source));
    feed = checked.feed;
    if (checked.issues.length && !partial) {
      err(`${source}: ${text.invalid(checked.issues.length)}`);
      lines(checked.issues, lang).forEach(err);
      return 1;
    }
    if (checked.issues.length) {
      err(`${source}: ${text.skipped(checked.issues.length)}`);
      lines(checked.issues, lang).forEach(err);
    }
  } catch (error) {
    const detail = error instanceof FeedError ? error.detail : error instanceof Error ? error.message : String(error);
    err(`${source}: ${text.unreadable} ${detail}`);
    return 1;
  }
  try {
    const { index, written, removed } = await writeSplit(feed, outDir);
    out(text.done(index.parts.length, index.calendarUrls ? Object.keys(index.calendarUrls).length + 1 : 0, outDir));
    out(text.changes(written.length, removed.length));
    return 0;
  } catch (error) {
    err(`${outDir}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
