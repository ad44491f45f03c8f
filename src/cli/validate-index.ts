/**
 * `kgc-feed validate` for a feed index (`"kind": "index"`): the index against its schema, every address in it
 * (http, https or relative), and with `--parts` each part too: readable, its sha256, a valid feed of the one
 * collection the index names, as many items as `count`, only items of its `land`, events inside `from`–`to`.
 * Problems are named by JSON path; those inside a part also by the part's address. Node only.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkFeed, toIssues, type FeedIssue } from '../feed/parse.js';
import { FeedError } from '../feed/errors.js';
import { COLLECTIONS, FeedIndex, type CollectionName, type Part } from '../feed/schema.js';
import { eventSpan } from '../widgets/event-calendar/dates.js';
import { explain, parseJson, readBytes, type Lang } from './common.js';

/** A problem of an index or of one of its parts. */
export interface IndexProblem {
  /** JSON path in the index (`parts[3].sha256`) or, with `part`, in that part (`events[2].start`). */
  path: string;
  code: string;
  message: string;
  /** The part's address as the index writes it, for problems inside a part. */
  part?: string;
}

/** True for a document that calls itself a feed index. */
export const isIndexDocument = (json: unknown): boolean =>
  typeof json === 'object' && json !== null && (json as { kind?: unknown }).kind === 'index';

const TEXT = {
  de: {
    ok: (parts: number, items: number) => `✓ Der Index ist gültig (${parts} Teile, ${items} Einträge).`,
    okParts: (parts: number, items: number) => `✓ Der Index und alle ${parts} Teile sind gültig (${items} Einträge).`,
    errors: (n: number) => `✗ ${n} Fehler gefunden:`,
    url: 'keine zulässige Adresse: erlaubt sind https:, http: oder eine Adresse relativ zum Index',
    duplicate: 'dieser Teil ist mehrfach genannt',
    unreadable: (detail: string) => `der Teil kann nicht gelesen werden: ${detail}`,
    sha256: (actual: string) => `die Prüfsumme passt nicht zum Inhalt des Teils (sha256 ist ${actual})`,
    collection: (found: string, named: string) => `der Teil enthält ${found}, laut Index aber nur ${named}`,
    count: (found: number, named: number) => `der Teil enthält ${found} gültige Einträge, laut Index ${named}`,
    land: (found: string | undefined, named: string | undefined) =>
      `der Eintrag gehört zu ${found ?? 'keinem Land'}, der Teil laut Index zu ${named ?? 'keinem Land'}`,
    range: (span: string, range: string) => `der Termin (${span}) liegt außerhalb des Zeitraums des Teils (${range})`,
  },
  en: {
    ok: (parts: number, items: number) => `✓ The index is valid (${parts} parts, ${items} items).`,
    okParts: (parts: number, items: number) => `✓ The index and all ${parts} parts are valid (${items} items).`,
    errors: (n: number) => `✗ ${n} errors found:`,
    url: 'not an allowed address: use https:, http: or an address relative to the index',
    duplicate: 'this part is named more than once',
    unreadable: (detail: string) => `the part cannot be read: ${detail}`,
    sha256: (actual: string) => `the checksum does not match the part's content (its sha256 is ${actual})`,
    collection: (found: string, named: string) => `the part holds ${found}, but the index names it as ${named} only`,
    count: (found: number, named: number) => `the part holds ${found} valid items, the index says ${named}`,
    land: (found: string | undefined, named: string | undefined) =>
      `the item belongs to ${found ?? 'no Land'}, the part to ${named ?? 'no Land'} according to the index`,
    range: (span: string, range: string) => `the event (${span}) lies outside the part's dates (${range})`,
  },
};

/** Where a part is read from: a file path or an http(s) URL, or `undefined` for an address not allowed. */
function location(url: string, base: URL): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) && !/^https?:/i.test(url)) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    return undefined;
  }
  if (resolved.protocol === 'file:') return fileURLToPath(resolved);
  return /^https?:$/.test(resolved.protocol) ? resolved.href : undefined;
}

/** Checks one part's content against what the index says about it. */
function checkPart(part: Part, bytes: Buffer, lang: Lang): Omit<IndexProblem, 'part'>[] {
  const text = TEXT[lang];
  const problems: Omit<IndexProblem, 'part'>[] = [];
  const json = parseJson(bytes);
  const { feed, issues } = checkFeed(json);
  problems.push(...issues.map((i: FeedIssue) => ({ path: i.path, code: i.code, message: explain(i, lang) })));
  const others = (Object.keys(COLLECTIONS) as CollectionName[]).filter(
    (name) => name !== part.collection && Array.isArray((json as Record<string, unknown>)[name]),
  );
  if (others.length)
    problems.push({
      path: others[0],
      code: 'part-collection',
      message: text.collection(others.join(', '), part.collection),
    });
  const items = feed[part.collection] as { region?: { land: string } }[];
  if (items.length !== part.count)
    problems.push({ path: part.collection, code: 'part-count', message: text.count(items.length, part.count) });
  items.forEach((item, i) => {
    const land = item.region?.land;
    if (land !== part.land)
      problems.push({
        path: `${part.collection}[${i}].region${land ? '.land' : ''}`,
        code: 'part-land',
        message: text.land(land, part.land),
      });
  });
  if (part.collection === 'events' && (part.from || part.to)) {
    feed.events.forEach((event, i) => {
      const span = eventSpan(event.start, event.end);
      if ((part.from && span.start < part.from) || (part.to && span.end > part.to))
        problems.push({
          path: `events[${i}].start`,
          code: 'part-range',
          message: text.range(`${span.start} – ${span.end}`, `${part.from ?? '…'} – ${part.to ?? '…'}`),
        });
    });
  }
  return problems;
}

/**
 * Validates an index document read from `source` (a file or an http(s) URL) and prints the result as
 * `kgc-feed validate` does for a feed. Exit code 0 valid, 1 problems.
 */
export async function validateIndex(
  json: unknown,
  source: string,
  options: { parts: boolean; json: boolean },
  lang: Lang,
  out: (line: string) => void,
): Promise<number> {
  const text = TEXT[lang];
  const problems: IndexProblem[] = [];
  const parsed = FeedIndex.safeParse(json, { reportInput: true });
  let items = 0;
  if (!parsed.success) {
    problems.push(
      ...toIssues(parsed.error, []).map((i) => ({ path: i.path, code: i.code, message: explain(i, lang) })),
    );
  } else {
    const index = parsed.data;
    const base = /^https?:\/\//.test(source) ? new URL(source) : pathToFileURL(resolve(source));
    const addresses: [string, string][] = [
      ...(index.calendarUrl ? [['calendarUrl', index.calendarUrl] as [string, string]] : []),
      ...Object.entries(index.calendarUrls ?? {}).map(
        ([land, url]) => [`calendarUrls.${land}`, url] as [string, string],
      ),
    ];
    for (const [path, url] of addresses)
      if (!location(url, base)) problems.push({ path, code: 'url', message: text.url });
    const seen = new Set<string>();
    for (const [i, part] of index.parts.entries()) {
      items += part.count;
      const where = location(part.url, base);
      if (!where) {
        problems.push({ path: `parts[${i}].url`, code: 'url', message: text.url });
        continue;
      }
      if (seen.has(where)) problems.push({ path: `parts[${i}].url`, code: 'duplicate-part', message: text.duplicate });
      seen.add(where);
      if (!options.parts) continue;
      try {
        const bytes = await readBytes(where);
        const actual = createHash('sha256').update(bytes).digest('hex');
        if (part.sha256 && part.sha256 !== actual)
          problems.push({ path: `parts[${i}].sha256`, code: 'sha256', message: text.sha256(actual) });
        problems.push(...checkPart(part, bytes, lang).map((p) => ({ ...p, part: part.url })));
      } catch (error) {
        const detail = error instanceof FeedError ? `${error.kind}: ${error.detail}` : String(error);
        problems.push({ path: `parts[${i}].url`, code: 'part-unreadable', message: text.unreadable(detail) });
      }
    }
  }
  if (options.json) {
    out(JSON.stringify({ valid: problems.length === 0, kind: 'index', errors: problems, notes: [] }, null, 2));
  } else if (problems.length) {
    out(`${source}: ${text.errors(problems.length)}`);
    for (const p of problems) out(`  ${p.part ? `${p.part}: ` : ''}${p.path}: ${p.message}`);
  } else {
    const count = parsed.success ? parsed.data.parts.length : 0;
    out(`${source}: ${options.parts ? text.okParts(count, items) : text.ok(count, items)}`);
  }
  return problems.length ? 1 : 0;
}
