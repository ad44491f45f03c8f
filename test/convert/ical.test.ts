// The iCalendar converter runs in a page too (the Feed-Werkstatt will): no Node built-ins, the same results as
// in Node (test/node/convert-ical.test.ts asserts them in full). The fixtures come over HTTP from the dev server.
import { expect } from '@open-wc/testing';
import { readIcal } from '../../src/convert/ical.js';

const text = async (path: string) => (await fetch(`/test/fixtures/${path}`)).text();

describe('iCalendar converter in the browser', () => {
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
});
