/**
 * Sources → one feed: ids made where a row has none (stable: from the name, the date and, only where two
 * collide, the content), every item checked by the feed schema, items sorted by id, the whole checked by
 * `checkFeed`. Same sources, same bytes. Each problem names file, row and column.
 */
import { checkFeed, type FeedIssue } from '../feed/parse.js';
import { COLLECTIONS, type Feed, type FeedHead } from '../feed/schema.js';
import { LAENDER, landOfKey } from '../feed/laender.js';
import { COLUMNS, NAME_FIELD } from './columns.js';
import type { Origin } from './table.js';
import type { CollectionName, SourceProblem, SourceResult } from './types.js';

export interface Source {
  collection: CollectionName;
  file: string;
  result: SourceResult;
  /** Rows of a spreadsheet, one per item (from `readTable`). */
  origins?: Origin[];
  /** What the reader filled in, per row (reported, not an error). */
  notes?: SourceProblem[];
}

export interface Assembled {
  /** The valid items; written only when `problems` is empty or the caller asked for a partial feed. */
  feed: Feed;
  /** Every problem, the sources' own first, in source and row order. */
  problems: SourceProblem[];
  /** The sources' notes (e.g. which rows got their point from a key). */
  notes: SourceProblem[];
}

export const COLLECTION_NAMES: CollectionName[] = ['projects', 'partners', 'offices', 'events', 'news'];

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** `„Gesund aufwachsen“ in Köln` → `gesund-aufwachsen-in-koeln` */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => UMLAUTS[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** JSON with sorted keys, so equal content has one text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** FNV-1a, 32 bits, as 8 hex digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

function baseId(collection: CollectionName, item: Record<string, unknown>): string {
  const name = slug(String(item[NAME_FIELD[collection]] ?? '')) || collection;
  const date = collection === 'events' ? item.start : collection === 'news' ? item.date : undefined;
  return typeof date === 'string' ? `${name}-${date.slice(0, 10)}` : name;
}

const landName = (key: unknown, lang: 'de' | 'en') => LAENDER.find((l) => l.iso === key)?.[lang] ?? String(key);

/** A schema issue in words, for a row. */
function describe(issue: FeedIssue): { de: string; en: string } {
  switch (issue.code) {
    case 'land-mismatch':
      return {
        de: `der Schlüssel ${String(issue.input)} gehört zu ${landName(landOfKey(String(issue.input)), 'de')}, nicht zu ${landName(issue.params?.land, 'de')}`,
        en: `the key ${String(issue.input)} belongs to ${landName(landOfKey(String(issue.input)), 'en')}, not to ${landName(issue.params?.land, 'en')}`,
      };
    case 'end-before-start':
      return { de: 'das Ende liegt vor dem Beginn', en: 'the end is before the start' };
    case 'invalid_type':
      return issue.input === undefined
        ? { de: 'die Angabe fehlt', en: 'the value is missing' }
        : { de: `ungültiger Wert (${issue.message})`, en: `invalid value (${issue.message})` };
    default:
      return { de: `ungültiger Wert (${issue.message})`, en: `invalid value (${issue.message})` };
  }
}

/** The column of a field: the header the row used, else the template's header. */
function columnOf(collection: CollectionName, field: string, origin?: Origin): string | undefined {
  const candidates = Object.keys(origin?.columns ?? {})
    .filter((f) => field === f || field.startsWith(`${f}.`) || f.startsWith(`${field}.`))
    .sort((a, b) => Math.abs(a.length - field.length) - Math.abs(b.length - field.length));
  if (candidates.length) return origin!.columns[candidates[0]];
  return COLUMNS[collection].find((c) => c.field === field || c.field.startsWith(`${field}.`))?.header;
}

export function assemble(sources: readonly Source[], head: Partial<FeedHead> = {}): Assembled {
  const problems: SourceProblem[] = sources.flatMap((s) => s.result.problems);
  const collections = {} as Record<CollectionName, Record<string, unknown>[]>;

  for (const collection of COLLECTION_NAMES) {
    const entries = sources
      .filter((s) => s.collection === collection)
      .flatMap((s) => s.result.items.map((item, i) => ({ item: { ...item }, file: s.file, origin: s.origins?.[i] })));
    const at = (origin: Origin | undefined, file: string, field?: string): Omit<SourceProblem, 'message'> => ({
      file,
      row: origin?.row,
      column: field === undefined ? undefined : columnOf(collection, field, origin),
    });

    // Ids: given ones first; made ones from the name, with a content hash only where two would collide.
    const given = new Set(entries.map((e) => e.item.id).filter((id): id is string => typeof id === 'string'));
    const bases = new Map<string, number>();
    for (const e of entries)
      if (e.item.id === undefined)
        bases.set(baseId(collection, e.item), (bases.get(baseId(collection, e.item)) ?? 0) + 1);
    for (const e of entries) {
      if (e.item.id !== undefined) continue;
      const base = baseId(collection, e.item);
      e.item.id = bases.get(base) === 1 && !given.has(base) ? base : `${base}-${hash(canonical(e.item))}`;
    }

    const seen = new Map<string, { file: string; row?: number }>();
    const kept: Record<string, unknown>[] = [];
    for (const e of entries) {
      const parsed = COLLECTIONS[collection].safeParse(e.item, { reportInput: true });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path.map(String).join('.');
          const described = describe({
            path: field,
            message: issue.message,
            code: ((issue as { params?: { kgc?: string } }).params?.kgc ?? issue.code) as string,
            input: issue.input,
            params: (issue as { params?: Record<string, unknown> }).params,
          });
          problems.push({ ...at(e.origin, e.file, field), message: described });
        }
        continue;
      }
      const id = parsed.data.id;
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push({
          ...at(e.origin, e.file, 'id'),
          message: {
            de: `die ID „${id}“ kommt schon in ${first.file}${first.row ? `, Zeile ${first.row}` : ''} vor (doppelte Zeile?)`,
            en: `the id "${id}" already occurs in ${first.file}${first.row ? `, row ${first.row}` : ''} (duplicate row?)`,
          },
        });
        continue;
      }
      seen.set(id, { file: e.file, row: e.origin?.row });
      kept.push(parsed.data as Record<string, unknown>);
    }
    collections[collection] = kept.sort((a, b) =>
      String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0,
    );
  }

  const { feed, issues } = checkFeed({ ...head, version: 1, ...collections });
  for (const issue of issues) problems.push({ file: 'config', column: issue.path, message: describe(issue) });
  return { feed, problems, notes: sources.flatMap((s) => s.notes ?? []) };
}

/** The feed as written: two-space JSON and a final newline. */
export function serialize(feed: Feed): string {
  return `${JSON.stringify(feed, null, 2)}\n`;
}
