/**
 * iCalendar (RFC 5545) → feed events, as calendar programs write it (Outlook, Thunderbird, Google, CMS
 * calendar extensions) and as this project writes it (`kgc-feed ics`, the calendar's downloads).
 * Runs in Node and in a page: ical.js parses and expands, `Intl` does the time zones.
 *
 * - Time zones: a VTIMEZONE in the file defines its TZID (RFC 5545); a TZID without one is read as an IANA
 *   name or a Windows name ("W. Europe Standard Time", see windows-zones.ts); floating times are Berlin's.
 * - Series (RRULE, RDATE) are expanded; occurrences are kept when their start day (in Berlin) lies within
 *   `window` (inclusive); EXDATE removes occurrences, a VEVENT with RECURRENCE-ID replaces one (moved,
 *   changed or STATUS:CANCELLED). Single events are kept whatever their date.
 * - Ids: a single event's UID; an occurrence's UID + "/" + its original start (RECURRENCE-ID, in UTC or as
 *   a date), so a moved occurrence keeps its id.
 * - All-day events are dates (`2026-03-12`; DTEND is exclusive, the feed's `end` the last day); timed
 *   events are written with Berlin's offset (`2026-03-12T10:00:00+01:00`).
 * - SUMMARY → title, DESCRIPTION → summary (HTML, as Google writes it, as plain text), LOCATION → location (a bare web address: an online event),
 *   URL → url, CATEGORIES → tags, ORGANIZER's name → organizer, STATUS:CANCELLED → `cancelled`.
 * - `X-KGC-…` properties (as this project's writer adds them, see FEED_PROPERTIES) fill what iCalendar has
 *   no property for: category, region, the place's name and address (then LOCATION, their one-line form, is
 *   not read); a first CATEGORIES value equal to X-KGC-CATEGORY is the category, not a tag.
 * - Files this project wrote (its PRODID) read back to the events written: the UID's `@domain`, the title's
 *   "Abgesagt: " and the labelled lines the writer adds to DESCRIPTION are taken back into their fields.
 */
import ICAL from 'ical.js';
import type { Event, EventStatus } from '../feed/schema.js';
import { Event as EventSchema } from '../feed/schema.js';
import { htmlToText } from '../feed/html-text.js';
import { FEED_PROPERTIES, PRODID } from '../widgets/event-calendar/ics.js';
import { BERLIN, addDays, berlinDateTime, berlinDayStart, isKnownZone, wallToInstant } from './time.js';
import type { SourceProblem, SourceResult } from './types.js';
import { setPath } from './values.js';
import { WINDOWS_ZONES } from './windows-zones.js';

/** The days (Europe/Berlin, inclusive) whose occurrences of a series are kept. */
export interface Period {
  /** First day (`YYYY-MM-DD`, Europe/Berlin) whose occurrences are kept. */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

/** At most this many occurrences are looked at per series (a FREQ=MINUTELY rule must not hang the build). */
const MAX_OCCURRENCES = 20_000;

type Message = SourceProblem['message'];

/** An IANA zone for a TZID: a known IANA name, a Windows name, or a path ending in one (old Lightning). */
export function ianaZone(tzid: string): string | undefined {
  const name = tzid.trim().replace(/^"|"$/g, '');
  if (Object.hasOwn(WINDOWS_ZONES, name)) return WINDOWS_ZONES[name];
  if (/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(name) && isKnownZone(name)) return name;
  const tail = /([A-Za-z_]+\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?)$/.exec(name)?.[1];
  return tail && isKnownZone(tail) ? tail : undefined;
}

const endOf = (when: { end?: string }) => (when.end ? { end: when.end } : {});
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dateOf = (time: ICAL.Time) => `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;

/** The physical line numbers (1-based) where each VEVENT begins, in file order. */
function eventLines(text: string): number[] {
  const lines: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (/^BEGIN:VEVENT\s*$/i.test(line)) lines.push(i + 1);
  });
  return lines;
}

/** The line a parser message ends by quoting (`invalid line … "BROKEN LINE"`), when it can be found in the text. */
function lineOfMessage(text: string, message: string): number | undefined {
  const quoted = /["']([^"']+)["']\s*$/.exec(message)?.[1];
  if (!quoted) return undefined;
  const index = text.split(/\r\n|\r|\n/).findIndex((line) => line.includes(quoted.split(/\r?\n/)[0]));
  return index >= 0 ? index + 1 : undefined;
}

/** A DTSTART/DTEND value as written: checked before ical.js reads it (it would roll 2026-02-30 over). */
function checkDateValue(prop: ICAL.Property | null): string | undefined {
  if (!prop) return undefined;
  const raw = prop.jCal[3];
  if (typeof raw !== 'string') return 'no value';
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})Z?)?$/.exec(raw);
  if (!match) return raw;
  const [, y, m, d, h = '0', mi = '0', s = '0'] = match.map((v) => v ?? '0');
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(m) - 1, Number(d));
  const real = date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
  return real && Number(h) < 24 && Number(mi) < 60 && Number(s) < 61 ? undefined : raw;
}

interface Reader {
  file: string;
  problems: SourceProblem[];
  own: boolean;
}

/** Instant (ms) of a timed value; its zone: the file's VTIMEZONE, UTC, or the TZID's IANA zone (else Berlin). */
function instantOf(time: ICAL.Time, tzid: string | undefined, reader: Reader, row: number | undefined): number {
  const zone = time.zone;
  if (zone && (zone.tzid === 'UTC' || zone.component)) return time.toUnixTime() * 1000;
  let iana = BERLIN;
  if (tzid) {
    const known = ianaZone(tzid);
    if (known) iana = known;
    else
      problem(reader, row, 'DTSTART', {
        de: `die Zeitzone „${tzid}“ ist unbekannt und nicht in der Datei beschrieben (VTIMEZONE); gelesen als Europe/Berlin`,
        en: `the time zone "${tzid}" is unknown and not described in the file (VTIMEZONE); read as Europe/Berlin`,
      });
  }
  return wallToInstant(iana, {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
  });
}

function problem(reader: Reader, row: number | undefined, column: string | undefined, message: Message): void {
  const entry: SourceProblem = { file: reader.file, message };
  if (row !== undefined) entry.row = row;
  if (column) entry.column = column;
  if (
    !reader.problems.some((p) => p.row === entry.row && p.column === entry.column && p.message.de === entry.message.de)
  )
    reader.problems.push(entry);
}

const tzidOf = (component: ICAL.Component, name: string) => {
  const value = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof value === 'string' ? value : undefined;
};

/** "YYYYMMDD" or "YYYYMMDDTHHMMSSZ": an occurrence's original start, for its id. */
function stamp(time: ICAL.Time, tzid: string | undefined, reader: Reader, row: number | undefined): string {
  if (time.isDate) return dateOf(time).replace(/-/g, '');
  return new Date(instantOf(time, tzid, reader, row))
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const textOf = (component: ICAL.Component, name: string): string | undefined => {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/\r\n?/g, '\n') : undefined;
};

/** Markup as Google Calendar writes into DESCRIPTION (`<b>`, `<br>`, `<a href>`); plain text is left alone. */
const HTML = /<(?:br|p|div|b|i|u|em|strong|a|ul|ol|li|span)\b[^>]*>/i;

const isWebAddress = (value: string) => /^https?:\/\/\S+$/i.test(value) && URL.canParse(value);

/** The words this project's writer adds (src/widgets/event-calendar/ics.ts), in both languages. */
const WRITER = {
  prefix: { cancelled: /^(Abgesagt|Cancelled): /, postponed: /^(Verschoben|Postponed): / },
  organizer: /^(Veranstalter|Organiser): (.+)$/,
  registration: /^(Anmeldung|Registration): (\S+)$/,
  info: /^(Weitere Informationen|More information): (\S+)$/,
  online: /^Online: (\S+)$/,
};

/** The event's fields but its times (from the occurrence's own component, so a changed occurrence shows its changes). */
function fields(component: ICAL.Component, reader: Reader): Omit<Event, 'id' | 'start' | 'end'> | undefined {
  const summary = textOf(component, 'summary');
  if (!summary) return undefined;
  const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
  const event: Omit<Event, 'id' | 'start' | 'end'> = { title: summary };
  let state: EventStatus | undefined = status === 'CANCELLED' ? 'cancelled' : undefined;
  if (reader.own && status === 'TENTATIVE') state = 'postponed';
  if (reader.own && status === 'CONFIRMED') state = 'scheduled';
  if (reader.own && (state === 'cancelled' || state === 'postponed'))
    event.title = summary.replace(WRITER.prefix[state], '');

  let description = textOf(component, 'description');
  const url = textOf(component, 'url');
  if (reader.own && description) {
    const blocks = description.split('\n\n');
    const own: Partial<Event> & { online?: string } = {};
    while (blocks.length) {
      const block = blocks[blocks.length - 1];
      const organizer = WRITER.organizer.exec(block);
      const registration = WRITER.registration.exec(block);
      const info = WRITER.info.exec(block);
      const online = WRITER.online.exec(block);
      if (organizer && !own.organizer) own.organizer = organizer[2];
      else if (registration && !own.registrationUrl) own.registrationUrl = registration[2];
      else if (info && !own.url) own.url = info[2];
      else if (online && !own.online) own.online = online[1];
      else break;
      blocks.pop();
    }
    description = blocks.join('\n\n') || undefined;
    if (own.organizer) event.organizer = own.organizer;
    if (own.registrationUrl) event.registrationUrl = own.registrationUrl;
    if (own.online) event.location = { online: true, url: own.online };
  }
  if (description && HTML.test(description)) description = htmlToText(description) || undefined;
  if (description) event.summary = description;

  const given = FEED_PROPERTIES.flatMap(([name, path]) => {
    // ical.js leaves X- values as written: their TEXT escapes (RFC 5545, 3.3.11) are undone here.
    const value = textOf(component, name.toLowerCase())?.replace(/\\([\\;,nN])/g, (_, c: string) =>
      c === 'n' || c === 'N' ? '\n' : c,
    );
    return value ? [[path, value] as const] : [];
  });
  const place = given.some(([path]) => path.startsWith('location.'));
  const location = place ? undefined : textOf(component, 'location');
  if (location) {
    if (isWebAddress(location)) event.location = { ...event.location, online: true, url: location };
    else if (reader.own && location === 'Online') event.location = { ...event.location, online: true };
    else event.location = { name: location, ...event.location };
  }
  if (url && isWebAddress(url)) event.url = url;

  const organizer = component.getFirstProperty('organizer');
  if (organizer && !event.organizer) {
    const cn = organizer.getParameter('cn');
    const name = typeof cn === 'string' && cn.trim() ? cn.trim() : String(organizer.getFirstValue() ?? '');
    const shownName = name.replace(/^mailto:/i, '').trim();
    if (shownName) event.organizer = shownName;
  }

  for (const [path, value] of given) setPath(event, path, value);
  const values = component
    .getAllProperties('categories')
    .flatMap((prop) => prop.getValues())
    .map((value) => (typeof value === 'string' ? value.trim() : ''));
  if (event.category && values[0] === event.category) values.shift();
  const tags = [...new Set(values.filter(Boolean))];
  if (tags.length) event.tags = tags;
  if (state) event.status = state;
  return event;
}

/** Start and end of an event (or occurrence) as feed values. */
function times(
  start: ICAL.Time,
  end: ICAL.Time | undefined,
  tzids: { start?: string; end?: string },
  reader: Reader,
  row: number | undefined,
): { start: string; end?: string; ms: number } {
  if (start.isDate) {
    const first = dateOf(start);
    const last = end && end.isDate ? addDays(dateOf(end), -1) : first;
    return { start: first, ...(last > first ? { end: last } : {}), ms: berlinDayStart(first) };
  }
  const ms = instantOf(start, tzids.start, reader, row);
  const result: { start: string; end?: string; ms: number } = { start: berlinDateTime(ms), ms };
  if (end) {
    const endMs = instantOf(end, tzids.end ?? tzids.start, reader, row);
    if (endMs > ms) result.end = berlinDateTime(endMs);
  }
  return result;
}

/** The end a component states (DTEND or DTSTART + DURATION), or nothing. */
function statedEnd(event: ICAL.Event): ICAL.Time | undefined {
  const component = event.component;
  return component.hasProperty('dtend') || component.hasProperty('duration') ? event.endDate : undefined;
}

const uidOf = (component: ICAL.Component, reader: Reader): string | undefined => {
  const uid = textOf(component, 'uid');
  if (!uid) return undefined;
  return reader.own ? uid.replace(/@[^@]*$/, '') : uid;
};

/**
 * Reads an iCalendar text as feed events. `file` names the source in problems; `window` bounds the
 * expansion of series. Problems are German and English, with the line of the VEVENT where known.
 */
export function readIcal(text: string, file: string, window: Period): SourceResult<Event> {
  const reader: Reader = { file, problems: [], own: false };
  const items: { event: Event; ms: number }[] = [];
  const body = text.replace(/^\uFEFF/, '');
  if (!/^\s*BEGIN:VCALENDAR/i.test(body)) {
    problem(reader, 1, undefined, {
      de: 'die Datei ist kein Kalender im iCalendar-Format (sie beginnt nicht mit BEGIN:VCALENDAR)',
      en: 'the file is not an iCalendar calendar (it does not begin with BEGIN:VCALENDAR)',
    });
    return { items: [], problems: reader.problems };
  }
  let calendars: ICAL.Component[];
  try {
    const parsed = ICAL.parse(body);
    const list = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
    calendars = list.map((jcal) => new ICAL.Component(jcal as unknown[] as never));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problem(reader, lineOfMessage(body, message), undefined, {
      de: `die iCalendar-Datei ist nicht lesbar: ${message}`,
      en: `the iCalendar file cannot be read: ${message}`,
    });
    return { items: [], problems: reader.problems };
  }

  const windowStart = berlinDayStart(window.from);
  const windowEnd = berlinDayStart(addDays(window.to, 1));
  const rows = eventLines(body);
  let eventIndex = 0;

  for (const calendar of calendars) {
    reader.own = String(calendar.getFirstPropertyValue('prodid') ?? '') === PRODID;
    const components = calendar.getAllSubcomponents('vevent');
    const rowOf = new Map(components.map((c) => [c, rows[eventIndex++]]));
    const masters = new Map<string, ICAL.Component>();
    for (const component of components) {
      const uid = textOf(component, 'uid');
      if (uid && !component.hasProperty('recurrence-id')) masters.set(uid, component);
    }

    const add = (event: Event, ms: number, row: number | undefined) => {
      const checked = EventSchema.safeParse(event);
      if (checked.success) items.push({ event: checked.data, ms });
      else
        problem(reader, row, undefined, {
          de: `der Termin „${event.title}“ ist ungültig: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
          en: `the event "${event.title}" is invalid: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        });
    };

    for (const component of components) {
      const row = rowOf.get(component);
      const uid = textOf(component, 'uid');
      const recurrenceId = component.hasProperty('recurrence-id');
      if (recurrenceId && uid && masters.has(uid)) continue; // read with its series

      const badStart = checkDateValue(component.getFirstProperty('dtstart'));
      const badEnd = checkDateValue(component.getFirstProperty('dtend'));
      if (!component.hasProperty('dtstart') || badStart) {
        problem(reader, row, 'DTSTART', {
          de: badStart
            ? `der Beginn (DTSTART) „${badStart}“ ist kein gültiges Datum`
            : 'der Termin hat keinen Beginn (DTSTART)',
          en: badStart ? `the start (DTSTART) "${badStart}" is not a valid date` : 'the event has no start (DTSTART)',
        });
        continue;
      }
      if (badEnd) {
        problem(reader, row, 'DTEND', {
          de: `das Ende (DTEND) „${badEnd}“ ist kein gültiges Datum`,
          en: `the end (DTEND) "${badEnd}" is not a valid date`,
        });
        continue;
      }
      const fieldsOf = (c: ICAL.Component) => {
        const result = fields(c, reader);
        if (!result)
          problem(reader, rowOf.get(c), 'SUMMARY', {
            de: 'der Termin hat keinen Titel (SUMMARY)',
            en: 'the event has no title (SUMMARY)',
          });
        return result;
      };
      const tzids = { start: tzidOf(component, 'dtstart'), end: tzidOf(component, 'dtend') };
      const event = new ICAL.Event(component);
      const id = uidOf(component, reader);

      if (!event.isRecurring()) {
        const base = fieldsOf(component);
        if (!base) continue;
        const when = times(event.startDate, statedEnd(event), tzids, reader, row);
        const ownId = recurrenceId
          ? `${id}/${stamp(event.recurrenceId, tzidOf(component, 'recurrence-id'), reader, row)}`
          : id;
        add({ id: ownId ?? `${when.start}-${base.title}`, ...base, start: when.start, ...endOf(when) }, when.ms, row);
        continue;
      }

      if (!id) {
        problem(reader, row, 'UID', {
          de: 'die Terminserie hat keine UID; ihre Termine bekämen keine festen ids',
          en: 'the series has no UID; its occurrences would get no stable ids',
        });
        continue;
      }
      const seen = new Set<string>();
      try {
        const iterator = event.iterator();
        let count = 0;
        for (let next = iterator.next(); next; next = iterator.next()) {
          if (++count > MAX_OCCURRENCES) {
            problem(reader, row, 'RRULE', {
              de: `die Terminserie hat mehr als ${MAX_OCCURRENCES} Termine vor dem Ende des Zeitraums; nur diese wurden gelesen`,
              en: `the series has more than ${MAX_OCCURRENCES} occurrences before the end of the period; only these were read`,
            });
            break;
          }
          const original = next.isDate ? berlinDayStart(dateOf(next)) : instantOf(next, tzids.start, reader, row);
          if (original >= windowEnd) break;
          const key = stamp(next, tzids.start, reader, row);
          seen.add(key);
          const details = event.getOccurrenceDetails(next);
          const own = details.item.component;
          const base = fieldsOf(own);
          if (!base) continue;
          const ownTzids = own === component ? tzids : { start: tzidOf(own, 'dtstart'), end: tzidOf(own, 'dtend') };
          const end = own === component && !statedEnd(event) ? undefined : details.endDate;
          const when = times(details.startDate, end, ownTzids, reader, rowOf.get(own) ?? row);
          if (when.ms < windowStart || when.ms >= windowEnd) continue;
          add({ id: `${id}/${key}`, ...base, start: when.start, ...endOf(when) }, when.ms, rowOf.get(own) ?? row);
        }
      } catch (error) {
        problem(reader, row, 'RRULE', {
          de: `die Wiederholungsregel ist nicht lesbar: ${error instanceof Error ? error.message : String(error)}`,
          en: `the recurrence rule cannot be read: ${error instanceof Error ? error.message : String(error)}`,
        });
        continue;
      }
      // Occurrences moved into the period from beyond its end.
      for (const exception of Object.values(event.exceptions)) {
        const own = exception.component;
        const ownRow = rowOf.get(own);
        const key = stamp(exception.recurrenceId, tzidOf(own, 'recurrence-id') ?? tzids.start, reader, ownRow);
        if (seen.has(key)) continue;
        const base = fieldsOf(own);
        if (!base) continue;
        const when = times(
          exception.startDate,
          statedEnd(exception),
          { start: tzidOf(own, 'dtstart'), end: tzidOf(own, 'dtend') },
          reader,
          ownRow,
        );
        if (when.ms < windowStart || when.ms >= windowEnd) continue;
        add({ id: `${id}/${key}`, ...base, start: when.start, ...endOf(when) }, when.ms, ownRow);
      }
    }
  }

  items.sort((a, b) => a.ms - b.ms || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
  return { items: items.map((i) => i.event), problems: reader.problems };
}
