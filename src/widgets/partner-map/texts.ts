/** The texts the map's views share: what every view needs, numbers, "Partner seit" dates and place counts. */
import { formatDate, formatMonth } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import type { CommonMessages } from '../../i18n/messages.js';
import type { PartnerMapMessages } from './messages.js';
import type { Place } from './places.js';

/** What every view of the map needs from the element. */
export interface MapContext {
  lang: Lang;
  m: PartnerMapMessages;
  t: CommonMessages;
  uid: string;
  headingLevel: number;
  /** A number in the visitor's language. */
  number: (value: number) => string;
}

const joinedTexts = new Map<string, string>();
/** "2012" → 2012, "2012-06" → Juni 2012, "2012-06-01" → 01.06.2012 (memoised: many places share a month). */
export function formatJoined(value: string, lang: Lang): string {
  const key = `${lang}${value}`;
  let text = joinedTexts.get(key);
  if (text === undefined) {
    text = value.length === 4 ? value : value.length === 7 ? formatMonth(value, lang) : formatDate(value, lang);
    joinedTexts.set(key, text);
  }
  return text;
}

/** "3 Partnerkommunen, 1 Koordinierungsstelle" */
export function summary(places: Place[], m: PartnerMapMessages): string {
  const partners = places.filter((p) => p.type === 'partner').length;
  return `${m.partners(partners)}, ${m.offices(places.length - partners)}`;
}
