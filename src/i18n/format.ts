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

/** The last Sunday of a month (0-based) of `year`, 01:00 UTC: when the EU's summer time begins or ends. */
function lastSundayOneUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/**
 * Europe/Berlin's offset from UTC at an instant, in minutes (+60 in winter, +120 in summer). From 1996 to
 * 2099 by the EU rule that has held since 1996 (summer time from the last Sunday of March to the last Sunday
 * of October, 01:00 UTC each), worked out by hand: the page's first `Intl.DateTimeFormat` costs 5–60 ms (ICU
 * loads its data), and the calendar needs today's date while its module is being evaluated. Other years
 * through `Intl`.
 */
export function berlinOffset(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  if (year >= 1996 && year <= 2099) return ms >= lastSundayOneUtc(year, 2) && ms < lastSundayOneUtc(year, 9) ? 120 : 60;
  const name = formatter('en', { timeZoneName: 'longOffset' }, TIME_ZONE)
    .formatToParts(ms)
    .find((p) => p.type === 'timeZoneName')!.value;
  const match = /([+-])(\d\d):(\d\d)/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (+match[2] * 60 + +match[3]) : 0;
}

/** The Berlin wall-clock time of an ISO date-time as an ISO string in UTC (`2026-03-29T10:00:00.000Z` for 10:00). */
const berlinWall = (ms: number) => new Date(ms + berlinOffset(ms) * 60_000).toISOString();

/** Berlin's wall-clock time of an instant, "HH:MM" (24 h). */
export const berlinClock = (iso: string): string => berlinWall(toInstant(iso).getTime()).slice(11, 16);

/**
 * The Berlin calendar day of an ISO date or date-time, as `YYYY-MM-DD` (always four digits of year: an
 * instant whose Berlin day lies before year 1 or after 9999 counts as 0001-01-01 or 9999-12-31).
 */
export function berlinDay(iso: string): string {
  if (isDateOnly(iso)) return iso;
  const ms = toInstant(iso).getTime();
  if (ms < YEAR_ONE) return '0001-01-01';
  const day = berlinWall(ms).slice(0, -14);
  return day.length > 10 ? '9999-12-31' : day;
}

/** Today's date in Berlin, as `YYYY-MM-DD`. */
export function berlinToday(now: Date = new Date()): string {
  return berlinDay(now.toISOString());
}

const GROUP: Record<Lang, string> = { de: '.', en: ',' };

/**
 * A count in the visitor's language: "5.000" (de) / "5,000" (en-GB), as `Intl.NumberFormat` writes them. By
 * hand: the first `Intl.NumberFormat` of a page costs 20–30 ms (ICU's number data), more than all the counts
 * a widget shows.
 */
export function formatNumber(value: number, lang: Lang): string {
  const digits = String(Math.trunc(Math.abs(value)));
  return `${value < 0 ? '-' : ''}${digits.replace(/\B(?=(\d{3})+$)/g, GROUP[lang])}`;
}

let prepared = false;

/**
 * Creates the page's first collator and date formatter, each in a task of its own: the first of each costs
 * 5–20 ms (ICU loads its data), later ones almost nothing. A widget calls this when it starts waiting for its
 * feed, so that this work is done while the network is busy and not inside its first render.
 */
export function prepareIntl(): void {
  if (prepared) return;
  prepared = true;
  setTimeout(() => {
    new Intl.Collator(LOCALES.de).compare('a', 'b');
    setTimeout(() => formatter('de', { day: '2-digit', month: 'long' }, TIME_ZONE).format(0));
  });
}
