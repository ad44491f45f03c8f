// The iCalendar writer, checked by reading its output back with a real parser (ical.js), never by comparing strings.
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { Event } from '../../../src/feed/schema.js';
import { escapeText, foldLine, icsFileName, toICalendar } from '../../../src/widgets/event-calendar/ics.js';

const NOW = new Date('2026-06-01T08:00:00Z');
// ical.js reads unknown X- properties raw; X-WR-CALNAME and RFC 7986's NAME are TEXT.
for (const name of ['x-wr-calname', 'name']) ICAL.design.icalendar.property[name] ??= { defaultType: 'text' };

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((c) => ({ component: c, event: new ICAL.Event(c) }));
  return { calendar, events };
}

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('event calendar: iCalendar writer', () => {
  it('writes a calendar that ical.js reads: VERSION, PRODID, name, UID, DTSTAMP, UTC times', () => {
    const events: Event[] = [
      { id: 'a', title: 'Fachforum', start: '2026-06-10T10:00:00+02:00', end: '2026-06-10T12:30:00+02:00' },
      { id: 'b', title: 'Winter', start: '2026-01-15T09:00:00+01:00' },
    ];
    const ics = toICalendar(events, { name: 'Termine', now: NOW, uidDomain: 'example.org' });
    const { calendar, events: parsed } = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).to.contain('kgc-widgets');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal('Termine');
    expect(parsed).to.have.length(2);
    const [forum, winter] = parsed;
    expect(forum.event.uid).to.equal('a@example.org');
    expect(forum.event.summary).to.equal('Fachforum');
    expect((forum.component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).to.equal(
      NOW.toISOString(),
    );
    // 10:00 Berlin summer time is 08:00 UTC; 09:00 Berlin winter time is 08:00 UTC
    expect(forum.event.startDate.toJSDate().toISOString()).to.equal('2026-06-10T08:00:00.000Z');
    expect(forum.event.endDate.toJSDate().toISOString()).to.equal('2026-06-10T10:30:00.000Z');
    expect(forum.event.startDate.zone).to.equal(ICAL.Timezone.utcTimezone);
    expect(winter.event.startDate.toJSDate().toISOString()).to.equal('2026-01-15T08:00:00.000Z');
  });

  it('keeps the instant across the DST changes', () => {
    const events: Event[] = [
      { id: 'spring', title: 'S', start: '2026-03-29T01:30:00+01:00', end: '2026-03-29T03:30:00+02:00' },
      { id: 'autumn', title: 'A', start: '2026-10-24T22:00:00+02:00', end: '2026-10-25T10:00:00+01:00' },
    ];
    const [spring, autumn] = parse(toICalendar(events, { now: NOW })).events;
    // one real hour in March (02:00–03:00 does not exist), thirteen in October (02:00–03:00 happens twice)
    expect(spring.event.duration.toSeconds()).to.equal(3600);
    expect(autumn.event.duration.toSeconds()).to.equal(13 * 3600);
    expect(autumn.event.endDate.toJSDate().toISOString()).to.equal('2026-10-25T09:00:00.000Z');
  });

  it('writes all-day events as VALUE=DATE with an exclusive end', () => {
    const events: Event[] = [
      { id: 'one', title: 'Ein Tag', start: '2026-06-15' },
      { id: 'three', title: 'Drei Tage', start: '2026-06-29', end: '2026-07-01' },
      { id: 'leap', title: 'Schalttag', start: '2028-02-29' },
    ];
    const [one, three, leap] = parse(toICalendar(events, { now: NOW })).events;
    expect(one.event.startDate.isDate).to.equal(true);
    expect(one.event.startDate.toString()).to.equal('2026-06-15');
    expect(one.event.endDate.toString()).to.equal('2026-06-16');
    expect(three.event.startDate.toString()).to.equal('2026-06-29');
    expect(three.event.endDate.toString()).to.equal('2026-07-02');
    expect(leap.event.endDate.toString()).to.equal('2028-03-01');
  });

  it('gives an all-day event on the last day of year 9999 a duration (its exclusive end has no four-digit year)', () => {
    const events: Event[] = [
      { id: 'last', title: 'Letzter Tag', start: '9999-12-31' },
      { id: 'two', title: 'Zwei Tage', start: '9999-12-30', end: '9999-12-31' },
    ];
    const text = toICalendar(events, { now: NOW });
    expect(text).not.to.contain('10000');
    expect(text.match(/^DURATION:P\d+D\r?$/gm)).to.deep.equal(['DURATION:P1D\r', 'DURATION:P2D\r']);
    const [last, two] = parse(text).events;
    expect(last.event.startDate.toString()).to.equal('9999-12-31');
    expect(last.event.duration.toString()).to.equal('P1D');
    expect(two.event.duration.toString()).to.equal('P2D');
  });

  it('ends a timed event with a date-only end when that day is over in Berlin', () => {
    const [e] = parse(
      toICalendar([{ id: 'x', title: 'X', start: '2026-06-29T10:00:00+02:00', end: '2026-07-01' }], { now: NOW }),
    ).events;
    expect(e.event.endDate.toJSDate().toISOString()).to.equal('2026-07-01T22:00:00.000Z');
  });

  it('escapes commas, semicolons, backslashes and line breaks, and reads them back unchanged', () => {
    const title = 'Eins, zwei; drei \\ vier';
    const summary = 'Zeile 1\nZeile 2\r\nZeile 3; a,b \\n (kein Umbruch)';
    const ics = toICalendar(
      [
        {
          id: 'e;1,2',
          title,
          start: '2026-06-10',
          summary,
          category: 'A,B',
          tags: ['x;y', 'z'],
          location: { name: 'Saal 1, EG' },
        },
      ],
      { now: NOW, name: 'Name; mit, Zeichen' },
    );
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal('Name; mit, Zeichen');
    expect(calendar.getFirstPropertyValue('name')).to.equal('Name; mit, Zeichen');
    const [{ event, component }] = events;
    expect(event.summary).to.equal(title);
    expect(event.description.startsWith('Zeile 1\nZeile 2\nZeile 3; a,b \\n (kein Umbruch)')).to.equal(true);
    expect(event.location).to.equal('Saal 1, EG');
    expect(event.uid).to.equal('e;1,2@kgc-widgets');
    expect(component.getFirstProperty('categories')!.getValues()).to.deep.equal(['A,B', 'x;y', 'z']);
    expect(escapeText('a\u0000b\u0007c\td')).to.equal('abc\td');
  });

  it('ends every line with CRLF and folds at 75 octets without splitting a UTF-8 character', () => {
    const title = `Ünïcödé 🎉👩‍👩‍👧 ${'ä'.repeat(80)} ${'€'.repeat(40)} Ende`;
    const ics = toICalendar([{ id: 'u', title, start: '2026-06-10', summary: 'x'.repeat(300) }], { now: NOW });
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(octets(line), line).to.be.at.most(75);
    expect(lines.filter((l) => l.startsWith(' ')).length).to.be.greaterThan(5);
    // no line starts or ends inside a character: each line is valid UTF-8 by itself
    for (const line of lines)
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).to.equal(line);
    expect(parse(ics).events[0].event.summary).to.equal(title);
    // the folding itself: exactly 75 octets where possible
    const folded = foldLine(`SUMMARY:${'ä'.repeat(100)}`).split('\r\n');
    expect(octets(folded[0])).to.equal(75 - 1); // 8 ASCII + 33 × 2 octets = 74: the next ä would make 76
    expect(folded.slice(1, -1).every((l) => octets(l) === 75)).to.equal(true);
  });

  it('marks cancelled events STATUS:CANCELLED and says so in the title; postponed ones are TENTATIVE', () => {
    const events: Event[] = [
      { id: 'c', title: 'Abgesagtes', start: '2026-06-10', status: 'cancelled' },
      { id: 'p', title: 'Verschobenes', start: '2026-06-11', status: 'postponed' },
      { id: 's', title: 'Planmäßig', start: '2026-06-12', status: 'scheduled' },
    ];
    const [c, p, s] = parse(toICalendar(events, { now: NOW })).events;
    expect(c.component.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(c.event.summary).to.equal('Abgesagt: Abgesagtes');
    expect(p.component.getFirstPropertyValue('status')).to.equal('TENTATIVE');
    expect(p.event.summary).to.equal('Verschoben: Verschobenes');
    expect(s.component.getFirstPropertyValue('status')).to.equal('CONFIRMED');
    const [en] = parse(toICalendar([events[0]], { now: NOW, lang: 'en' })).events;
    expect(en.event.summary).to.equal('Cancelled: Abgesagtes');
  });

  it('links only http(s) URLs and carries place, organizer and links in the description', () => {
    const ics = toICalendar(
      [
        {
          id: 'l',
          title: 'Mit Links',
          start: '2026-06-10T10:00:00+02:00',
          url: 'https://example.org/termin',
          registrationUrl: 'https://example.org/anmeldung',
          organizer: 'Träger e. V.',
          location: { name: 'Rathaus', address: { street: 'Markt 1', postalCode: '39104', locality: 'Magdeburg' } },
        },
        {
          id: 'j',
          title: 'Böse',
          start: '2026-06-10',
          url: 'javascript:alert(1)',
          registrationUrl: 'data:text/html,x',
        },
        { id: 'o', title: 'Online', start: '2026-06-10', location: { online: true, url: 'https://example.org/live' } },
      ],
      { now: NOW, refresh: 'PT1H', source: 'https://example.org/kalender.ics' },
    );
    const { calendar, events } = parse(ics);
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).to.equal('PT1H');
    expect(calendar.getFirstPropertyValue('x-published-ttl')).to.equal('PT1H');
    expect(calendar.getFirstPropertyValue('source')).to.equal('https://example.org/kalender.ics');
    const [linked, evil, online] = events;
    expect(linked.component.getFirstPropertyValue('url')).to.equal('https://example.org/termin');
    expect(linked.event.location).to.equal('Rathaus, Markt 1, 39104 Magdeburg');
    expect(linked.event.description).to.contain('Veranstalter: Träger e. V.');
    expect(linked.event.description).to.contain('Anmeldung: https://example.org/anmeldung');
    expect(evil.component.getFirstPropertyValue('url')).to.equal(null);
    expect(evil.event.description ?? '').not.to.contain('javascript:');
    expect(online.event.location).to.equal('Online');
    expect(online.event.description).to.contain('https://example.org/live');
  });

  it('makes ASCII file names', () => {
    expect(icsFileName('Fachtag „Gesund aufwachsen“ in Größenordnung')).to.equal(
      'fachtag-gesund-aufwachsen-in-groessenordnung.ics',
    );
    expect(icsFileName('🎉')).to.equal('termin.ics');
  });
});
