/**
 * iCalendar (RFC 5545) from feed events, as pure functions without DOM: the calendar's `.ics` downloads and
 * the CLI's `kgc-feed ics` subscription file share this writer.
 *
 * - Timed events are written in UTC (`DTSTART:20260329T080000Z`), so no VTIMEZONE is needed and every
 *   client shows the right local time; all-day events are `VALUE=DATE` with an exclusive `DTEND` (the day
 *   after the last day).
 * - TEXT values escape `\`, `;`, `,` and line breaks; other control characters are dropped; a lone UTF-16
 *   surrogate (no character, cannot be written as UTF-8) becomes U+FFFD, as a UTF-8 encoder would write it.
 * - Lines end in CRLF and are folded at 75 octets of UTF-8, never inside a character.
 * - What iCalendar has no property for (the category apart from the tags, the region, the place's parts) goes
 *   into `X-KGC-…` properties (RFC 5545, 3.8.8.2): calendar programs ignore them, `kgc-feed build` reads them.
 */
import type { Event } from '../../feed/schema.js';
import { dayValue, isDateOnly, toInstant } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { safeHref } from '../../shared/safe-url.js';
import { DAY_MS, addDays, berlinMidnight, eventSpan } from './dates.js';

export const PRODID = '-//Kooperationsverbund Gesundheitliche Chancengleichheit//kgc-widgets//DE';

export interface IcsOptions {
  /** Calendar name (`NAME`, `X-WR-CALNAME`), e.g. the feed's title. */
  name?: string;
  /** Time stamp of the file (`DTSTAMP`); now by default. */
  now?: Date;
  /** How often subscribers should reload, as an RFC 5545 duration (`PT1H`): `REFRESH-INTERVAL`, `X-PUBLISHED-TTL`. */
  refresh?: string;
  /** Where the calendar is published (`SOURCE`), for subscription files. */
  source?: string;
  /** Right-hand side of each `UID` (`<event id>@<domain>`); keep it stable so updates replace events. */
  uidDomain?: string;
  /** Language of the few words the writer adds ("Abgesagt:", "Veranstalter:"). */
  lang?: Lang;
}

/** The `X-KGC-…` properties and the feed fields they carry (`kgc-feed build` reads them from any calendar). */
export const FEED_PROPERTIES = [
  ['X-KGC-CATEGORY', 'category'],
  ['X-KGC-LAND', 'region.land'],
  ['X-KGC-DISTRICT', 'region.district'],
  ['X-KGC-MUNICIPALITY', 'region.municipality'],
  ['X-KGC-AGS', 'region.ags'],
  ['X-KGC-ARS', 'region.ars'],
  ['X-KGC-PLACE', 'location.name'],
  ['X-KGC-STREET', 'location.address.street'],
  ['X-KGC-POSTAL-CODE', 'location.address.postalCode'],
  ['X-KGC-LOCALITY', 'location.address.locality'],
  ['X-KGC-ADDRESS-LAND', 'location.address.land'],
] as const;

const WORDS = {
  de: {
    cancelled: 'Abgesagt',
    postponed: 'Verschoben',
    organizer: 'Veranstalter',
    info: 'Weitere Informationen',
    registration: 'Anmeldung',
    online: 'Online',
  },
  en: {
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    organizer: 'Organiser',
    info: 'More information',
    registration: 'Registration',
    online: 'Online',
  },
};

/** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped; other control characters dropped; lone surrogates replaced. */
export function escapeText(value: string): string {
  return value
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Folds a content line at 75 octets (UTF-8): continuation lines start with one space; characters stay whole. */
export function foldLine(line: string): string {
  let out = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char.codePointAt(0)!);
    if (size + n > 75) {
      out += '\r\n ';
      size = 1;
    }
    out += char;
    size += n;
  }
  return out;
}

const utc = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const date = (day: string) => day.replace(/-/g, '');

/**
 * DTSTART/DTEND of an event: UTC instants for timed events, VALUE=DATE (end exclusive) for all-day ones.
 * An all-day event on 9999-12-31 has no exclusive end with a four-digit year: it gets a DURATION in days.
 */
function times(event: Event): string[] {
  const span = eventSpan(event.start, event.end);
  if (span.allDay) {
    const start = `DTSTART;VALUE=DATE:${date(span.start)}`;
    if (span.end < '9999-12-31') return [start, `DTEND;VALUE=DATE:${date(addDays(span.end, 1))}`];
    return [start, `DURATION:P${Math.round((dayValue(span.end) - dayValue(span.start)) / DAY_MS) + 1}D`];
  }
  const lines = [`DTSTART:${utc(toInstant(event.start).getTime())}`];
  if (event.end) {
    // A date-only end of a timed event: until that day is over in Berlin.
    const end = isDateOnly(event.end) ? berlinMidnight(addDays(event.end, 1)) : toInstant(event.end).getTime();
    lines.push(`DTEND:${utc(end)}`);
  }
  return lines;
}

/** "Haus der Vereine, Hauptstr. 1, 39104 Magdeburg" (or "Online"). */
export function placeText(event: Event, lang: Lang = 'de'): string {
  const loc = event.location;
  if (!loc) return '';
  const address = loc.address;
  const parts = [
    loc.name,
    address?.street,
    address && [address.postalCode, address.locality].filter(Boolean).join(' '),
  ].filter(Boolean) as string[];
  if (loc.online && !parts.length) parts.push(WORDS[lang].online);
  return parts.join(', ');
}

/** The lines of one VEVENT (unfolded). */
export function eventLines(event: Event, options: IcsOptions = {}): string[] {
  const words = WORDS[options.lang ?? 'de'];
  const status = event.status;
  const prefix = status === 'cancelled' ? `${words.cancelled}: ` : status === 'postponed' ? `${words.postponed}: ` : '';
  const url = safeHref(event.url);
  const registration = safeHref(event.registrationUrl);
  const online = safeHref(event.location?.url);
  const description = [
    event.summary,
    event.organizer && `${words.organizer}: ${event.organizer}`,
    online && online !== url && `${words.online}: ${online}`,
    registration && `${words.registration}: ${registration}`,
    url && `${words.info}: ${url}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  const place = placeText(event, options.lang);
  const categories = [event.category, ...(event.tags ?? [])].filter((c): c is string => !!c).map(escapeText);
  const fields = FEED_PROPERTIES.flatMap(([name, path]) => {
    const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], event);
    return typeof value === 'string' && value ? [`${name}:${escapeText(value)}`] : [];
  });
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.id}@${options.uidDomain ?? 'kgc-widgets'}`)}`,
    `DTSTAMP:${utc((options.now ?? new Date()).getTime())}`,
    ...times(event),
    `SUMMARY:${escapeText(prefix + event.title)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(place ? [`LOCATION:${escapeText(place)}`] : []),
    ...(url ? [`URL:${url}`] : []),
    ...(categories.length ? [`CATEGORIES:${categories.join(',')}`] : []),
    ...fields,
    ...(status
      ? [`STATUS:${status === 'cancelled' ? 'CANCELLED' : status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED'}`]
      : []),
    'END:VEVENT',
  ];
}

/** A whole VCALENDAR with the given events, folded, CRLF line ends. */
export function toICalendar(events: readonly Event[], options: IcsOptions = {}): string {
  const now = options.now ?? new Date();
  const source = safeHref(options.source);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`NAME:${escapeText(options.name)}`, `X-WR-CALNAME:${escapeText(options.name)}`] : []),
    ...(options.refresh
      ? [`REFRESH-INTERVAL;VALUE=DURATION:${options.refresh}`, `X-PUBLISHED-TTL:${options.refresh}`]
      : []),
    ...(source ? [`SOURCE;VALUE=URI:${source}`] : []),
    ...events.flatMap((event) => eventLines(event, { ...options, now })),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A file name for a download: "fachtag-gesund-aufwachsen.ics" (ASCII, umlauts spelt out). */
export function icsFileName(title: string, fallback = 'termin'): string {
  const slug = title
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${slug || fallback}.ics`;
}
