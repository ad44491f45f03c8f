import { expect } from '@open-wc/testing';
import { compareText } from '../../src/shared/order.js';
import type { Feed } from '../../src/feed/schema.js';

/** Every text the widgets sort, from the demo feed: titles, names, categories, tags, kinds. */
async function sortedTexts(): Promise<Record<string, string[]>> {
  const feed = (await (await fetch('/__kgc/feed?fixture=demo')).json()) as Feed;
  return {
    titles: feed.projects.map((p) => p.title),
    partners: feed.partners.map((p) => p.name),
    offices: feed.offices.map((o) => o.name),
    events: feed.events.map((e) => e.title),
    categories: [...new Set(feed.events.flatMap((e) => [e.category ?? '', ...(e.tags ?? [])]))],
    news: feed.news.map((n) => n.title),
    kinds: [...new Set(feed.partners.map((p) => p.kind))],
    hard: [
      'Haus 10',
      'Haus 2',
      'haus 2',
      'Haus 02a',
      'Äpfel',
      'Apfel',
      'apfel',
      'Öl',
      'Ol',
      'Straße',
      'Strasse',
      'St. Georg',
      'Sankt',
      '„Fit“',
      '(Kita)',
      'Kita',
      '10 Jahre',
      '2 Jahre',
      'a-b',
      'a b',
      'ab',
      'Ümit',
      'Umwelt',
      'Île',
      'Ilse',
      'Çelik',
      'Celle',
      'Łódź',
      'Lodz',
      'Ørsted',
      'Osnabrück',
      '#hashtag',
      '_intern',
      'zebra',
      'Zebra',
    ],
  };
}

describe('compareText', () => {
  it('sorts as Intl.Collator("de", { numeric: true }) does: the demo feed and hard cases', async () => {
    const intl = new Intl.Collator('de', { numeric: true });
    for (const [name, texts] of Object.entries(await sortedTexts())) {
      expect([...texts].sort(compareText), name).to.deep.equal([...texts].sort(intl.compare));
    }
  });

  it('is a consistent order: equal only for the same text, antisymmetric', () => {
    const texts = ['a', 'A', 'ä', 'Ä', 'b', 'a1', 'a01', 'a 1', 'a-1', ''];
    for (const a of texts)
      for (const b of texts) {
        expect(Math.sign(compareText(a, b)), `${a} ${b}`).to.equal(-Math.sign(compareText(b, a)));
        expect(compareText(a, b) === 0, `${a} ${b}`).to.equal(a === b);
      }
  });
});
