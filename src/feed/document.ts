/**
 * Reads a JSON document as a feed. Today: the kgc feed, version 1. Other formats (JSON Feed 1.1
 * for news) are recognised here by their own `version` and turned into the same typed feed.
 */
import { checkFeed, type ParsedFeed } from './parse.js';
import { isJsonFeed, readJsonFeed } from './jsonfeed.js';

export function readDocument(json: unknown): ParsedFeed {
  return isJsonFeed(json) ? readJsonFeed(json) : checkFeed(json);
}
