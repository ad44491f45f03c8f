/**
 * From parsed JSON to a typed feed. Two uses, one walk:
 * - `checkFeed` reports every problem with its JSON path (the CLI's strict check);
 * - `parseFeed` keeps the valid items, skips the invalid ones and names each once (widgets).
 */
import * as z from 'zod/mini';
import { COLLECTIONS, FeedHead, type CollectionName, type Feed } from './schema.js';
import { FeedError } from './errors.js';

export interface FeedIssue {
  /** JSON path of the offending value, e.g. `events[3].start`. */
  path: string;
  /** English explanation (zod's or ours). */
  message: string;
  /** zod's issue code, or our own key from the schema's `params.kgc` (e.g. `land-mismatch`). */
  code: string;
  /** Path of the item that was skipped for it, e.g. `events[3]`; absent for problems in the head. */
  item?: string;
  /** The offending value. */
  input?: unknown;
  /** Details of our own rules (e.g. the Land a key was checked against). */
  params?: Record<string, unknown>;
}

export interface ParsedFeed {
  feed: Feed;
  /** Every problem found; items named here were left out of `feed`. */
  issues: FeedIssue[];
}

/** `['events', 3, 'start']` → `events[3].start` */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** zod's issues as ours, their paths below `prefix`; `item` names the item skipped for them. */
export function toIssues(error: z.core.$ZodError, prefix: readonly PropertyKey[], item?: string): FeedIssue[] {
  return error.issues.map((issue) => ({
    path: jsonPath([...prefix, ...issue.path]),
    message: issue.message,
    code: ((issue as { params?: { kgc?: string } }).params?.kgc ?? issue.code) as string,
    item,
    input: issue.input,
    params: (issue as { params?: Record<string, unknown> }).params,
  }));
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value for a message: its JSON where it has one (not for a BigInt or a cycle), else its type. */
function shown(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/**
 * Checks a feed document. Throws a `FeedError` (`invalid` or `version`) when the document as a whole
 * cannot be read; otherwise returns the valid part and every issue.
 */
export function checkFeed(json: unknown): ParsedFeed {
  if (!isObject(json)) throw new FeedError('invalid', 'the document is not a JSON object');
  if (json.version !== 1) {
    throw new FeedError(
      'version',
      json.version === undefined
        ? 'the feed has no "version" (expected 1)'
        : `unsupported version ${shown(json.version)} (expected 1)`,
    );
  }
  const issues: FeedIssue[] = [];

  // The head: a bad optional field is dropped, the rest kept.
  const head: Record<string, unknown> = {};
  for (const key of Object.keys(FeedHead.shape)) if (key in json) head[key] = json[key];
  let parsedHead = FeedHead.safeParse(head, { reportInput: true });
  while (!parsedHead.success) {
    issues.push(...toIssues(parsedHead.error, []));
    for (const issue of parsedHead.error.issues) delete head[issue.path[0] as string];
    parsedHead = FeedHead.safeParse(head, { reportInput: true });
  }

  const feed = { ...parsedHead.data } as Feed;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const raw = json[name];
    const kept: unknown[] = [];
    (feed as Record<CollectionName, unknown[]>)[name] = kept;
    if (raw === undefined) continue;
    if (!Array.isArray(raw)) {
      issues.push({ path: name, message: 'expected an array', code: 'not-array' });
      continue;
    }
    const seen = new Set<string>();
    raw.forEach((value, index) => {
      const item = jsonPath([name, index]);
      const parsed = COLLECTIONS[name].safeParse(value, { reportInput: true });
      if (!parsed.success) {
        issues.push(...toIssues(parsed.error, [name, index], item));
      } else if (seen.has(parsed.data.id)) {
        issues.push({ path: `${item}.id`, message: `duplicate id "${parsed.data.id}"`, code: 'duplicate-id', item });
      } else {
        seen.add(parsed.data.id);
        kept.push(parsed.data);
      }
    });
  }
  return { feed, issues };
}

/** One line per skipped item (and per dropped head field), for `console.warn`. */
export function describeSkipped(issues: readonly FeedIssue[]): string[] {
  const byItem = new Map<string, FeedIssue[]>();
  for (const issue of issues) {
    const key = issue.item ?? issue.path;
    byItem.set(key, [...(byItem.get(key) ?? []), issue]);
  }
  return [...byItem].map(
    ([key, list]) => `kgc-widgets: skipped ${key}: ${list.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
  );
}
