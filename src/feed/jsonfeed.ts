/**
 * JSON Feed 1.x (https://www.jsonfeed.org/version/1.1/) read as news: any CMS or blog that emits JSON Feed
 * can feed `<kgc-news-list>`, and `kgc-feed build` reads it with the same mapping (`mapJsonFeedItems`).
 *
 * Mapping of an item:
 * - `id` (a number is turned into a string, as the spec asks); required;
 * - `date_published` → `date`, else `date_modified`; an item without a valid date is skipped;
 * - the text: `summary`, else `content_text`, else `content_html` as plain text (`htmlToText`: no markup
 *   ever reaches the page);
 * - `title`; an untitled item (short notes as Micro.blog writes them) takes the start of its text as its
 *   title, and its summary only when the text is longer than that; an item with neither is skipped;
 * - `url`, else `external_url`; `authors[0].name` (1.0: `author.name`; else the feed's) → `author`; `tags`.
 * The feed's `next_url` → `nextUrl`. An invalid optional field is dropped and the item kept. Each problem
 * is described in German and English. Unknown fields and extensions (`_kgc`, …) are ignored.
 */
import * as z from 'zod/mini';
import { FeedError } from './errors.js';
import { htmlToText } from './html-text.js';
import { toIssues, type FeedIssue, type ParsedFeed } from './parse.js';
import { IsoDate, Text, Url, type Feed, type NewsItem } from './schema.js';

export const JsonFeedHead = z.object({
  title: z.optional(Text),
  home_page_url: z.optional(Url),
  next_url: z.optional(Url),
  language: z.optional(Text),
});

type Json = Record<string, unknown>;

/** A problem with one item of a JSON Feed: the field (absent: the whole item), whether the item was skipped. */
export interface JsonFeedProblem {
  /** Index in `items`. */
  index: number;
  /** The field, e.g. `date_published` or `tags[1]`; absent when it concerns the whole item. */
  field?: string;
  /** True when the item was left out for it; false when only the field was dropped. */
  skipped: boolean;
  de: string;
  en: string;
}

/** Longest title taken from an untitled item's text, in characters. */
const HEADING_LENGTH = 80;

/** The first line of a text, cut at a word boundary before `HEADING_LENGTH` characters ("…" added). */
export function headingFrom(textValue: string): string {
  const line = textValue.trim().split('\n')[0].trim();
  if (line.length <= HEADING_LENGTH) return line;
  const cut = line.slice(0, HEADING_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > HEADING_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmpty = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
const isDate = (value: unknown) => IsoDate.safeParse(value).success;
/** The address as the feed schema keeps it (zod drops tabs and line breaks, as URL parsing does), or undefined. */
const urlOf = (value: unknown) => {
  const parsed = Url.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};
/** A value in a message: German quotes „…“ or English "…" around a string, else its JSON. */
const shown = (value: unknown, lang: 'de' | 'en') =>
  typeof value === 'string' ? (lang === 'de' ? `„${value}“` : `"${value}"`) : (JSON.stringify(value) ?? typeof value);

/** Maps one item; `problems` name what was wrong (without `index`, added by the caller). */
function mapItem(
  value: unknown,
  feedAuthor: string | undefined,
): { item?: NewsItem; problems: Omit<JsonFeedProblem, 'index'>[] } {
  const problems: Omit<JsonFeedProblem, 'index'>[] = [];
  const skip = (de: string, en: string, field?: string) => {
    for (const problem of problems) problem.skipped = true;
    problems.push({ field, skipped: true, de, en });
    return { problems };
  };
  const drop = (field: string, de: string, en: string) => problems.push({ field, skipped: false, de, en });
  if (!isObject(value)) return skip('der Eintrag ist kein JSON-Objekt', 'the item is not a JSON object');

  const rawId = value.id;
  const id = typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : nonEmpty(rawId);
  if (!id)
    return skip('der Eintrag hat keine id (in JSON Feed Pflicht)', 'the item has no id (required in JSON Feed)', 'id');

  let date: string | undefined;
  for (const field of ['date_published', 'date_modified'] as const) {
    const candidate = value[field];
    if (candidate === undefined || date) continue;
    if (isDate(candidate)) date = candidate as string;
    else
      drop(
        field,
        `${shown(candidate, 'de')} ist kein Datum nach RFC 3339 (z. B. 2024-02-10T09:30:00+01:00)`,
        `${shown(candidate, 'en')} is not an RFC 3339 date (e.g. 2024-02-10T09:30:00+01:00)`,
      );
  }
  if (!date) {
    return skip(
      'der Eintrag hat kein gültiges Datum (date_published oder date_modified)',
      'the item has no valid date (date_published or date_modified)',
    );
  }

  const body =
    nonEmpty(value.summary) ??
    nonEmpty(value.content_text) ??
    (typeof value.content_html === 'string' ? nonEmpty(htmlToText(value.content_html)) : undefined);
  let title = nonEmpty(value.title);
  if (value.title !== undefined && title === undefined) {
    drop('title', 'der Titel ist kein Text oder leer', 'the title is not text or empty');
  }
  if (!title && !body) {
    return skip(
      'der Eintrag hat weder Titel noch Text (title, summary, content_text oder content_html)',
      'the item has neither a title nor text (title, summary, content_text or content_html)',
    );
  }
  title ??= headingFrom(body!);
  const entry: NewsItem = { id, title, date };
  if (body && body !== title) entry.summary = body;

  for (const field of ['url', 'external_url'] as const) {
    const candidate = value[field];
    if (candidate === undefined || entry.url) continue;
    const url = urlOf(candidate);
    if (url) entry.url = url;
    else
      drop(
        field,
        `${shown(candidate, 'de')} ist keine gültige Adresse (URL)`,
        `${shown(candidate, 'en')} is not a valid URL`,
      );
  }

  const author = authorOf(value) ?? feedAuthor;
  if (author) entry.author = author;

  if (value.tags !== undefined) {
    if (!Array.isArray(value.tags)) {
      drop('tags', 'tags ist keine Liste von Texten', 'tags is not a list of texts');
    } else {
      const tags: string[] = [];
      value.tags.forEach((tag, i) => {
        const label = nonEmpty(tag);
        if (label) tags.push(label);
        else
          drop(
            `tags[${i}]`,
            `${shown(tag, 'de')} ist kein Schlagwort (Text)`,
            `${shown(tag, 'en')} is not a tag (text)`,
          );
      });
      if (tags.length) entry.tags = tags;
    }
  }
  return { item: entry, problems };
}

/** The first author's name: `authors` (1.1) or `author` (1.0), of an item or of the whole feed. */
function authorOf(value: Json): string | undefined {
  const authors = Array.isArray(value.authors) ? value.authors : [value.author];
  return authors.map((a) => (isObject(a) ? nonEmpty(a.name) : undefined)).find(Boolean);
}

/**
 * The news items of a JSON Feed document, and every problem found (a repeated id skips the later item).
 * An item without author has the feed's (JSON Feed 1.1: item authors default to the feed's).
 */
export function mapJsonFeedItems(json: Json & { items: readonly unknown[] }): {
  news: NewsItem[];
  problems: JsonFeedProblem[];
} {
  const feedAuthor = authorOf(json);
  const items = json.items;
  const news: NewsItem[] = [];
  const problems: JsonFeedProblem[] = [];
  const seen = new Set<string>();
  items.forEach((value, index) => {
    const mapped = mapItem(value, feedAuthor);
    problems.push(...mapped.problems.map((p) => ({ index, ...p })));
    if (!mapped.item) return;
    if (seen.has(mapped.item.id)) {
      problems.push({
        index,
        field: 'id',
        skipped: true,
        de: `die id „${mapped.item.id}“ kommt mehrfach vor`,
        en: `duplicate id "${mapped.item.id}"`,
      });
      return;
    }
    seen.add(mapped.item.id);
    news.push(mapped.item);
  });
  return { news, problems };
}

/** True for a JSON Feed document (`version` "https://jsonfeed.org/version/1" or "…/1.1"). */
export function isJsonFeed(json: unknown): json is Json {
  const version = (json as Json | null)?.version;
  return typeof version === 'string' && version.startsWith('https://jsonfeed.org/version/1');
}

/**
 * Reads a JSON Feed document as a feed whose `news` are its items. Throws `FeedError('invalid')` without
 * `items`. Each problem becomes an issue whose message is German (`params` holds `de` and `en`).
 */
export function readJsonFeed(json: Json): ParsedFeed {
  if (!Array.isArray(json.items)) throw new FeedError('invalid', 'the JSON Feed has no "items" array');
  const issues: FeedIssue[] = [];

  // The head: a bad optional field is dropped, the rest kept.
  const head: Json = {};
  for (const key of Object.keys(JsonFeedHead.shape)) if (key in json) head[key] = json[key];
  let parsedHead = JsonFeedHead.safeParse(head);
  while (!parsedHead.success) {
    issues.push(...toIssues(parsedHead.error, []));
    for (const issue of parsedHead.error.issues) delete head[issue.path[0] as string];
    parsedHead = JsonFeedHead.safeParse(head);
  }
  const { title, home_page_url, next_url, language } = parsedHead.data;

  const { news, problems } = mapJsonFeedItems(json as Json & { items: unknown[] });
  for (const problem of problems) {
    const item = `items[${problem.index}]`;
    issues.push({
      path: problem.field ? `${item}.${problem.field}` : item,
      message: problem.de,
      code: problem.skipped ? 'jsonfeed-skipped' : 'jsonfeed-dropped',
      item: problem.skipped ? item : undefined,
      params: { de: problem.de, en: problem.en },
    });
  }

  const feed: Feed = { version: 1, projects: [], partners: [], offices: [], events: [], news };
  if (title) feed.title = title;
  if (home_page_url) feed.homePageUrl = home_page_url;
  if (next_url) feed.nextUrl = next_url;
  if (language) feed.language = language;
  return { feed, issues };
}
