import { expect } from '@open-wc/testing';
import { isJsonFeed, readJsonFeed } from '../../src/feed/jsonfeed.js';
import { readDocument } from '../../src/feed/document.js';
import { describeSkipped } from '../../src/feed/parse.js';
import { FeedError } from '../../src/feed/errors.js';
import { loadFeed } from '../../src/feed/loader.js';
import { captureWarnings, feedUrl } from '../helpers/server.js';

const V11 = 'https://jsonfeed.org/version/1.1';
const item = (extra: Record<string, unknown> = {}) => ({
  id: 'a',
  title: 'Titel',
  date_published: '2024-01-02T10:00:00+01:00',
  ...extra,
});

describe('JSON Feed', () => {
  it('is recognised by its version (1 and 1.1), our feed is not', () => {
    expect(isJsonFeed({ version: V11, items: [] })).to.equal(true);
    expect(isJsonFeed({ version: 'https://jsonfeed.org/version/1', items: [] })).to.equal(true);
    expect(isJsonFeed({ version: 1 })).to.equal(false);
    expect(isJsonFeed(null)).to.equal(false);
    expect(isJsonFeed([])).to.equal(false);
  });

  it('reads a JSON Feed 1.1 document written from the spec: extensions ignored, content_html only as plain text', async () => {
    const { feed, issues } = await loadFeed(feedUrl('news-jsonfeed'));
    expect(issues).to.deep.equal([]);
    expect(feed.version).to.equal(1);
    expect(feed.title).to.equal('Aktuelles der Landesvereinigung für Gesundheit');
    expect(feed.homePageUrl).to.equal('https://www.example.org/aktuelles/');
    expect(feed.language).to.equal('de-DE');
    expect(feed.projects).to.deep.equal([]);
    expect(feed.news).to.deep.equal([
      {
        id: 'https://www.example.org/aktuelles/2024/fachtag-quartier',
        title: 'Fachtag „Gesundes Quartier“ in Magdeburg',
        date: '2024-02-10T09:30:00+01:00',
        author: 'Anna Beispiel, Landesvereinigung für Gesundheit Sachsen-Anhalt',
        summary:
          'Rund 120 Fachkräfte aus Kommunen, Krankenkassen und Wohlfahrtsverbänden tauschten sich über Gesundheitsförderung im Quartier aus.',
        url: 'https://www.example.org/aktuelles/2024/fachtag-quartier',
        tags: ['Quartier', 'Sachsen-Anhalt'],
      },
      {
        id: '4711',
        title: 'Kinderarmut und Gesundheit: neue Auswertung',
        date: '2023-11-05T08:00:00Z',
        author: 'Redaktion Aktuelles',
        summary: 'Die Auswertung zeigt, wie eng Armut und Gesundheit von Kindern zusammenhängen.',
        url: 'https://www.example.org/aktuelles/2023/kinderarmut',
        tags: ['Kinderarmut', 'Gesund aufwachsen'],
      },
      {
        id: 'linkblog-1',
        title: 'Lesetipp: Bericht zur Gesundheit im ländlichen Raum',
        date: '2024-01-15T12:00:00+01:00',
        author: 'Redaktion (JSON Feed 1.0)',
        summary: 'Nur HTML.',
        url: 'https://www.example.net/bericht',
      },
    ]);
    expect(JSON.stringify(feed)).not.to.contain('_kgc').and.not.to.contain('script').and.not.to.contain('Erweiterung');
  });

  it('maps next_url to nextUrl', () => {
    const { feed } = readDocument({ version: V11, next_url: 'https://example.org/feed-2.json', items: [item()] });
    expect(feed.nextUrl).to.equal('https://example.org/feed-2.json');
    expect(feed.news).to.have.length(1);
  });

  it('skips invalid items, drops invalid optional fields, and names each by its JSON path', async () => {
    const { result, warnings } = await captureWarnings(() =>
      readJsonFeed({
        version: V11,
        items: [
          item({ id: 'ok-1' }),
          item({ id: 'no-title', title: undefined }),
          item({ id: 'bad-date', date_published: '2024-02-30' }),
          item({ id: 'no-date', date_published: undefined }),
          item({ id: 'bad-tags', tags: ['ok', 7] }),
          item({ id: 'ok-1', title: 'Doppelt' }),
          'not an object',
          item({ id: 'ok-2', url: 'not a url' }),
          item({ id: 'ok-3' }),
        ],
      }),
    );
    expect(warnings).to.deep.equal([]); // reading never logs; the loader does (see below)
    expect(result.feed.news.map((n) => n.id)).to.deep.equal(['ok-1', 'bad-tags', 'ok-2', 'ok-3']);
    expect(result.feed.news[1].tags).to.deep.equal(['ok']);
    expect(result.feed.news[2].url).to.equal(undefined);
    expect(result.issues.map((i) => [i.path, i.item])).to.deep.equal([
      ['items[1]', 'items[1]'],
      ['items[2].date_published', 'items[2]'],
      ['items[2]', 'items[2]'],
      ['items[3]', 'items[3]'],
      ['items[4].tags[1]', undefined],
      ['items[5].id', 'items[5]'],
      ['items[6]', 'items[6]'],
      ['items[7].url', undefined],
    ]);
    const lines = describeSkipped(result.issues);
    expect(lines).to.have.length(7);
    expect(lines[1]).to.match(
      /^kgc-widgets: skipped items\[2\]: items\[2\]\.date_published: „2024-02-30“ ist kein Datum/,
    );
    expect(lines[4]).to.contain('die id „ok-1“ kommt mehrfach vor');
  });

  it('warns once per skipped item when loaded over HTTP, and keeps the valid ones', async () => {
    const { result, warnings } = await captureWarnings(() => loadFeed(feedUrl('news-jsonfeed-partial')));
    expect(result.feed.news.map((n) => n.title)).to.deep.equal([
      'Gültige Meldung',
      'Noch eine gültige Meldung',
      'Ohne Titel: die Notiz erscheint unter dem Anfang ihres Textes.',
    ]);
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('skipped items[2]: items[2]: der Eintrag hat kein gültiges Datum');
    expect(warnings[1])
      .to.contain('skipped items[3]: items[3].date_published: „gestern“ ist kein Datum')
      .and.contain('items[3]: der Eintrag hat kein gültiges Datum');
  });

  it('drops a bad head field but keeps the items', () => {
    const { feed, issues } = readDocument({ version: V11, title: 5, next_url: 'kaputt', items: [item()] });
    expect(feed.title).to.equal(undefined);
    expect(feed.nextUrl).to.equal(undefined);
    expect(issues.map((i) => i.path)).to.have.members(['title', 'next_url']);
    expect(feed.news).to.have.length(1);
  });

  it('refuses a document without items, and other versions', () => {
    expect(() => readDocument({ version: V11 }))
      .to.throw(FeedError)
      .with.property('kind', 'invalid');
    expect(() => readDocument({ version: 'https://jsonfeed.org/version/2', items: [] }))
      .to.throw(FeedError)
      .with.property('kind', 'version');
  });
});
