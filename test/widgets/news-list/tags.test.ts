import { expect } from '@open-wc/testing';
import { hasTag, newestFirst, parseTagList, tagKey, tagOptions } from '../../../src/widgets/news-list/tags.js';
import type { NewsItem } from '../../../src/feed/schema.js';

const item = (id: string, date: string, tags?: string[]): NewsItem => ({ id, title: id, date, tags });

describe('news-list helpers', () => {
  it('reads tag lists separated by commas or semicolons, keeping spaces inside tags', () => {
    expect(parseTagList(' Kommunen, Kongress Armut und Gesundheit ;kommunen,, ')).to.deep.equal([
      'Kommunen',
      'Kongress Armut und Gesundheit',
    ]);
    expect(parseTagList(undefined)).to.deep.equal([]);
    expect(parseTagList('')).to.deep.equal([]);
  });

  it('orders newest first by instant, ties in feed order', () => {
    const items = [
      item('a', '2023-12-21'),
      item('b', '2024-01-18T09:00:00+01:00'),
      item('c', '2023-12-21'),
      item('d', '2023-12-21T23:30:00-05:00'), // 22 Dec in UTC
    ];
    expect(newestFirst(items).map((i) => i.id)).to.deep.equal(['b', 'd', 'a', 'c']);
  });

  it('matches tags without case; everything matches no selection', () => {
    const news = item('a', '2024-01-01', ['Präventionsketten', ' Kommunen']);
    expect(hasTag(news, [tagKey('KOMMUNEN')])).to.equal(true);
    expect(hasTag(news, [tagKey('Quartier')])).to.equal(false);
    expect(hasTag(news, [])).to.equal(true);
    expect(hasTag(item('b', '2024-01-01'), [tagKey('Quartier')])).to.equal(false);
  });

  it('offers every tag most frequent first, or the wanted ones in order, plus the selected', () => {
    const items = [
      item('a', '2024-01-01', ['Quartier', 'Kommunen']),
      item('b', '2024-01-02', ['kommunen', 'Kommunen']),
      item('c', '2024-01-03', ['Berlin']),
    ];
    expect(tagOptions(items, [], []).map((o) => `${o.label} ${o.count}`)).to.deep.equal([
      'Kommunen 2',
      'Berlin 1',
      'Quartier 1',
    ]);
    expect(
      tagOptions(items, ['Quartier', 'Hitzeschutz'], ['Berlin']).map((o) => `${o.label} ${o.count}`),
    ).to.deep.equal(['Quartier 1', 'Hitzeschutz 0', 'Berlin 1']);
  });
});
