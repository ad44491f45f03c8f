/**
 * From parsed JSON to typed items. One walk for two uses:
 * - `checkFeed` reports every problem with its JSON path (the CLI's strict check);
 * - `checkHead` and `checkCollection` keep what is valid (widgets): an item with an invalid required field
 *   is skipped, an invalid optional field is dropped and the item kept without it; each is named once.
 */
import * as z from 'zod/mini';
import { COLLECTIONS, FeedHead, type CollectionName, type Feed } from './schema.js';
import { FeedError } from './errors.js';
import { readPlain } from './plain-reader.js';
import { inSlices } from './tasks.js';

export interface FeedIssue {
  /** JSON path of the offending value, e.g. `events[3].start`. */
  path: string;
  /** English explanation (zod's or ours). */
  message: string;
  /** zod's issue code, or our own key from the schema's `params.kgc` (e.g. `land-mismatch`). */
  code: string;
  /** Path of the item that was skipped for it, e.g. `events[3]`; absent for problems in the head and dropped fields. */
  item?: string;
  /** The item was kept and this value (at `dropped`, the optional field or list entry holding it) left out. */
  dropped?: string;
  /** The offending value. */
  input?: unknown;
  /** Details of our own rules (e.g. the Land a key was checked against). */
  params?: Record<string, unknown>;
}

export interface ParsedFeed {
  feed: Feed;
  /** Every problem found; items named with `item` were left out of `feed`, fields named with `dropped` too. */
  issues: FeedIssue[];
}

/** The valid items of one collection and what was wrong with the others. */
export interface CheckedCollection<T = unknown> {
  items: T[];
  issues: FeedIssue[];
}

/** `['events', 3, 'start']` → `events[3].start` */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** One of zod's issues as ours, its path below `prefix`; `item` names the item skipped for it. */
function toIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[], item?: string): FeedIssue {
  return {
    path: jsonPath([...prefix, ...issue.path]),
    message: issue.message,
    code: ((issue as { params?: { kgc?: string } }).params?.kgc ?? issue.code) as string,
    item,
    input: issue.input,
    params: (issue as { params?: Record<string, unknown> }).params,
  };
}

/** zod's issues as ours, their paths below `prefix`; `item` names the item skipped for them. */
export function toIssues(error: z.core.$ZodError, prefix: readonly PropertyKey[], item?: string): FeedIssue[] {
  return error.issues.map((issue) => toIssue(issue, prefix, item));
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value for a message: its JSON where it has one (not for a BigInt or a cycle), else its type. */
export function shown(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

type Def = { type: string; shape?: Record<string, z.ZodMiniType>; element?: z.ZodMiniType; innerType?: z.ZodMiniType };
const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * How much of `path` (below an item of `schema`) can be left out so that the item stays valid: the length
 * of the deepest prefix that ends at an optional field or at an entry of a list; 0 when none does (the
 * problem is in a required field: the item must be skipped).
 */
function droppable(schema: z.ZodMiniType, path: readonly PropertyKey[]): number {
  let node: z.ZodMiniType | undefined = schema;
  let deepest = 0;
  for (let i = 0; i < path.length && node; i++) {
    const def: Def = defOf(node);
    const key = path[i];
    let child: z.ZodMiniType | undefined;
    if (def.type === 'object' && typeof key === 'string' && def.shape && Object.hasOwn(def.shape, key)) {
      child = def.shape[key];
      if (defOf(child).type === 'optional') {
        deepest = i + 1;
        child = defOf(child).innerType;
      }
    } else if (def.type === 'array' && typeof key === 'number') {
      deepest = i + 1;
      child = def.element;
    }
    node = child;
  }
  return deepest;
}

/** `value` with the entry at `path` removed (copying only the containers along the path). */
function without(value: unknown, path: readonly PropertyKey[]): unknown {
  if (!path.length) return value;
  const [key, ...rest] = path;
  if (Array.isArray(value) && typeof key === 'number') {
    const copy = [...(value as unknown[])];
    if (rest.length) copy[key] = without(copy[key], rest);
    else copy.splice(key, 1);
    return copy;
  }
  if (isObject(value) && typeof key === 'string') {
    const copy: Record<string, unknown> = { ...value };
    if (rest.length) copy[key] = without(copy[key], rest);
    else delete copy[key];
    return copy;
  }
  return value;
}

/**
 * One item: valid as it is, valid once its invalid optional fields (and invalid list entries) are left
 * out, or skipped. Issues are named below `prefix` (e.g. `['events', 3]`). A valid item is read without
 * zod's machinery (plain-reader.ts); zod looks at the others, to say what is wrong and what can be dropped.
 */
export function checkItem<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  prefix: readonly PropertyKey[],
): { data?: T; issues: FeedIssue[] } {
  const valid = readPlain(schema, value);
  if (valid !== undefined) return { data: valid, issues: [] };
  const issues: FeedIssue[] = [];
  let current = value;
  // Each round leaves out what the last one found; a refinement of the whole item (end before start) only
  // runs once its fields are valid, so it may need a second round. Bounded: every round removes something.
  for (let round = 0; round < 8; round++) {
    const parsed = schema.safeParse(current, { reportInput: true });
    if (parsed.success) return { data: parsed.data, issues };
    const found = parsed.error.issues.map((issue) => ({ issue, keep: droppable(schema, issue.path) }));
    if (found.some((f) => f.keep === 0)) {
      return { issues: [...issues, ...toIssues(parsed.error, prefix, jsonPath(prefix))] };
    }
    // Deepest and last first, so that leaving out a list entry does not move the ones still to go.
    const drops = [...new Map(found.map((f) => [jsonPath(f.issue.path.slice(0, f.keep)), f])).values()].sort((a, b) =>
      comparePaths(b.issue.path.slice(0, b.keep), a.issue.path.slice(0, a.keep)),
    );
    for (const { issue, keep } of found) {
      issues.push({ ...toIssue(issue, prefix), dropped: jsonPath([...prefix, ...issue.path.slice(0, keep)]) });
    }
    for (const { issue, keep } of drops) current = without(current, issue.path.slice(0, keep));
  }
  const item = jsonPath(prefix);
  return { issues: [...issues, { path: item, message: 'too many invalid fields', code: 'custom', item }] };
}

function comparePaths(a: readonly PropertyKey[], b: readonly PropertyKey[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    return typeof a[i] === 'number' && typeof b[i] === 'number'
      ? (a[i] as number) - (b[i] as number)
      : String(a[i]) < String(b[i])
        ? -1
        : 1;
  }
  return a.length - b.length;
}

/** Throws a `FeedError` when `json` cannot be a feed document at all (not an object, wrong version). */
export function checkDocument(json: unknown): asserts json is Record<string, unknown> {
  if (!isObject(json)) throw new FeedError('invalid', 'the document is not a JSON object');
  if (json.version !== 1) {
    throw new FeedError(
      'version',
      json.version === undefined
        ? 'the feed has no "version" (expected 1)'
        : `unsupported version ${shown(json.version)} (expected 1)`,
    );
  }
}

/** The feed's head (title, links …): a bad optional field is dropped, the rest kept. */
export function checkHead(json: Record<string, unknown>): { head: z.infer<typeof FeedHead>; issues: FeedIssue[] } {
  const issues: FeedIssue[] = [];
  const head: Record<string, unknown> = {};
  for (const key of Object.keys(FeedHead.shape)) if (key in json) head[key] = json[key];
  // A valid head without zod's machinery (each part of a feed index has a head, and zod's code is still cold).
  const valid = readPlain(FeedHead, head);
  if (valid) return { head: valid, issues };
  let parsedHead = FeedHead.safeParse(head, { reportInput: true });
  while (!parsedHead.success) {
    issues.push(...toIssues(parsedHead.error, []));
    for (const issue of parsedHead.error.issues) delete head[issue.path[0] as string];
    parsedHead = FeedHead.safeParse(head, { reportInput: true });
  }
  return { head: parsedHead.data, issues };
}

/** The issue of a collection that is not an array. */
const notArray = (name: CollectionName): FeedIssue => ({ path: name, message: 'expected an array', code: 'not-array' });

/**
 * One collection of a feed document. With `sliced`, it returns a promise and checks in slices of a few
 * milliseconds, each its own task (no long task on a phone); otherwise it checks at once.
 */
export function checkCollection(json: Record<string, unknown>, name: CollectionName): CheckedCollection;
export function checkCollection(
  json: Record<string, unknown>,
  name: CollectionName,
  sliced: true,
): Promise<CheckedCollection>;
export function checkCollection(
  json: Record<string, unknown>,
  name: CollectionName,
  sliced = false,
): CheckedCollection | Promise<CheckedCollection> {
  const raw = json[name];
  const result: CheckedCollection = { items: [], issues: [] };
  if (raw === undefined) return sliced ? Promise.resolve(result) : result;
  if (!Array.isArray(raw)) {
    result.issues.push(notArray(name));
    return sliced ? Promise.resolve(result) : result;
  }
  const schema = COLLECTIONS[name] as z.ZodMiniType<{ id: string }>;
  const seen = new Set<string>();
  const one = (index: number) => {
    const { data, issues } = checkItem(schema, raw[index], [name, index]);
    result.issues.push(...issues);
    if (!data) return;
    if (seen.has(data.id)) {
      const item = jsonPath([name, index]);
      result.issues.push({ path: `${item}.id`, message: `duplicate id "${data.id}"`, code: 'duplicate-id', item });
    } else {
      seen.add(data.id);
      result.items.push(data);
    }
  };
  if (!sliced) {
    for (let index = 0; index < raw.length; index++) one(index);
    return result;
  }
  return inSlices(raw.length, one).then(() => result);
}

/**
 * The item of a collection with `id`, checking only the items whose id could be it (a card shows one item of a
 * part that may hold hundreds): the first valid one, the one `checkCollection` would keep. The issues are those
 * of the items checked: skipped items with that id before it, and what was left out of it.
 */
export function checkItemById(
  json: Record<string, unknown>,
  name: CollectionName,
  id: string,
): { item?: { id: string }; issues: FeedIssue[] } {
  const raw = json[name];
  if (raw === undefined) return { issues: [] };
  if (!Array.isArray(raw)) return { issues: [notArray(name)] };
  const schema = COLLECTIONS[name] as z.ZodMiniType<{ id: string }>;
  const issues: FeedIssue[] = [];
  for (let index = 0; index < raw.length; index++) {
    const value: unknown = raw[index];
    // An id is a text, trimmed (schema.ts): no other item can have this one.
    if (!isObject(value) || typeof value.id !== 'string' || value.id.trim() !== id) continue;
    const { data, issues: found } = checkItem(schema, value, [name, index]);
    issues.push(...found);
    if (data) return { item: data, issues };
  }
  return { issues };
}

/**
 * Checks a whole feed document. Throws a `FeedError` (`invalid` or `version`) when the document as a whole
 * cannot be read; otherwise returns the valid part and every issue.
 */
export function checkFeed(json: unknown): ParsedFeed {
  checkDocument(json);
  const { head, issues } = checkHead(json);
  const feed = { ...head } as Feed;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const checked = checkCollection(json, name);
    (feed as Record<CollectionName, unknown[]>)[name] = checked.items;
    issues.push(...checked.issues);
  }
  return { feed, issues };
}

/**
 * One line per skipped item, per dropped field and per dropped head field, for `console.warn`:
 * `kgc-widgets: skipped events[3]: …` or `kgc-widgets: dropped projects[2].contact.email (item kept): …`.
 */
export function describeSkipped(issues: readonly FeedIssue[]): string[] {
  const grouped = new Map<string, FeedIssue[]>();
  for (const issue of issues) {
    const key = issue.dropped ? `dropped ${issue.dropped} (item kept)` : `skipped ${issue.item ?? issue.path}`;
    grouped.set(key, [...(grouped.get(key) ?? []), issue]);
  }
  return [...grouped].map(
    ([key, list]) => `kgc-widgets: ${key}: ${list.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
  );
}
