/**
 * Dates and numbers through `Intl`, always in Europe/Berlin: an event at 2026-03-29T10:00+02:00 is on
 * 29 March wherever the visitor is. A plain date (`2016-04-26`) is a calendar day, not an instant.
 */
import type { Lang } from './lang.js';

export const TIME_ZONE = 'Europe/Berlin';

const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
export const locale = (lang: Lang) => LOCALES[lang];

/** True for `YYYY-MM-DD` (an all-day date), false for a date-time. */
export const isDateOnly = (iso: string) => iso.length === 10;

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, options: Intl.DateTimeFormatOptions, timeZone: string) {
  const key = `${lang}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone })));
  return f;
}

/** The instant of an ISO string; a plain date is taken as midnight UTC of that day (format it in UTC). */
export function toInstant(iso: string): Date {
  return new Date(isDateOnly(iso) ? `${iso}T00:00:00Z` : iso);
}

/**
 * Formats an ISO date or date-time. Plain dates keep their calendar day (formatted in UTC, where they
 * were anchored); date-times are shown in Berlin time.
 */
export function formatDate(
  iso: string,
  lang: Lang,
  options: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' },
): string {
  return formatter(lang, options, isDateOnly(iso) ? 'UTC' : TIME_ZONE).format(toInstant(iso));
}

/** "10:00" (de) / "10:00" (en-GB), Berlin time. */
export function formatTime(iso: string, lang: Lang): string {
  return formatter(lang, { hour: '2-digit', minute: '2-digit' }, TIME_ZONE).format(toInstant(iso));
}

/** The first instant of year 1 (UTC): the feed's date-times reach a few hours beyond years 1–9999 with their offsets. */
const YEAR_ONE = Date.parse('0001-01-01T00:00:00Z');

/**
 * The Berlin calendar day of an ISO date or date-time, as `YYYY-MM-DD` (always four digits of year: an
 * instant whose Berlin day lies before year 1 or after 9999 counts as 0001-01-01 or 9999-12-31).
 */
export function berlinDay(iso: string): string {
  if (isDateOnly(iso)) return iso;
  const instant = toInstant(iso);
  if (instant.getTime() < YEAR_ONE) return '0001-01-01';
  const parts = formatter('en', { year: 'numeric', month: '2-digit', day: '2-digit' }, TIME_ZONE).formatToParts(
    instant,
  );
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  const year = get('year');
  return year.length > 4 ? '9999-12-31' : `${year.padStart(4, '0')}-${get('month')}-${get('day')}`;
}

/** Today's date in Berlin, as `YYYY-MM-DD`. */
export function berlinToday(now: Date = new Date()): string {
  return berlinDay(now.toISOString());
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** "5.000" (de) / "5,000" (en-GB). The formatter is made once per language (creating one is slow). */
export function formatNumber(value: number, lang: Lang): string {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(LOCALES[lang])));
  return f.format(value);
}
