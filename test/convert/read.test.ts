// readSource runs in a page too (the Feed-Werkstatt will): it picks the reader by extension or, for an address
// that names no format, by content; the page passes its own Windows-1252 decoder and .xlsx reader.
import { expect } from '@open-wc/testing';
import { readSource, type ReadOptions } from '../../src/convert/read.js';

const bytes = async (path: string) => new Uint8Array(await (await fetch(`/test/fixtures/${path}`)).arrayBuffer());
const options = (collection: ReadOptions['collection'], file: string): ReadOptions => ({
  collection,
  file,
  window: { from: '2026-01-01', to: '2026-03-31' },
  legacy: (b) => new TextDecoder('windows-1252').decode(b),
  readXlsx: () => Promise.reject(new Error('no .xlsx here')),
});

describe('readSource in the browser', () => {
  it('reads a calendar and a news feed at addresses that name no format, and a CSV by its extension', async () => {
    const calendar = await readSource(
      await bytes('convert/thunderbird.ics'),
      options('events', 'https://example.org/kalender?type=ics'),
    );
    expect(calendar.result.problems).to.deep.equal([]);
    expect(calendar.result.items.map((e) => e.start)).to.deep.equal([
      '2026-02-11T10:00:00+01:00',
      '2026-03-11T10:00:00+01:00',
      '2026-05-01',
      '2026-06-18T09:30:00+02:00',
    ]);
    const news = await readSource(await bytes('convert/blog.atom'), options('news', 'https://example.org/feed'));
    expect(news.result.problems).to.deep.equal([]);
    expect(news.result.items.map((n) => n.title)).to.include('Regionalkonferenz in Leipzig');
    const table = await readSource(await bytes('build/partners-libreoffice.csv'), options('partners', 'partner.csv'));
    expect(table.result.problems).to.deep.equal([]);
    expect(table.origins?.[0].row).to.equal(2);
  });

  it('names a calendar given as projects', async () => {
    const wrong = await readSource(await bytes('convert/google.ics'), options('projects', 'google.ics'));
    expect(wrong.result.problems).to.deep.equal([
      {
        file: 'google.ics',
        message: {
          de: 'die Datei ist ein Kalender (iCalendar) und liefert keine Projekte: bitte als Termine angeben (--events)',
          en: 'the file is a calendar (iCalendar) and gives no projects: please give it as events (--events)',
        },
      },
    ]);
  });
});
