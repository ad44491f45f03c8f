/**
 * JSON Feed 1.x (https://www.jsonfeed.org/version/1.1/) read as news: any CMS that emits JSON Feed can
 * feed `<kgc-news-list>`. Recognised by its `version`; checked by its own schema; each valid item becomes a
 * `NewsItem`, each invalid one is skipped and named by its JSON path (`items[2].date_published`).
 *
 * Mapping: `id` (a number is turned into a string, as the spec asks), `title`, `url` (else `external_url`),
 * `summary` (else `content_text`), `date_published` → `date`, `authors[0].name` (1.0: `author.name`) →
 * `author`, `tags`; the feed's `next_url` → `nextUrl`. `content_html` is never read: feed strings are text.
 * A news item needs a title and a date, so items without `title` or `date_published` are skipped.
 * Unknown fields and extensions (`_kgc`, …) are ignored.
 */
import * as z from 'zod/mini';
import { FeedError } from './errors.js';
import { jsonPath, toIssues, type FeedIssue, type ParsedFeed } from './parse.js';
import { IsoDate, type Feed, type NewsItem } from './schema.js';

const text = () => z.string().check(z.trim(), z.minLength(1));
const Author = z.object({ name: z.optional(text()) });

export const JsonFeedItem = z.object({
  id: z.union([text(), z.number()]),
  url: z.optional(z.url()),
  external_url: z.optional(z.url()),
  title: text(),
  summary: z.optional(text()),
  content_text: z.optional(text()),
  date_published: IsoDate,
  authors: z.optional(z.array(Author)),
  author: z.optional(Author), // JSON Feed 1.0
  tags: z.optional(z.array(text())),
});

export const JsonFeedHead = z.object({
  title: z.optional(text()),
  home_page_url: z.optional(z.url()),
  next_url: z.optional(z.url()),
  language: z.optional(text()),
});

type Json = Record<string, unknown>;

/** True for a JSON Feed document (`version` "https://jsonfeed.org/version/1" or "…/1.1"). */
export function isJsonFeed(json: unknown): json is Json {
  const version = (json as Json | null)?.version;
  return typeof version === 'string' && version.startsWith('https://jsonfeed.org/version/1');
}

/** Reads a JSON Feed document as a feed whose `news` are its items. Throws `FeedError('invalid')` without `items`. */
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

  const news: NewsItem[] = [];
  const seen = new Set<string>();
  json.items.forEach((value, index) => {
    const item = jsonPath(['items', index]);
    const parsed = JsonFeedItem.safeParse(value);
    if (!parsed.success) {
      issues.push(...toIssues(parsed.error, ['items', index], item));
      return;
    }
    const data = parsed.data;
    const id = String(data.id);
    if (seen.has(id)) {
      issues.push({ path: `${item}.id`, message: `duplicate id "${id}"`, code: 'duplicate-id', item });
      return;
    }
    seen.add(id);
    const entry: NewsItem = { id, title: data.title, date: data.date_published };
    const author = data.authors?.[0]?.name ?? data.author?.name;
    const summary = data.summary ?? data.content_text;
    const url = data.url ?? data.external_url;
    if (author) entry.author = author;
    if (summary) entry.summary = summary;
    if (url) entry.url = url;
    if (data.tags) entry.tags = data.tags;
    news.push(entry);
  });

  const feed: Feed = { version: 1, projects: [], partners: [], offices: [], events: [], news };
  if (title) feed.title = title;
  if (home_page_url) feed.homePageUrl = home_page_url;
  if (next_url) feed.nextUrl = next_url;
  if (language) feed.language = language;
  return { feed, issues };
}
