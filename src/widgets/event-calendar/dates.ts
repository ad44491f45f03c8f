/**
 * Calendar arithmetic for the event calendar, as pure functions on ISO strings.
 *
 * A calendar day is a `YYYY-MM-DD` string and a month a `YYYY-MM` string. Day arithmetic runs on
 * midnight UTC, where every day has 24 hours, so daylight-saving changes cannot shift a day; the Berlin
 * day of an instant and every name shown to people come from i18n/format.ts. No DOM: the CLI's iCalendar
 * writer uses this module too.
 */
import { berlinClock, berlinDay, berlinOffset, dayValue, isDateOnly, weekday } from '../../i18n/format.js';

export type Day = string;
export type Month = string;

export const DAY_MS = 86_400_000;

/** The day of a millisecond value (read in UTC). */
export const dayOf = (ms: number): Day => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: Day, n: number): Day => dayOf(dayValue(day) + n * DAY_MS);

/**
 * The months the calendar can show: years 1–9999 of the feed's dates, but for December 9999, whose grid
 * would reach into year 10000 (days are written with four digits of year).
 */
const FIRST_MONTH = 1 * 12;
const LAST_MONTH = 9999 * 12 + 10;
const monthIndex = (month: Month) => +month.slice(0, 4) * 12 + (+month.slice(5, 7) - 1);

/** `2026-06` → true; `2026-13`, `26-06`, `2026-6`, `0000-01`, `9999-12` → false. */
export const isMonth = (value: unknown): value is Month =>
  typeof value === 'string' &&
  /^\d{4}-(0[1-9]|1[0-2])$/.test(value) &&
  monthIndex(value) >= FIRST_MONTH &&
  monthIndex(value) <= LAST_MONTH;

/** `2026-06-31` → false: only days that exist. */
export const isDay = (value: unknown): value is Day =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && dayOf(dayValue(value)) === value;

export const monthOf = (day: Day): Month => day.slice(0, 7);

/** `n` months on, within the months the calendar can show (paging past either end stays at it). */
export function addMonths(month: Month, n: number): Month {
  const index = Math.min(Math.max(monthIndex(month) + n, FIRST_MONTH), LAST_MONTH);
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const daysInMonth = (month: Month): number =>
  new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0)).getUTCDate();

/** The same day of the month `n` months on, clamped to that month's length (31 Jan + 1 → 28/29 Feb). */
export function addMonthsToDay(day: Day, n: number): Day {
  const month = addMonths(monthOf(day), n);
  return `${month}-${String(Math.min(+day.slice(8, 10), daysInMonth(month))).padStart(2, '0')}`;
}

export const weekStart = (day: Day): Day => addDays(day, -weekday(day));
export const weekEnd = (day: Day): Day => addDays(day, 6 - weekday(day));

/**
 * ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday, so a week belongs to the
 * year of its Thursday (29 Dec 2025 is in 2026-W01, 3 Jan 2027 in 2026-W53).
 */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = dayValue(day) + (3 - weekday(day)) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  return { year, week: 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) };
}

/** The weeks (Monday to Sunday) that show a month: 4 to 6 rows of 7 days, including the neighbours' days. */
export function monthGrid(month: Month): Day[][] {
  const first = weekStart(`${month}-01`);
  const last = weekEnd(`${month}-${daysInMonth(month)}`);
  const weeks: Day[][] = [];
  for (let day = first; day <= last; day = addDays(day, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(day, i)));
  }
  return weeks;
}

/** The days an event covers in Berlin, and whether it is an all-day event (a start without a time). */
export interface Span {
  start: Day;
  /** The last day it covers (inclusive). */
  end: Day;
  allDay: boolean;
}

/**
 * The Berlin days an event covers. A date-only `end` is the last day (inclusive); a date-time `end` at
 * midnight ends the day before (an event until 00:00 is not on the next day). An end before the start is
 * ignored.
 */
export function eventSpan(start: string, end?: string): Span {
  const first = berlinDay(start);
  let last = end ? berlinDay(end) : first;
  if (end && !isDateOnly(end) && last > first && berlinClock(end) === '00:00') last = addDays(last, -1);
  return { start: first, end: last < first ? first : last, allDay: isDateOnly(start) };
}

/** The instant when a day begins in Berlin (midnight is never inside a Berlin DST change, which happen at 2–3 h). */
export function berlinMidnight(day: Day): number {
  const utcMidnight = dayValue(day);
  return utcMidnight - berlinOffset(utcMidnight - 120 * 60_000) * 60_000;
}
