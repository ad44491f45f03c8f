// The news converter runs in a page too (the Feed-Werkstatt will): no Node built-ins, the same results as in
// Node (test/node/convert-news.test.ts asserts them in full). The fixtures come over HTTP from the dev server.
import { expect } from '@open-wc/testing';
import { readNewsFeed } from '../../src/convert/news.js';

const text = async (path: string) => (await fetch(`/test/fixtures/${path}`)).text();

describe('news converter in the browser', () => {
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
