// iCalendar → feed events (src/convert/ical.ts) with files as Outlook, Thunderbird and Google write them.
// The whole file runs a second time with TZ=America/New_York (last test): nothing may depend on the
// machine's time zone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readIcal } from '../../src/convert/ical.js';
import { berlinDateTime } from '../../src/convert/time.js';
import type { Event } from '../../src/feed/schema.js';
import { toICalendar } from '../../src/widgets/event-calendar/ics.js';

const ics = (name: string) => readFileSync(new URL(`../fixtures/convert/${name}.ics`, import.meta.url), 'utf8');
const YEAR_2026 = { from: '2026-01-01', to: '2026-12-31' };
/** Start (and end) as UTC instants, or as dates for all-day events: what a calendar shows, independent of notation. */
const utc = (value: string | undefined) => (value && value.length > 10 ? new Date(value).toISOString() : value);
const times = (events: Event[]) => events.map((e) => [e.title, utc(e.start), utc(e.end), e.status ?? '']);

if (process.env.KGC_SECOND_TZ) {
  test('this run uses the time zone America/New_York', () => {
    assert.equal(Intl.DateTimeFormat().resolvedOptions().timeZone, 'America/New_York');
    assert.equal(new Date(2026, 0, 1).getTimezoneOffset(), 300);
  });
}

test('Outlook: Windows zone names, a weekly series across the DST change with EXDATE and a moved occurrence, an all-day event', () => {
  const { items, problems } = readIcal(ics('outlook'), 'kalender.ics', YEAR_2026);
  assert.deepEqual(problems, []);
  const series =
    '040000008200E00074C5B7101A82E00800000000C0D4B3E8B07EDC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90';
  const online = { online: true, url: 'https://teams.example.org/l/meetup-join/19%3ameeting' };
  const consultation = (id: string, start: string, end: string, title = 'Online-Sprechstunde Partnerprozess') => ({
    id: `${series}/${id}`,
    title,
    start,
    end,
    location: online,
    summary: 'Offene Sprechstunde für Kommunen im Partnerprozess.',
    tags: ['Sprechstunde', 'Partnerprozess'],
  });
  assert.deepEqual(items, [
    consultation('20260305T130000Z', '2026-03-05T14:00:00+01:00', '2026-03-05T15:00:00+01:00'),
    {
      id: '040000008200E00074C5B7101A82E0080000000010B1E6C7A47EDC01000000000000000010000000F4C3C0E1A7E1E94BB7A1C0A5E2D0C001',
      title: 'Fachforum „Gesundheit im Quartier“',
      start: '2026-03-12T10:00:00+01:00',
      end: '2026-03-12T16:00:00+01:00',
      location: { name: 'Haus der Vereine, Magdeburg' },
      organizer: 'Koordinierungsstelle Sachsen-Anhalt',
      summary: 'Fachaustausch der Koordinierungsstellen zur kommunalen Gesundheitsförderung.\n\nAnmeldung bis 1. März.',
    },
    consultation('20260312T130000Z', '2026-03-12T14:00:00+01:00', '2026-03-12T15:00:00+01:00'),
    // 19 March: EXDATE. 26 March: moved to Friday 27 March, 10:00, with its own title and text.
    {
      ...consultation(
        '20260326T130000Z',
        '2026-03-27T10:00:00+01:00',
        '2026-03-27T11:00:00+01:00',
        'Online-Sprechstunde Partnerprozess (verschoben)',
      ),
      summary: 'Offene Sprechstunde für Kommunen im Partnerprozess (diesmal am Freitag).',
    },
    // After the change to summer time (29 March) 14:00 in Berlin is 12:00 UTC.
    consultation('20260402T120000Z', '2026-04-02T14:00:00+02:00', '2026-04-02T15:00:00+02:00'),
    {
      id: '040000008200E00074C5B7101A82E00800000000D1E2F3A4B57EDC01000000000000000010000000112233445566778899AABBCCDDEEFF00',
      title: 'Landesgesundheitskonferenz',
      start: '2026-04-20',
      end: '2026-04-21',
      location: { name: 'Stadthalle Halle (Saale)' },
    },
  ]);
  assert.deepEqual(times(items).slice(0, 5), [
    ['Online-Sprechstunde Partnerprozess', '2026-03-05T13:00:00.000Z', '2026-03-05T14:00:00.000Z', ''],
    ['Fachforum „Gesundheit im Quartier“', '2026-03-12T09:00:00.000Z', '2026-03-12T15:00:00.000Z', ''],
    ['Online-Sprechstunde Partnerprozess', '2026-03-12T13:00:00.000Z', '2026-03-12T14:00:00.000Z', ''],
    ['Online-Sprechstunde Partnerprozess (verschoben)', '2026-03-27T09:00:00.000Z', '2026-03-27T10:00:00.000Z', ''],
    ['Online-Sprechstunde Partnerprozess', '2026-04-02T12:00:00.000Z', '2026-04-02T13:00:00.000Z', ''],
  ]);
});

test('Thunderbird: VTIMEZONE Europe/Berlin, a monthly series (2nd Wednesday) with EXDATE, all-day and cancelled events', () => {
  const { items, problems } = readIcal(ics('thunderbird'), 'thunderbird.ics', { from: '2026-02-01', to: '2026-06-30' });
  assert.deepEqual(problems, []);
  const circle = {
    title: 'Arbeitskreis Gesundheitsförderung im Quartier',
    location: { name: 'Landesvereinigung für Gesundheit, Badestraße 2, 39114 Magdeburg' },
    summary: 'Monatlicher Arbeitskreis der Quartiersakteure.\nBitte Protokoll der letzten Sitzung mitbringen.',
    url: 'https://www.lvg-lsa.example/arbeitskreis-quartier',
    tags: ['Arbeitskreis', 'Quartier'],
  };
  const uid = '5f1c2b9e-7a43-4c1e-9d2f-3b8a6e0c4d21';
  assert.deepEqual(items, [
    { id: `${uid}/20260211T090000Z`, ...circle, start: '2026-02-11T10:00:00+01:00', end: '2026-02-11T12:00:00+01:00' },
    { id: `${uid}/20260311T090000Z`, ...circle, start: '2026-03-11T10:00:00+01:00', end: '2026-03-11T12:00:00+01:00' },
    { id: `${uid}/20260408T080000Z`, ...circle, start: '2026-04-08T10:00:00+02:00', end: '2026-04-08T12:00:00+02:00' },
    {
      id: 'a8d7c6b5-4e3f-4a2b-9c1d-0e9f8a7b6c5d',
      title: 'Aktionstag Gesundheit',
      start: '2026-05-01',
      tags: ['Aktionstag'],
    },
    // 13 May: EXDATE.
    { id: `${uid}/20260610T080000Z`, ...circle, start: '2026-06-10T10:00:00+02:00', end: '2026-06-10T12:00:00+02:00' },
    {
      id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
      title: 'Netzwerktreffen Frühe Hilfen',
      start: '2026-06-18T09:30:00+02:00',
      end: '2026-06-18T13:00:00+02:00',
      location: { name: 'Rathaus Dessau-Roßlau' },
      status: 'cancelled',
    },
  ]);
  assert.deepEqual(
    times(items).map((t) => t[1]),
    [
      '2026-02-11T09:00:00.000Z',
      '2026-03-11T09:00:00.000Z',
      '2026-04-08T08:00:00.000Z',
      '2026-05-01',
      '2026-06-10T08:00:00.000Z',
      '2026-06-18T07:30:00.000Z',
    ],
  );
});

test('Thunderbird: the window bounds the series only; UNTIL ends it', () => {
  const { items } = readIcal(ics('thunderbird'), 'thunderbird.ics', { from: '2026-11-11', to: '2027-12-31' });
  assert.deepEqual(
    items.map((e) => [e.id, e.start]),
    [
      ['a8d7c6b5-4e3f-4a2b-9c1d-0e9f8a7b6c5d', '2026-05-01'],
      ['c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', '2026-06-18T09:30:00+02:00'],
      ['5f1c2b9e-7a43-4c1e-9d2f-3b8a6e0c4d21/20261111T090000Z', '2026-11-11T10:00:00+01:00'],
      ['5f1c2b9e-7a43-4c1e-9d2f-3b8a6e0c4d21/20261209T090000Z', '2026-12-09T10:00:00+01:00'],
    ],
  );
});

test('Google: HTML descriptions, a series across the end of summer time with EXDATE, a moved and a cancelled occurrence', () => {
  const { items, problems } = readIcal(ics('google'), 'google.ics', YEAR_2026);
  assert.deepEqual(problems, []);
  const uid = '3k9v2m1q8r7s6t5u4w3x2y1z0a@google.com';
  const meeting = {
    location: { name: 'Nachbarschaftshaus Ackerstraße, Ackerstraße 12, 13355 Berlin, Deutschland' },
    summary: 'Offenes Treffen für alle Interessierten.\n\nMehr unter example.org',
  };
  assert.deepEqual(items, [
    {
      id: `${uid}/20261008T160000Z`,
      title: 'Gesundheitsstammtisch Wedding',
      start: '2026-10-08T18:00:00+02:00',
      end: '2026-10-08T19:30:00+02:00',
      ...meeting,
    },
    // 15 October: EXDATE.
    {
      id: `${uid}/20261022T160000Z`,
      title: 'Gesundheitsstammtisch Wedding',
      start: '2026-10-22T18:00:00+02:00',
      end: '2026-10-22T19:30:00+02:00',
      ...meeting,
    },
    // Summer time ended on 25 October: 18:00 in Berlin is now 17:00 UTC. This one is cancelled.
    {
      id: `${uid}/20261029T170000Z`,
      title: 'Gesundheitsstammtisch Wedding',
      start: '2026-10-29T18:00:00+01:00',
      end: '2026-10-29T19:30:00+01:00',
      status: 'cancelled',
    },
    {
      id: '7h6g5f4e3d2c1b0a9z8y7x6w5v@google.com',
      title: 'Kongress Armut und Gesundheit',
      start: '2026-11-03',
      end: '2026-11-04',
    },
    // 5 November moved to Friday 6 November, 17:00; its id stays that of 5 November.
    {
      id: `${uid}/20261105T170000Z`,
      title: 'Gesundheitsstammtisch Wedding (Freitag)',
      start: '2026-11-06T17:00:00+01:00',
      end: '2026-11-06T18:30:00+01:00',
      ...meeting,
    },
    {
      id: `${uid}/20261112T170000Z`,
      title: 'Gesundheitsstammtisch Wedding',
      start: '2026-11-12T18:00:00+01:00',
      end: '2026-11-12T19:30:00+01:00',
      ...meeting,
    },
  ]);
  assert.deepEqual(
    times(items).map((t) => t[1]),
    [
      '2026-10-08T16:00:00.000Z',
      '2026-10-22T16:00:00.000Z',
      '2026-10-29T17:00:00.000Z',
      '2026-11-03',
      '2026-11-06T16:00:00.000Z',
      '2026-11-12T17:00:00.000Z',
    ],
  );
});

test('an occurrence moved into the window from beyond its end is kept; one moved out is dropped', () => {
  const moved = ics('google')
    .replace('RECURRENCE-ID;TZID=Europe/Berlin:20261105T180000', 'RECURRENCE-ID;TZID=Europe/Berlin:20261112T180000')
    .replace('DTSTART;TZID=Europe/Berlin:20261106T170000', 'DTSTART;TZID=Europe/Berlin:20261030T170000')
    .replace('DTEND;TZID=Europe/Berlin:20261106T183000', 'DTEND;TZID=Europe/Berlin:20261030T183000');
  const { items } = readIcal(moved, 'google.ics', { from: '2026-10-01', to: '2026-11-05' });
  assert.deepEqual(
    items.filter((e) => e.id.startsWith('3k9v')).map((e) => [e.id.split('/')[1], e.start]),
    [
      ['20261008T160000Z', '2026-10-08T18:00:00+02:00'],
      ['20261022T160000Z', '2026-10-22T18:00:00+02:00'],
      ['20261029T170000Z', '2026-10-29T18:00:00+01:00'],
      ['20261112T170000Z', '2026-10-30T17:00:00+01:00'],
      ['20261105T170000Z', '2026-11-05T18:00:00+01:00'],
    ],
  );
});

/** A calendar around one VEVENT, with CRLF line ends as RFC 5545 wants. */
const calendar = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Hand//DE', ...lines, 'END:VCALENDAR', ''].join('\r\n');

test('a TZID without VTIMEZONE: Windows and IANA names through the built-in tables; floating times are Berlin’s', () => {
  const { items, problems } = readIcal(
    calendar(
      'BEGIN:VEVENT',
      'UID:w1',
      'DTSTART;TZID="Romance Standard Time":20260710T090000',
      'DTEND;TZID="Romance Standard Time":20260710T100000',
      'SUMMARY:Windows-Name',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:w2',
      'DTSTART;TZID=America/New_York:20260710T090000',
      'SUMMARY:IANA-Name',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:w3',
      'DTSTART;TZID=/mozilla.org/20070129_1/Europe/Berlin:20260110T090000',
      'SUMMARY:Alter Lightning-Name',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:w4',
      'DTSTART:20260110T090000',
      'SUMMARY:Ohne Zone',
      'END:VEVENT',
    ),
    'hand.ics',
    YEAR_2026,
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(times(items), [
    ['Alter Lightning-Name', '2026-01-10T08:00:00.000Z', undefined, ''],
    ['Ohne Zone', '2026-01-10T08:00:00.000Z', undefined, ''],
    ['Windows-Name', '2026-07-10T07:00:00.000Z', '2026-07-10T08:00:00.000Z', ''],
    ['IANA-Name', '2026-07-10T13:00:00.000Z', undefined, ''],
  ]);
  assert.equal(items[3].start, '2026-07-10T15:00:00+02:00');
});

test('the iCalendar this project writes reads back to the same events', () => {
  const feed = JSON.parse(readFileSync(new URL('../fixtures/event-calendar.json', import.meta.url), 'utf8'));
  const events: Event[] = feed.events;
  const written = toICalendar(events, { name: feed.title, now: new Date('2026-05-01T00:00:00Z') });
  const { items, problems } = readIcal(written, 'kgc.ics', { from: '2026-01-01', to: '2026-12-31' });
  assert.deepEqual(problems, []);
  /** The written iCalendar carries every field (category, region and address in X-KGC-… properties); times come back as Berlin's. */
  const carried = (e: Event): Event => {
    const at = (v: string) => (v.length > 10 ? berlinDateTime(Date.parse(v)) : v);
    return { ...e, start: at(e.start), ...(e.end ? { end: at(e.end) } : {}) };
  };
  const byId = (list: Event[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  assert.deepEqual(byId(items), byId(events.map(carried)));
  const fachforum = items.find((e) => e.id === 'fachforum')!;
  assert.equal(
    fachforum.summary,
    'Quartiersmanagerinnen und Quartiersmanager tauschen sich aus.\nZweite Zeile; mit Semikolon, Komma und \\ Backslash.',
  );
  assert.equal(fachforum.registrationUrl, 'https://example.org/anmeldung/fachforum');
  assert.equal(items.find((e) => e.id === 'abgesagt')!.title, 'Werkstattgespräch Kommunen');
});

test('X-KGC-… properties in any calendar fill category, region and place (LOCATION, their one-line form, is then not read)', () => {
  const { items, problems } = readIcal(
    calendar(
      'BEGIN:VEVENT',
      'UID:fachtag',
      'DTSTART:20260301T090000Z',
      'SUMMARY:Fachtag',
      'LOCATION:Rathaus\\, Markt 1\\, 39104 Magdeburg',
      'CATEGORIES:Fachtag,Kinder',
      'X-KGC-CATEGORY:Fachtag',
      'X-KGC-LAND:DE-ST',
      'X-KGC-AGS:15003000',
      'X-KGC-PLACE:Rathaus\\, Festsaal',
      'X-KGC-STREET:Markt 1',
      'X-KGC-POSTAL-CODE:39104',
      'X-KGC-LOCALITY:Magdeburg',
      'END:VEVENT',
    ),
    'fachtag.ics',
    YEAR_2026,
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(items, [
    {
      id: 'fachtag',
      title: 'Fachtag',
      start: '2026-03-01T10:00:00+01:00',
      category: 'Fachtag',
      region: { land: 'DE-ST', ags: '15003000' },
      location: {
        name: 'Rathaus, Festsaal',
        address: { street: 'Markt 1', postalCode: '39104', locality: 'Magdeburg' },
      },
      tags: ['Kinder'],
    },
  ]);
});

test('bad input: not a calendar, a broken line, a broken date, no title, an unknown zone — German problems with file and line', () => {
  const notCalendar = readIcal('<!DOCTYPE html><html><body>Anmeldung</body></html>', 'termine.ics', YEAR_2026);
  assert.deepEqual(notCalendar, {
    items: [],
    problems: [
      {
        file: 'termine.ics',
        row: 1,
        message: {
          de: 'die Datei ist kein Kalender im iCalendar-Format (sie beginnt nicht mit BEGIN:VCALENDAR)',
          en: 'the file is not an iCalendar calendar (it does not begin with BEGIN:VCALENDAR)',
        },
      },
    ],
  });

  const broken = readIcal(calendar('BEGIN:VEVENT', 'UID:x', 'DTSTART 20260101', 'END:VEVENT'), 'kaputt.ics', YEAR_2026);
  assert.equal(broken.items.length, 0);
  assert.equal(broken.problems.length, 1);
  assert.equal(broken.problems[0].file, 'kaputt.ics');
  assert.equal(broken.problems[0].row, 6);
  assert.match(broken.problems[0].message.de, /^die iCalendar-Datei ist nicht lesbar: .*DTSTART 20260101/);

  const unclosed = readIcal('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n', 'halb.ics', YEAR_2026);
  assert.equal(unclosed.problems.length, 1);
  assert.match(unclosed.problems[0].message.de, /^die iCalendar-Datei ist nicht lesbar/);

  const { items, problems } = readIcal(
    calendar(
      'BEGIN:VEVENT',
      'UID:bad-date',
      'DTSTART;VALUE=DATE:20260230',
      'SUMMARY:Am 30. Februar',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:no-title',
      'DTSTART:20260301T100000Z',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:no-start',
      'SUMMARY:Ohne Beginn',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:bad-zone',
      'DTSTART;TZID=Mars/Olympus:20260301T100000',
      'SUMMARY:Unbekannte Zone',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:ok',
      'DTSTART:20260301T100000Z',
      'SUMMARY:Gültig',
      'END:VEVENT',
    ),
    'termine.ics',
    YEAR_2026,
  );
  assert.deepEqual(
    items.map((e) => [e.id, e.start]),
    [
      ['bad-zone', '2026-03-01T10:00:00+01:00'],
      ['ok', '2026-03-01T11:00:00+01:00'],
    ],
  );
  assert.deepEqual(
    problems.map((p) => [p.file, p.row, p.column, p.message.de]),
    [
      ['termine.ics', 4, 'DTSTART', 'der Beginn (DTSTART) „2026-02-30“ ist kein gültiges Datum'],
      ['termine.ics', 9, 'SUMMARY', 'der Termin hat keinen Titel (SUMMARY)'],
      ['termine.ics', 13, 'DTSTART', 'der Termin hat keinen Beginn (DTSTART)'],
      [
        'termine.ics',
        17,
        'DTSTART',
        'die Zeitzone „Mars/Olympus“ ist unbekannt und nicht in der Datei beschrieben (VTIMEZONE); gelesen als Europe/Berlin',
      ],
    ],
  );
  for (const p of problems) assert.ok(p.message.en.length > 10);
});

test('bad series: an unreadable rule part, an unreadable UNTIL, and a rule with too many occurrences', () => {
  const series = (rule: string, start = 'DTSTART:20260301T100000Z') =>
    readIcal(calendar('BEGIN:VEVENT', 'UID:r', start, rule, 'SUMMARY:Serie', 'END:VEVENT'), 'serie.ics', {
      from: '2026-03-01',
      to: '2026-03-02',
    });
  assert.deepEqual(series('RRULE:FREQ=WEEKLY;BYDAY=XX').problems, [
    {
      file: 'serie.ics',
      row: 7,
      message: {
        de: 'die iCalendar-Datei ist nicht lesbar: invalid BYDAY value "XX"',
        en: 'the iCalendar file cannot be read: invalid BYDAY value "XX"',
      },
    },
  ]);
  const until = series('RRULE:FREQ=DAILY;UNTIL=gestern');
  assert.deepEqual(until.items, []);
  assert.deepEqual(
    until.problems.map((p) => [p.row, p.column, p.message.de]),
    [[4, 'RRULE', 'die Wiederholungsregel ist nicht lesbar: Could not extract integer from "gest"']],
  );
  const minutely = series('RRULE:FREQ=MINUTELY', 'DTSTART:20260101T000000Z');
  assert.deepEqual(minutely.items, [], 'the 20,000 occurrences read all lie before the window');
  assert.deepEqual(
    minutely.problems.map((p) => [p.row, p.column, p.message.de]),
    [[4, 'RRULE', 'die Terminserie hat mehr als 20000 Termine vor dem Ende des Zeitraums; nur diese wurden gelesen']],
  );
});

test('a single changed occurrence whose series is not in the file is read as an event of its own', () => {
  const { items, problems } = readIcal(
    calendar(
      'BEGIN:VEVENT',
      'UID:einzeln',
      'RECURRENCE-ID:20260301T100000Z',
      'DTSTART:20260301T120000Z',
      'SUMMARY:Einzeln verschoben',
      'END:VEVENT',
    ),
    'einladung.ics',
    YEAR_2026,
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(items, [
    { id: 'einzeln/20260301T100000Z', title: 'Einzeln verschoben', start: '2026-03-01T13:00:00+01:00' },
  ]);
});

test('an endless series stops at the end of the window', () => {
  const { items, problems } = readIcal(
    calendar(
      'BEGIN:VEVENT',
      'UID:daily',
      'DTSTART;VALUE=DATE:20250101',
      'RRULE:FREQ=DAILY',
      'SUMMARY:Täglich',
      'END:VEVENT',
    ),
    'endlos.ics',
    { from: '2026-03-01', to: '2026-03-03' },
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(
    items.map((e) => [e.id, e.start]),
    [
      ['daily/20260301', '2026-03-01'],
      ['daily/20260302', '2026-03-02'],
      ['daily/20260303', '2026-03-03'],
    ],
  );
});

if (!process.env.KGC_SECOND_TZ) {
  test('the same tests pass with the machine in America/New_York', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'America/New_York', KGC_SECOND_TZ: '1' };
    delete env.NODE_TEST_CONTEXT; // a test run of its own, reporting to this process's pipe
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-reporter=tap', fileURLToPath(import.meta.url)],
      { encoding: 'utf8', env },
    );
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /# fail 0/);
    assert.match(result.stdout, /# pass 1[0-9]/);
  });
}
