/**
 * The feed layer's public entry for code outside the widgets: load a whole feed (or every part of a feed
 * index) with every problem found. Widgets ask `queryFeed` for just their collections instead.
 */
import { describeSkipped, type ParsedFeed } from './parse.js';
import { readDocument } from './document.js';
import { queryAll } from './query.js';
import type { LoadOptions } from './fetch.js';

export { allowOrigins, timeoutMs, type LoadOptions } from './fetch.js';

/**
 * Loads and checks the feed at `url`: every collection, from one document or from all parts of a feed
 * index. Rejects only with a `FeedError`. Invalid items are skipped and invalid optional fields dropped
 * (one `console.warn` each, once per page).
 */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<ParsedFeed> {
  return queryAll({ src: url }, options);
}

/** The same checks for a feed object handed over directly (no network; a feed index is not read here). */
export function parseData(data: unknown): ParsedFeed {
  const parsed = readDocument(data);
  for (const line of describeSkipped(parsed.issues)) console.warn(line, '(data)');
  return parsed;
}
