/**
 * News feeds → feed news items: RSS 2.0 (with `dc:creator`, `content:encoded`), Atom 1.0 (text, html and
 * xhtml content) through feedsmith, and JSON Feed 1.x through the mapping `<kgc-news-list>` uses
 * (src/feed/jsonfeed.ts). Runs in Node and in a page.
 *
 * - title (an untitled item takes the start of its text), link (RSS `link`, else a permalink `guid`; Atom
 *   the `alternate` link), id (RSS `guid`, Atom `id`, else the link);
 * - date: RSS `pubDate` (RFC 822, as written in the wild: two-digit years, zone names, German month
 *   names), `dc:date`, Atom `published` else `updated`; written with Berlin's offset;
 * - author: `dc:creator`, RSS `author`, Atom `author`; categories → tags;
 * - summary: RSS `description` else `content:encoded`, Atom `summary` else `content`, as plain text
 *   (`htmlToText`: no markup, no script or style content, entities decoded, paragraphs as line breaks).
 * An item without a readable date is left out and reported with the line it begins on.
 */
import { parseFeed } from 'feedsmith';
import { htmlToText } from '../feed/html-text.js';
import { headingFrom, isJsonFeed, mapJsonFeedItems } from '../feed/jsonfeed.js';
import { NewsItem as NewsItemSchema, type NewsItem } from '../feed/schema.js';
import { BERLIN, berlinDateTime, wallToInstant } from './time.js';
import type { SourceProblem, SourceResult } from './types.js';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  mär: 3,
  mrz: 3,
  apr: 4,
  may: 5,
  mai: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  okt: 10,
  nov: 11,
  dec: 12,
  dez: 12,
};

/** Zone names RFC 822 allows and feeds write, as offsets in minutes. */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  cet: 60,
  mez: 60,
  cest: 120,
  mesz: 120,
};

const offsetMinutes = (zone: string): number | undefined => {
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  return ZONES[zone.toLowerCase()];
};

/** Milliseconds of a wall time with an offset, or in Berlin when there is none; undefined for a day that does not exist. */
function instant([year, month, day, hour, minute, second]: number[], zone: string | undefined): number | undefined {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 60)
    return undefined;
  if (!zone) return wallToInstant(BERLIN, { year, month, day, hour, minute, second });
  const offset = offsetMinutes(zone);
  if (offset === undefined) return undefined;
  date.setUTCHours(hour, minute, Math.min(second, 59), 0);
  return date.getTime() - offset * 60_000;
}

/**
 * A feed's date as ISO 8601: RFC 822 (`Tue, 10 Feb 2026 09:30:00 +0100`, also `GMT`, `CET`, `10 Feb 26`,
 * German month names) or ISO 8601/RFC 3339 (`2026-02-10T09:30:00+01:00`, `2026-02-10 09:30`, `2026-02-10`).
 * A time without zone is Berlin's; a date alone stays a date. Undefined when it cannot be read.
 */
export function parseNewsDate(value: string): string | undefined {
  const text = value.trim();
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) {
    const [year, month, day] = iso.slice(1, 4).map(Number);
    if (iso[4] === undefined) return instant([year, month, day, 0, 0, 0], 'Z') === undefined ? undefined : text;
    const ms = instant([year, month, day, Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)], iso[7]);
    return ms === undefined ? undefined : berlinDateTime(ms);
  }
  const rfc =
    /^(?:[A-Za-zäÄ]{2,}\.?,?\s*)?(\d{1,2})\.?\s+([A-Za-zäÄ]{3,})\.?\s+(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,4}|[+-]\d{2}:?\d{2})?$/.exec(
      text,
    );
  if (!rfc) return undefined;
  const month = MONTHS[rfc[2].slice(0, 3).toLowerCase()];
  if (!month) return undefined;
  const shortYear = Number(rfc[3]);
  const year = rfc[3].length === 2 ? (shortYear < 70 ? 2000 : 1900) + shortYear : shortYear;
  const ms = instant([year, month, Number(rfc[1]), Number(rfc[4]), Number(rfc[5]), Number(rfc[6] ?? 0)], rfc[7]);
  return ms === undefined ? undefined : berlinDateTime(ms);
}

/** 1-based line numbers where each `<item>` (RSS) or `<entry>` (Atom) begins. */
function itemLines(text: string, element: 'item' | 'entry'): number[] {
  const lines: number[] = [];
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${element}[\\s>/]`, 'g');
  let line = 1;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    for (let i = last; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = match.index;
    lines.push(line);
  }
  return lines;
}

const isUrl = (value: string | undefined): value is string =>
  !!value && /^https?:\/\//i.test(value) && URL.canParse(value);
const stringOf = (value: unknown) => (typeof value === 'string' ? value : undefined);
const clean = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);

/** What an RSS item or Atom entry gives, before checking. */
interface Raw {
  id?: string;
  title?: string;
  link?: string;
  date?: string;
  dateField: string;
  author?: string;
  tags: string[];
  html?: string;
}

type Message = SourceProblem['message'];

/** The fields of an RSS 2.0 or RSS 1.0 (RDF) item that are read, as feedsmith returns them. */
interface RssItem {
  title?: string;
  link?: string;
  description?: string;
  guid?: { value?: string; isPermaLink?: boolean };
  pubDate?: unknown;
  authors?: { name?: string; email?: string }[];
  categories?: { name?: string }[];
  dc?: { creators?: string[]; dates?: unknown[] };
  content?: { encoded?: string };
}

/** Reads a news feed (RSS 2.0, Atom 1.0 or JSON Feed 1.x) as feed news items. */
export function readNewsFeed(text: string, file: string): SourceResult<NewsItem> {
  const problems: SourceProblem[] = [];
  const report = (message: Message, row?: number, column?: string) =>
    problems.push({ file, ...(row !== undefined ? { row } : {}), ...(column ? { column } : {}), message });
  const body = text.replace(/^\uFEFF/, '');

  if (/^\s*[{[]/.test(body)) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      report({
        de: `die Datei ist kein gültiges JSON: ${error instanceof Error ? error.message : String(error)}`,
        en: `the file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      });
      return { items: [], problems };
    }
    if (!isJsonFeed(json) || !Array.isArray(json.items)) {
      report({
        de: 'die Datei ist kein JSON Feed (erwartet: "version": "https://jsonfeed.org/version/1.1" und "items")',
        en: 'the file is not a JSON Feed (expected "version": "https://jsonfeed.org/version/1.1" and "items")',
      });
      return { items: [], problems };
    }
    const mapped = mapJsonFeedItems(json as typeof json & { items: unknown[] });
    for (const problem of mapped.problems) {
      const path = `items[${problem.index}]${problem.field ? `.${problem.field}` : ''}`;
      report(
        {
          de: `${problem.de}${problem.skipped ? ' – der Eintrag wird ausgelassen' : ' – das Feld wird weggelassen'}`,
          en: `${problem.en}${problem.skipped ? ' – the item is left out' : ' – the field is left out'}`,
        },
        undefined,
        path,
      );
    }
    return { items: mapped.news, problems };
  }

  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(body);
  } catch (error) {
    report(
      {
        de: `die Datei ist kein lesbarer Newsfeed (RSS 2.0, Atom 1.0 oder JSON Feed): ${error instanceof Error ? error.message : String(error)}`,
        en: `the file is not a readable news feed (RSS 2.0, Atom 1.0 or JSON Feed): ${error instanceof Error ? error.message : String(error)}`,
      },
      1,
    );
    return { items: [], problems };
  }

  let raws: Raw[];
  let lines: number[];
  if (parsed.format === 'rss' || parsed.format === 'rdf') {
    lines = itemLines(body, 'item');
    raws = ((parsed.feed.items ?? []) as RssItem[]).map((item) => {
      const guid = item.guid?.value;
      const permalink = item.guid && item.guid.isPermaLink !== false && isUrl(guid) ? guid : undefined;
      const rssDate = typeof item.pubDate === 'string' ? item.pubDate : undefined;
      const dcDate = item.dc?.dates?.find((d): d is string => typeof d === 'string');
      return {
        id: clean(guid),
        title: clean(item.title),
        link: clean(item.link) ?? permalink,
        date: clean(rssDate ?? dcDate),
        dateField: rssDate || !dcDate ? 'pubDate' : 'dc:date',
        author: clean(item.dc?.creators?.[0] ?? item.authors?.[0]?.name ?? item.authors?.[0]?.email),
        tags: (item.categories ?? []).map((c) => clean(c.name)).filter((c): c is string => !!c),
        html: clean(item.description) ?? clean(item.content?.encoded),
      };
    });
  } else if (parsed.format === 'atom') {
    lines = itemLines(body, 'entry');
    raws = (parsed.feed.entries ?? []).map((entry) => {
      const links = entry.links ?? [];
      const alternate = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
      const title = entry.title;
      const summary = entry.summary ?? entry.content;
      const asHtml = (t: { value?: string; type?: string } | undefined) =>
        t?.value === undefined
          ? undefined
          : t.type === 'html' || t.type === 'xhtml' || t.type?.includes('html')
            ? t.value
            : escapeText(t.value);
      return {
        id: clean(entry.id),
        title: title
          ? clean(title.type === 'html' || title.type === 'xhtml' ? htmlToText(title.value) : title.value)
          : undefined,
        link: clean(alternate?.href),
        date: clean(stringOf(entry.published) ?? stringOf(entry.updated)),
        dateField: stringOf(entry.published) ? 'published' : 'updated',
        author: clean(entry.authors?.[0]?.name),
        tags: (entry.categories ?? []).map((c) => clean(c.label) ?? clean(c.term)).filter((c): c is string => !!c),
        html: clean(asHtml(summary)),
      };
    });
  } else {
    // parseFeed only reaches JSON for text that does not begin with "{" (it trims); read it as such.
    return readNewsFeed(body.trim(), file);
  }

  const items: NewsItem[] = [];
  const seen = new Set<string>();
  raws.forEach((raw, index) => {
    const row = lines[index];
    const element = parsed.format === 'atom' ? 'entry' : 'item';
    const summary = raw.html ? clean(htmlToText(raw.html)) : undefined;
    const title = raw.title ?? (summary ? headingFrom(summary) : undefined);
    if (!title) {
      report(
        {
          de: `der Eintrag hat weder Titel noch Text (title, description) – er wird ausgelassen`,
          en: `the ${element} has neither a title nor text (title, description) – it is left out`,
        },
        row,
        'title',
      );
      return;
    }
    const date = raw.date ? parseNewsDate(raw.date) : undefined;
    if (!date) {
      report(
        raw.date
          ? {
              de: `„${raw.date}“ ist kein lesbares Datum (erwartet z. B. „Tue, 10 Feb 2026 09:30:00 +0100“ oder „2026-02-10T09:30:00+01:00“) – „${title}“ wird ausgelassen`,
              en: `"${raw.date}" is not a readable date (expected e.g. "Tue, 10 Feb 2026 09:30:00 +0100" or "2026-02-10T09:30:00+01:00") – "${title}" is left out`,
            }
          : {
              de: `der Eintrag „${title}“ hat kein Datum (${raw.dateField}) – er wird ausgelassen`,
              en: `the ${element} "${title}" has no date (${raw.dateField}) – it is left out`,
            },
        row,
        raw.dateField,
      );
      return;
    }
    const id = raw.id ?? raw.link ?? `${date}-${title}`;
    if (seen.has(id)) {
      report(
        {
          de: `die id „${id}“ kommt mehrfach vor – der spätere Eintrag wird ausgelassen`,
          en: `duplicate id "${id}" – the later ${element} is left out`,
        },
        row,
        parsed.format === 'atom' ? 'id' : 'guid',
      );
      return;
    }
    seen.add(id);
    const item: NewsItem = { id, title, date };
    if (raw.author) item.author = raw.author;
    if (summary && summary !== title) item.summary = summary;
    if (isUrl(raw.link)) item.url = raw.link;
    if (raw.tags.length) item.tags = [...new Set(raw.tags)];
    const checked = NewsItemSchema.safeParse(item);
    if (checked.success) items.push(checked.data);
    else
      report(
        {
          de: `der Eintrag „${title}“ ist ungültig: ${checked.error.issues.map((i) => i.message).join('; ')}`,
          en: `the ${element} "${title}" is invalid: ${checked.error.issues.map((i) => i.message).join('; ')}`,
        },
        row,
      );
  });
  return { items, problems };
}

/** Plain text made safe to pass through `htmlToText` unchanged (Atom `type="text"`). */
function escapeText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\n\s*\n/g, '<p>');
}
