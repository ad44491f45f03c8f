/**
 * What widgets ask the feed layer: "the items of these collections (for this Land, these dates)". The
 * answer is a typed `Feed` holding those collections (the others empty) or a `FeedError`; widgets never
 * know whether the feed is one document or a feed index with parts.
 *
 * - A single document is fetched once; each collection is checked once, when a widget first asks for it
 *   (per document and collection, for the page's life), in slices that leave the page responsive.
 * - A feed index is fetched once; of its parts, only those a query needs are fetched (once per part URL,
 *   shared by all widgets). A part that fails is asked for again on the next query; the others are kept.
 */
import { FeedError } from './errors.js';
import { fetchDocument, forgetDocument, originAllowed, type LoadOptions } from './fetch.js';
import {
  checkCollection,
  checkDocument,
  checkHead,
  checkItem,
  checkItemById,
  describeSkipped,
  isObject,
  type CheckedCollection,
  type FeedIssue,
  type ParsedFeed,
} from './parse.js';
import { inSlices } from './tasks.js';
import { isJsonFeed, readJsonFeed } from './jsonfeed.js';
import { readPlain } from './plain-reader.js';
import { COLLECTIONS, Count, IndexHead, Part, type CollectionName, type Feed, type FeedHead } from './schema.js';
import type { LandCode } from './laender.js';

export interface FeedQuery {
  /** The collections the widget shows. */
  collections: readonly CollectionName[];
  /** Index only: the parts of these Länder, and those without a Land unless `landOnly`. */
  lands?: readonly LandCode[];
  landOnly?: boolean;
  /** Index only, events: the dates on screen (`YYYY-MM-DD`, inclusive); parts outside them are not fetched. */
  from?: string;
  to?: string;
  /** Index only: one item is wanted (a card); parts are fetched one by one until one holds it. */
  id?: string;
}

/** Where a feed comes from: a URL, or a value handed over (`data`), which may itself be an index. */
export interface FeedSource {
  src?: string;
  data?: unknown;
}

/** Collections whose items may lack a Land (an index keeps them in parts without `land`). */
const WITHOUT_LAND: ReadonlySet<CollectionName> = new Set(['events', 'news']);

interface ResolvedPart extends Part {
  /** The absolute URL, or why the part is refused. */
  href?: string;
  refused?: FeedError;
}

/**
 * A feed index, read: its head, subscription links per Land, and its parts (URLs resolved or refused). An
 * entry is checked when a query first may need it, judged by its Land and dates as they came: a page's first
 * index meets the checks' code cold (measured: 80 parts took 35–40 ms on a desktop, 60–90 ms at 4× CPU), and
 * a Land page's widgets need a few of them (a Sachsen-Anhalt month grid 3 of the realistic index's 67 event
 * parts).
 */
interface Index {
  head: Omit<Feed, CollectionName>;
  calendarUrls: Partial<Record<LandCode, string>>;
  /** The index's URL (its parts resolve against it) and its entries as they came. */
  url: string;
  raw: unknown[];
  /** Positions in `raw` of the entries that name each collection. */
  entries: Map<CollectionName, number[]>;
  /** Entries checked so far, by position: the part, or null when it is not valid (warned once). */
  checked: Map<number, ResolvedPart | null>;
}

interface Doc {
  json: Record<string, unknown>;
  /** Where the document came from (an index's part URLs resolve against it). */
  url: string;
  /** What warnings name: the URL, or "data" for a value handed over. */
  label: string;
  head?: FeedHead;
  headIssues?: FeedIssue[];
  /** Checked collections (single documents), as soon as each is known, and while it is being checked. */
  checked: Map<CollectionName, CheckedCollection>;
  checking: Map<CollectionName, Promise<CheckedCollection>>;
  /** Single items looked up by id (a card's), per collection and id, while the collection is not checked whole. */
  byId: Map<string, unknown[]>;
  index?: Index;
  /** Answers already given, so that the same question gets the same `Feed` object. */
  answers: Map<string, Feed>;
}

const docs = new WeakMap<object, Doc>();

/** For answers from an index: how many items each collection has in all its parts (the index's counts). */
const totals = new WeakMap<Feed, Partial<Record<CollectionName, number>>>();

/**
 * How many items of `name` the whole feed has: from a single document, the answer's own list; from an index,
 * the sum of its parts' counts (also of parts not fetched for this answer). A calendar on an empty month
 * of a split feed still knows that there are events elsewhere.
 */
export function collectionTotal(feed: Feed, name: CollectionName): number {
  return totals.get(feed)?.[name] ?? feed[name].length;
}

function warn(issues: readonly FeedIssue[], url: string) {
  for (const line of describeSkipped(issues)) console.warn(line, `(${url})`);
}

/** The checked form of a parsed JSON document (made once per document). Throws a `FeedError`. */
function docOf(json: unknown, url: string, label = url): Doc {
  if (isObject(json)) {
    const known = docs.get(json);
    if (known) return known;
  }
  const doc: Doc = {
    json: json as Record<string, unknown>,
    url,
    label,
    checked: new Map(),
    checking: new Map(),
    byId: new Map(),
    answers: new Map(),
  };
  if (isJsonFeed(json)) {
    const { feed, issues } = readJsonFeed(json);
    warn(issues, label);
    const { news, ...head } = feed;
    doc.head = head;
    doc.checked.set('news', { items: news, issues });
    for (const name of Object.keys(COLLECTIONS) as CollectionName[])
      if (name !== 'news') doc.checked.set(name, { items: [], issues: [] });
  } else if (isObject(json) && json.kind === 'index') {
    doc.index = readIndex(json, url);
  } else {
    checkDocument(json);
    const { head, issues } = checkHead(json);
    warn(issues, label);
    doc.head = head;
    doc.headIssues = issues;
  }
  docs.set(doc.json, doc);
  return doc;
}

/**
 * An index: its head, and its entries by the collection they name (checked by `entryAt`). An entry that names
 * no collection is checked at once: it is skipped with a warning.
 */
function readIndex(json: Record<string, unknown>, url: string): Index {
  if (json.version !== 1) checkDocument(json);
  const { parts: rawParts, ...rest } = json;
  let head = readPlain(IndexHead, rest);
  if (!head) {
    const checked = IndexHead.safeParse(rest);
    if (!checked.success) {
      const issues = checked.error.issues.map((i) => i.message).join('; ');
      throw new FeedError('invalid', `not a valid feed index: ${issues}`);
    }
    head = checked.data;
  }
  if (!Array.isArray(rawParts)) throw new FeedError('invalid', 'the feed index has no "parts" array');
  const entries = new Map<CollectionName, number[]>();
  const issues: FeedIssue[] = [];
  rawParts.forEach((value: unknown, at) => {
    const name = isObject(value) ? value.collection : undefined;
    if (typeof name === 'string' && Object.hasOwn(COLLECTIONS, name)) {
      const list = entries.get(name as CollectionName);
      if (list) list.push(at);
      else entries.set(name as CollectionName, [at]);
    } else {
      issues.push(...checkItem(Part, value, ['parts', at]).issues);
    }
  });
  warn(issues, url);
  const { title, updated, calendarUrl, calendarUrls = {} } = head;
  const resolved: Partial<Record<LandCode, string>> = {};
  for (const [land, href] of Object.entries(calendarUrls) as [LandCode, string][]) {
    const absolute = resolveLink(href, url);
    if (absolute) resolved[land] = absolute;
  }
  const indexHead: Omit<Feed, CollectionName> = { version: 1 };
  if (title) indexHead.title = title;
  if (updated) indexHead.updated = updated;
  const all = calendarUrl && resolveLink(calendarUrl, url);
  if (all) indexHead.calendarUrl = all;
  return {
    head: indexHead,
    calendarUrls: resolved,
    url,
    raw: rawParts,
    entries,
    checked: new Map(),
  };
}

/** The index's entry at position `at`, checked once: the part, or null when it is not valid (warned then). */
function entryAt(index: Index, at: number): ResolvedPart | null {
  let part = index.checked.get(at);
  if (part === undefined) {
    const { data, issues } = checkItem(Part, index.raw[at], ['parts', at]);
    warn(issues, index.url);
    part = data ? resolvePart(data, index.url) : null;
    index.checked.set(at, part);
  }
  return part;
}

/**
 * A value made once per key: `done` holds it once made, `making` while it is being made (in slices), so that
 * callers asking meanwhile share the one promise.
 */
function once<K, V>(done: Map<K, V>, making: Map<K, Promise<V>>, key: K, make: () => Promise<V>): Promise<V> {
  const known = done.get(key);
  if (known) return Promise.resolve(known);
  let pending = making.get(key);
  if (!pending) {
    pending = make().then((value) => {
      done.set(key, value);
      making.delete(key);
      return value;
    });
    making.set(key, pending);
  }
  return pending;
}

/** A link of the index (a subscription address), absolute; undefined unless http(s). */
function resolveLink(href: string, base: string): string | undefined {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A part's URL against the index's: http or https only; a relative URL may not climb out of the index's
 * folder (`../`); another origin than the index's only when the page's allowlist names it.
 */
function resolvePart(part: Part, base: string): ResolvedPart {
  const refuse = (why: string, kind: 'invalid' | 'origin' = 'invalid'): ResolvedPart => ({
    ...part,
    refused: new FeedError(kind, `the feed index names a part that is refused: ${why}`),
  });
  let url: URL;
  try {
    url = new URL(part.url, base);
  } catch {
    return refuse(`"${part.url}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse(`"${part.url}" is not an http(s) address`);
  const relative = !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(part.url.trim());
  if (relative && /(^|[/\\])(\.|%2e){2}([/\\?#]|$)/i.test(part.url)) {
    return refuse(`"${part.url}" leaves the index's folder`);
  }
  const allowed = originAllowed(url.origin) ?? url.origin === new URL(base).origin;
  if (!allowed) return refuse(`${url.origin} is not the index's origin nor allowed on this page`, 'origin');
  return { ...part, href: url.href };
}

/** A single document's collection, checked once (in slices); `undefined` from `peek` while not yet known. */
function collectionOf(doc: Doc, name: CollectionName): Promise<CheckedCollection> {
  return once(doc.checked, doc.checking, name, async () => {
    const checked = await checkCollection(doc.json, name, true);
    warn(checked.issues, doc.label);
    return checked;
  });
}

/** The same, checked at once (for a value handed over as `data`, which a widget shows without waiting). */
function collectionNow(doc: Doc, name: CollectionName): CheckedCollection {
  let known = doc.checked.get(name);
  if (!known) {
    known = checkCollection(doc.json, name);
    warn(known.issues, doc.label);
    doc.checked.set(name, known);
  }
  return known;
}

function answer(doc: Doc, key: string, make: () => Feed): Feed {
  let feed = doc.answers.get(key);
  if (!feed) {
    feed = make();
    doc.answers.set(key, feed);
  }
  return feed;
}

function emptyFeed(head: Omit<Feed, CollectionName>): Feed {
  return { ...head, projects: [], partners: [], offices: [], events: [], news: [] };
}

/** A single document's answer: the asked collections (Land and dates need no selection here). */
function fromDocument(doc: Doc, query: FeedQuery, lists: Partial<Record<CollectionName, unknown[]>>): Feed {
  const key = [...query.collections].sort().join();
  return answer(doc, key, () => Object.assign(emptyFeed(doc.head!), lists));
}

/** Whether a query needs a part of this Land and dates (collection `name`). */
function wanted(query: FeedQuery, name: CollectionName, land: unknown, from: unknown, to: unknown): boolean {
  return (
    (!query.lands?.length ||
      (!!land && query.lands.includes(land as LandCode)) ||
      (!land && WITHOUT_LAND.has(name) && !(query.landOnly && name === 'events'))) &&
    (!query.from || !to || (to as string) >= query.from) &&
    (!query.to || !from || (from as string) <= query.to)
  );
}

/**
 * Positions of the entries of `name` that a query may need, judged by their Land and dates as they came (a
 * value that is not a string says nothing: the entry is checked, and skipped with a warning when invalid).
 */
function candidates(index: Index, query: FeedQuery, name: CollectionName): number[] {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return (index.entries.get(name) ?? []).filter((at) => {
    const entry = index.raw[at];
    if (!isObject(entry)) return true;
    const { land, from, to } = entry;
    if (land !== undefined && typeof land !== 'string') return true;
    return wanted(query, name, land, text(from), text(to));
  });
}

/** The parts of an index that a query needs, in the index's order (their entries checked now). */
function partsFor(index: Index, query: FeedQuery, name: CollectionName): ResolvedPart[] {
  return candidates(index, query, name)
    .map((at) => entryAt(index, at))
    .filter((part): part is ResolvedPart => !!part && wanted(query, name, part.land, part.from, part.to));
}

/** The same, their entries checked in slices first (a calendar's first query may need dozens). */
async function partsInSlices(index: Index, query: FeedQuery, name: CollectionName): Promise<ResolvedPart[]> {
  const at = candidates(index, query, name);
  await inSlices(at.length, (i) => entryAt(index, at[i]));
  return partsFor(index, query, name);
}

/**
 * How many items of `name` all of the index's parts hold, by their counts (entries not checked yet by the
 * count alone): a calendar on an empty month of a split feed still knows that there are events elsewhere.
 */
function indexTotal(index: Index, name: CollectionName): number {
  return (index.entries.get(name) ?? []).reduce((sum, at) => {
    const part = index.checked.get(at);
    if (part !== undefined) return sum + (part?.count ?? 0);
    const count = isObject(index.raw[at]) ? readPlain(Count, (index.raw[at] as { count?: unknown }).count) : undefined;
    return sum + (count ?? 0);
  }, 0);
}

/** A part's document (fetched once per part URL), when it is one of the part's collection. Throws a `FeedError`. */
async function partDoc(part: ResolvedPart, options: LoadOptions): Promise<Doc> {
  if (part.refused) throw part.refused;
  const doc = await docAt(part.href!, options);
  if (doc.index) throw new FeedError('invalid', `the part ${part.href} is itself a feed index`);
  if (doc.json[part.collection] === undefined && !doc.checked.has(part.collection)) {
    throw new FeedError('invalid', `the part ${part.href} holds no ${part.collection}`);
  }
  return doc;
}

/** A part's items (fetched and checked once per part URL). Throws a `FeedError`. */
async function partItems(part: ResolvedPart, options: LoadOptions): Promise<unknown[]> {
  return (await collectionOf(await partDoc(part, options), part.collection)).items;
}

/**
 * The item with `id` in a part, as a list of it or of nothing: from the part's items when they are checked,
 * else only the items that could be it are checked (once per part, collection and id). Throws a `FeedError`.
 */
async function partItemById(part: ResolvedPart, id: string, options: LoadOptions): Promise<unknown[]> {
  const withId = (items: unknown[]) => (items as { id: string }[]).filter((item) => item.id === id);
  const known = partItemsNow(part);
  if (known) return withId(known);
  const doc = await partDoc(part, options);
  const checked = doc.checked.get(part.collection);
  if (checked) return withId(checked.items);
  const key = `${part.collection}\n${id}`;
  let found = doc.byId.get(key);
  if (!found) {
    const { item, issues } = checkItemById(doc.json, part.collection, id);
    warn(issues, doc.label);
    doc.byId.set(key, (found = item ? [item] : []));
  }
  return found;
}

/** A part's items when they are already known (no request). */
function partItemsNow(part: ResolvedPart): unknown[] | undefined {
  return part.href ? byUrl.get(part.href)?.checked.get(part.collection)?.items : undefined;
}

function merge(lists: unknown[][]): unknown[] {
  if (lists.length === 1) return lists[0];
  const seen = new Set<string>();
  const merged: unknown[] = [];
  for (const list of lists)
    for (const item of list as { id: string }[]) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      merged.push(item);
    }
  return merged;
}

function indexAnswer(
  doc: Doc,
  index: Index,
  query: FeedQuery,
  parts: ResolvedPart[],
  lists: Map<ResolvedPart, unknown[]>,
): Feed {
  const key = `${query.id === undefined ? '' : `#${query.id}`}|${query.lands?.join() ?? ''}|${parts.map((p) => p.href).join(' ')}`;
  return answer(doc, key, () => {
    const feed = emptyFeed(index.head);
    const calendarUrl = query.lands?.length === 1 && index.calendarUrls[query.lands[0]];
    if (calendarUrl) feed.calendarUrl = calendarUrl;
    const counts: Partial<Record<CollectionName, number>> = {};
    for (const name of query.collections) {
      (feed as Record<CollectionName, unknown[]>)[name] = merge(
        parts.filter((p) => p.collection === name).map((p) => lists.get(p)!),
      );
      counts[name] = indexTotal(index, name);
    }
    totals.set(feed, counts);
    return feed;
  });
}

async function fromIndex(doc: Doc, query: FeedQuery, options: LoadOptions): Promise<Feed> {
  const index = doc.index!;
  const parts = (await Promise.all(query.collections.map((name) => partsInSlices(index, query, name)))).flat();
  const lists = new Map<ResolvedPart, unknown[]>();
  if (query.id !== undefined) {
    // One item: the part that holds it (a part already here first), fetching parts one by one; of a part, only
    // the items that could be it are checked.
    const here = (part: ResolvedPart) => !!part.href && byUrl.has(part.href);
    const ordered = [...parts.filter(here), ...parts.filter((part) => !here(part))];
    for (const part of ordered) {
      const items = await partItemById(part, query.id, options);
      if (items.length) {
        lists.set(part, items);
        return indexAnswer(doc, index, query, [part], lists);
      }
    }
    return indexAnswer(doc, index, query, [], lists);
  }
  // Requests started in slices too: each costs the page some milliseconds (at 4× CPU a Land page's thirty-odd
  // parts took 100–200 ms in one task).
  const pending: Promise<unknown[]>[] = [];
  await inSlices(parts.length, (i) => {
    const items = partItems(parts[i], options);
    items.catch(() => {}); // settled below, once all are started
    pending.push(items);
  });
  const results = await Promise.allSettled(pending);
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
  parts.forEach((part, i) => lists.set(part, (results[i] as PromiseFulfilledResult<unknown[]>).value));
  return indexAnswer(doc, index, query, parts, lists);
}

/** Indexes fetched once more because a part of theirs was gone (once per URL and page). */
const refreshed = new Set<string>();

const isGone = (error: unknown) => error instanceof FeedError && error.kind === 'http' && error.status === 404;

/** Checked documents by URL (feeds, indexes, parts), once fetched: answers without waiting come from here. */
const byUrl = new Map<string, Doc>();

async function docAt(url: string, options: LoadOptions): Promise<Doc> {
  const json = await fetchDocument(url, options);
  const doc = docOf(json, url);
  byUrl.set(url, doc);
  return doc;
}

function absolute(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}

/**
 * The items a widget asks for. Rejects only with a `FeedError` (the source is not valid, a part is
 * refused or failed, the request timed out or was aborted).
 */
export async function queryFeed(source: FeedSource, query: FeedQuery, options: LoadOptions = {}): Promise<Feed> {
  const doc =
    source.data !== undefined
      ? docOf(source.data, document.baseURI, 'data')
      : await docAt(absolute(source.src!), options).catch((error: unknown) => {
          throw error instanceof FeedError ? error : new FeedError('invalid', String(error));
        });
  if (doc.index) {
    try {
      return await fromIndex(doc, query, options);
    } catch (error) {
      // A part the server no longer has, named by an index that may be a stale copy (a browser or a CDN kept
      // it while the publisher wrote new parts and deleted the old): the index once more, past the caches.
      // Once per page; a widget whose index another widget already fetched again just asks again.
      if (!source.src || !isGone(error)) throw error;
      if (byUrl.get(doc.url) === doc) {
        if (refreshed.has(doc.url)) throw error;
        refreshed.add(doc.url);
        byUrl.delete(doc.url);
        forgetDocument(doc.url);
      }
      return queryFeed(source, query, options);
    }
  }
  const lists: Partial<Record<CollectionName, unknown[]>> = {};
  for (const name of query.collections) lists[name] = (await collectionOf(doc, name)).items;
  return fromDocument(doc, query, lists);
}

/**
 * The same answer when it needs no waiting: a value handed over (`data`, not an index), or a document and
 * parts already fetched and checked. `undefined` otherwise. Throws a `FeedError` for a `data` value that is
 * not a feed.
 */
export function peekFeed(source: FeedSource, query: FeedQuery): Feed | undefined {
  let doc: Doc | undefined;
  if (source.data !== undefined) {
    doc = docOf(source.data, document.baseURI, 'data');
    if (!doc.index) {
      const lists: Partial<Record<CollectionName, unknown[]>> = {};
      for (const name of query.collections) lists[name] = collectionNow(doc, name).items;
      return fromDocument(doc, query, lists);
    }
  } else {
    doc = byUrl.get(absolute(source.src!));
  }
  if (!doc) return undefined;
  const index = doc.index;
  if (!index) {
    const lists: Partial<Record<CollectionName, unknown[]>> = {};
    for (const name of query.collections) {
      const known = doc.checked.get(name);
      if (!known) return undefined;
      lists[name] = known.items;
    }
    return fromDocument(doc, query, lists);
  }
  if (query.id !== undefined) return undefined;
  const parts = query.collections.flatMap((name) => partsFor(index, query, name));
  const lists = new Map<ResolvedPart, unknown[]>();
  for (const part of parts) {
    const items = partItemsNow(part);
    if (!items) return undefined;
    lists.set(part, items);
  }
  return indexAnswer(doc, index, query, parts, lists);
}

/** Every collection of a feed (or of all parts of an index), with every problem found: `loadFeed`. */
export async function queryAll(source: FeedSource, options: LoadOptions = {}): Promise<ParsedFeed> {
  const collections = Object.keys(COLLECTIONS) as CollectionName[];
  const feed = await queryFeed(source, { collections }, options);
  const doc = source.data !== undefined ? docs.get(source.data as object) : byUrl.get(absolute(source.src!));
  const issues =
    doc && !doc.index
      ? [...(doc.headIssues ?? []), ...collections.flatMap((name) => doc.checked.get(name)?.issues ?? [])]
      : [];
  return { feed, issues };
}
