/** Which events fall on which days: the feed's events by start time and their Berlin day spans. */
import type { Event as CalendarEvent } from '../../feed/schema.js';
import type { CommonMessages } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/lang.js';
import { toInstant } from '../../i18n/format.js';
import { addDays, eventSpan, type Day, type Span } from './dates.js';
import type { CalendarMessages } from './messages.js';

/** An event with its first and last Berlin day. */
export interface Item extends Span {
  event: CalendarEvent;
}

/** What every view of the calendar needs from the element. */
export interface CalendarContext {
  lang: Lang;
  m: CalendarMessages;
  t: CommonMessages;
  uid: string;
  headingLevel: number;
  /** One Land's events are shown together with those without a Land: mark the latter "bundesweit". */
  national: boolean;
}

/** A day after every event (and still a four-digit year after `addDays`). */
export const FAR = '9000-01-01';

/** Spans are computed once per event object (Intl is the costly part) and only for events near the view. */
const spans = new WeakMap<CalendarEvent, Item>();
const itemOf = (event: CalendarEvent): Item => {
  let item = spans.get(event);
  if (!item) spans.set(event, (item = { ...eventSpan(event.start, event.end), event }));
  return item;
};

/** The feed's events by start time, sorted once per list of events. */
export class ByStart {
  private of?: readonly CalendarEvent[];
  private sorted: CalendarEvent[] = [];

  events(events: readonly CalendarEvent[]): CalendarEvent[] {
    if (this.of !== events) {
      this.of = events;
      this.sorted = events
        .map((event) => [toInstant(event.start).getTime(), event] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, event]) => event);
    }
    return this.sorted;
  }
}

/**
 * The events that pass `passes` and touch the days `from`–`to`. A date's first ten characters are within a
 * day of its Berlin day (offsets are under 24 h), so most events are ruled out without computing their span.
 */
export function itemsBetween(
  events: readonly CalendarEvent[],
  from: Day,
  to: Day,
  passes: (event: CalendarEvent) => boolean,
): Item[] {
  const before = addDays(from, -1);
  const after = addDays(to, 1);
  const found: Item[] = [];
  for (const event of events) {
    if (event.start.slice(0, 10) > after || (event.end ?? event.start).slice(0, 10) < before || !passes(event))
      continue;
    const item = itemOf(event);
    if (item.start <= to && item.end >= from) found.push(item);
  }
  return found;
}
