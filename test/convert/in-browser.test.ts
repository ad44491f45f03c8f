// The converter core runs in a page too (the Feed-Werkstatt will): no Node built-ins, the same results as in
// Node (test/node/convert-*.test.ts assert them in full). The fixtures come over HTTP from the dev server.
import { expect } from '@open-wc/testing';
import { readIcal } from '../../src/convert/ical.js';
import { readNewsFeed } from '../../src/convert/news.js';

const text = async (path: string) => (await fetch(`/test/fixtures/${path}`)).text();

describe('converters in the browser', () => {
  it('read Google’s iCalendar: a series across the end of summer time, moved and cancelled occurrences', async () => {
    const { items, problems } = readIcal(await text('convert/google.ics'), 'google.ics', {
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(problems).to.deep.equal([]);
    expect(items.map((e) => [e.start, e.status ?? ''])).to.deep.equal([
      ['2026-10-08T18:00:00+02:00', ''],
      ['2026-10-22T18:00:00+02:00', ''],
      ['2026-10-29T18:00:00+01:00', 'cancelled'],
      ['2026-11-03', ''],
      ['2026-11-06T17:00:00+01:00', ''],
      ['2026-11-12T18:00:00+01:00', ''],
    ]);
    expect(items[0].summary).to.equal('Offenes Treffen für alle Interessierten.\n\nMehr unter example.org');
  });

  it('read Outlook’s Windows zone names', async () => {
    const { items } = readIcal(await text('convert/outlook.ics'), 'outlook.ics', {
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(
      items.map((e) => new Date(e.start.length > 10 ? e.start : `${e.start}T00:00:00Z`).toISOString()),
    ).to.deep.equal([
      '2026-03-05T13:00:00.000Z',
      '2026-03-12T09:00:00.000Z',
      '2026-03-12T13:00:00.000Z',
      '2026-03-27T09:00:00.000Z',
      '2026-04-02T12:00:00.000Z',
      '2026-04-20T00:00:00.000Z',
    ]);
  });

  it('read RSS and Atom, with HTML as plain text', async () => {
    const rss = readNewsFeed(await text('convert/wordpress.rss'), 'wordpress.rss');
    expect(rss.problems).to.deep.equal([]);
    expect(rss.items.map((i) => [i.title, i.date, i.author])).to.deep.equal([
      ['Fachtag „Gesundes Quartier“ in Magdeburg', '2026-02-10T09:30:12+01:00', 'Anna Beispiel'],
      ['Neue Materialien: Gesund aufwachsen in der Kita', '2026-01-29T16:04:00+01:00', 'Redaktion'],
    ]);
    const atom = readNewsFeed(await text('convert/blog.atom'), 'atom.xml');
    expect(atom.items[0].summary).to.equal(
      'Die neue Auswertung zeigt, wie eng Armut und Gesundheit von Kindern zusammenhängen.\n\nMehr im Bericht (PDF).\nStand: März 2026',
    );
  });
});
