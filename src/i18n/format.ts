/**
 * Dates and numbers in German and English, always in Europe/Berlin: an event at 2026-03-29T10:00+02:00 is
 * on 29 March wherever the visitor is. A plain date (`2016-04-26`) is a calendar day, not an instant.
 *
 * Written by hand from CLDR's names and patterns (what `Intl` writes for de-DE and en-GB), not through
 * `Intl`: a page's first `Intl.DateTimeFormat` costs 100–380 ms on a phone (4× CPU) while ICU loads its data,
 * in one task that cannot be sliced, and a widget shows only two languages' worth of dates.
 */
import type { Lang } from './lang.js';

export const TIME_ZONE = 'Europe/Berlin';

const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
export const locale = (lang: Lang) => LOCALES[lang];

/** True for `YYYY-MM-DD` (an all-day date), false for a date-time. */
export const isDateOnly = (iso: string) => iso.length === 10;

/** The instant of an ISO string; a plain date is taken as midnight UTC of that day (format it in UTC). */
export function toInstant(iso: string): Date {
  return new Date(isDateOnly(iso) ? `${iso}T00:00:00Z` : iso);
}

const MONTHS: Record<Lang, string[]> = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
const MONTHS_SHORT: Record<Lang, string[]> = {
  de: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};
/** From Monday (ISO 8601 order): [short, long]. */
const WEEKDAYS: Record<Lang, [string, string][]> = {
  de: [
    ['Mo', 'Montag'],
    ['Di', 'Dienstag'],
    ['Mi', 'Mittwoch'],
    ['Do', 'Donnerstag'],
    ['Fr', 'Freitag'],
    ['Sa', 'Samstag'],
    ['So', 'Sonntag'],
  ],
  en: [
    ['Mon', 'Monday'],
    ['Tue', 'Tuesday'],
    ['Wed', 'Wednesday'],
    ['Thu', 'Thursday'],
    ['Fri', 'Friday'],
    ['Sat', 'Saturday'],
    ['Sun', 'Sunday'],
  ],
};

/** The seven weekdays from Monday: [short, long] ("Mo", "Montag"). */
export const weekdayNames = (lang: Lang): [string, string][] => WEEKDAYS[lang];

/** Midnight UTC of a day, in milliseconds (`setUTCFullYear`: `Date.UTC` would read years 0–99 as 1900–1999). */
export function dayValue(day: string): number {
  const date = new Date(0);
  return date.setUTCFullYear(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
}

/** Day of the week of a `YYYY-MM-DD` day, Monday = 0 … Sunday = 6 (ISO 8601 order). */
export const weekday = (day: string): number => (new Date(dayValue(day)).getUTCDay() + 6) % 7;

/** How `formatDate` writes a day: "07.09.2026" | "7. September 2026" | "Montag, 7. September 2026" (de). */
export type DateStyle = 'numeric' | 'long' | 'weekday';

/** A day's parts as shown: year without leading zeros ("12" for 0012), month 0-based, day of the month. */
const parts = (day: string) => ({
  year: String(+day.slice(0, 4)),
  month: +day.slice(5, 7) - 1,
  date: +day.slice(8, 10),
});

/** "7. September" / "7 September" (no year), with the weekday in front for style `weekday`. */
function dayAndMonth(day: string, lang: Lang, withWeekday: boolean): string {
  const { month, date } = parts(day);
  const text = lang === 'de' ? `${date}. ${MONTHS.de[month]}` : `${date} ${MONTHS.en[month]}`;
  return withWeekday ? `${WEEKDAYS[lang][weekday(day)][1]}, ${text}` : text;
}

/**
 * Formats an ISO date or date-time as its Berlin day (a plain date keeps its calendar day):
 * numeric "07.09.2026" / "07/09/2026", long "7. September 2026" / "7 September 2026", weekday
 * "Montag, 7. September 2026" / "Monday, 7 September 2026".
 */
export function formatDate(iso: string, lang: Lang, style: DateStyle = 'numeric'): string {
  const day = berlinDay(iso);
  if (style !== 'numeric') return `${dayAndMonth(day, lang, style === 'weekday')} ${parts(day).year}`;
  const [d, m] = [day.slice(8, 10), day.slice(5, 7)];
  return lang === 'de' ? `${d}.${m}.${parts(day).year}` : `${d}/${m}/${parts(day).year}`;
}

/** A month `YYYY-MM`: "September 2026" (both languages alike but for the name). */
export const formatMonth = (month: string, lang: Lang): string =>
  `${MONTHS[lang][+month.slice(5, 7) - 1]} ${+month.slice(0, 4)}`;

/** The short month name of an ISO date or date-time's Berlin day: "Sep" (de) / "Sept" (en). */
export const monthShort = (iso: string, lang: Lang): string => MONTHS_SHORT[lang][+berlinDay(iso).slice(5, 7) - 1];

/** "10:00", Berlin time (24 h in both languages). */
export const formatTime = (iso: string): string => berlinClock(iso);

/** A date-time in Berlin: "Montag, 7. September 2026 um 08:05" / "Monday, 7 September 2026 at 08:05". */
export const formatDateTime = (iso: string, lang: Lang): string =>
  `${formatDate(iso, lang, 'weekday')} ${lang === 'de' ? 'um' : 'at'} ${berlinClock(iso)}`;

/**
 * A span of days, as CLDR writes its ranges: "Montag, 1. – Mittwoch, 3. Juni 2026", "Montag, 29. Juni –
 * Donnerstag, 2. Juli 2026", "Mittwoch, 30. Dezember 2026 – Samstag, 2. Januar 2027" (en without commas:
 * "Monday 29 June – Thursday 2 July 2026"). One day alone is `formatDate(day, lang, 'weekday')`.
 */
export function formatDayRange(start: string, end: string, lang: Lang): string {
  if (start === end) return formatDate(start, lang, 'weekday');
  const [a, b] = [parts(start), parts(end)];
  const name = (day: string) => WEEKDAYS[lang][weekday(day)][1];
  const last =
    lang === 'de'
      ? `${name(end)}, ${dayAndMonth(end, lang, false)} ${b.year}`
      : `${name(end)} ${dayAndMonth(end, lang, false)} ${b.year}`;
  const first =
    a.year !== b.year
      ? `${dayAndMonth(start, lang, false)} ${a.year}`
      : a.month !== b.month || lang === 'en'
        ? dayAndMonth(start, lang, false)
        : `${a.date}.`;
  return `${lang === 'de' ? `${name(start)}, ` : `${name(start)} `}${first} – ${last}`;
}

/**
 * From one Berlin date-time to another: "Montag, 1. Juni 2026, 10:00–12:30 Uhr" on one day ("Monday, 1 June
 * 2026, 10:00–12:30"), else both in full joined by " – ".
 */
export function formatDateTimeRange(start: string, end: string, lang: Lang): string {
  if (berlinDay(start) !== berlinDay(end)) return `${formatDateTime(start, lang)} – ${formatDateTime(end, lang)}`;
  if (berlinClock(start) === berlinClock(end)) return formatDateTime(start, lang);
  return `${formatDate(start, lang, 'weekday')}, ${berlinClock(start)}–${berlinClock(end)}${lang === 'de' ? ' Uhr' : ''}`;
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
 * of October, 01:00 UTC each), worked out by hand (see the top of this file); other years through `Intl`.
 */
export function berlinOffset(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  if (year >= 1996 && year <= 2099) return ms >= lastSundayOneUtc(year, 2) && ms < lastSundayOneUtc(year, 9) ? 120 : 60;
  const name = new Intl.DateTimeFormat('en', { timeZoneName: 'longOffset', timeZone: TIME_ZONE })
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
