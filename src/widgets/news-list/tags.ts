/** Pure helpers of `<kgc-news-list>`: order, tag lists and tag matching. */
import type { NewsItem } from '../../feed/schema.js';
import { toInstant } from '../../i18n/format.js';
import { compareText } from '../../shared/order.js';

/** Tags compare without case and surrounding space ("Kommunen" = " kommunen"). */
export const tagKey = (tag: string): string => tag.trim().toLocaleLowerCase('de');

/** `"Kommunen, Präventionsketten; Quartier"` → the tags, in order, without duplicates (tags may hold spaces). */
export function parseTagList(value: string | null | undefined): string[] {
  const seen = new Set<string>();
  return (value ?? '')
    .split(/[,;]/)
    .map((t) => t.trim())
    .filter((t) => t && !seen.has(tagKey(t)) && seen.add(tagKey(t)));
}

/** Newest first; items of the same instant keep their feed order. */
export function newestFirst(items: readonly NewsItem[]): NewsItem[] {
  return items
    .map((item, index) => ({ item, index, time: toInstant(item.date).getTime() }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map((x) => x.item);
}

/** True when the item carries one of the tags (by key); every item matches an empty selection. */
export function hasTag(item: NewsItem, keys: readonly string[]): boolean {
  return !keys.length || !!item.tags?.some((tag) => keys.includes(tagKey(tag)));
}

export interface TagOption {
  key: string;
  label: string;
  count: number;
}

/**
 * The tags a visitor can filter by: the `wanted` ones in their order (an empty list: every tag of the
 * items, most frequent first), plus any selected tag not among them; each with its number of items.
 */
export function tagOptions(
  items: readonly NewsItem[],
  wanted: readonly string[],
  selected: readonly string[],
): TagOption[] {
  const counts = new Map<string, TagOption>();
  for (const item of items) {
    const keys = new Set<string>();
    for (const tag of item.tags ?? []) {
      const key = tagKey(tag);
      if (keys.has(key)) continue;
      keys.add(key);
      const option = counts.get(key) ?? { key, label: tag.trim(), count: 0 };
      option.count += 1;
      counts.set(key, option);
    }
  }
  const option = (label: string): TagOption => counts.get(tagKey(label)) ?? { key: tagKey(label), label, count: 0 };
  const options = wanted.length
    ? wanted.map(option)
    : [...counts.values()].sort((a, b) => b.count - a.count || compareText(a.label, b.label));
  for (const label of selected) if (!options.some((o) => o.key === tagKey(label))) options.push(option(label));
  return options;
}
