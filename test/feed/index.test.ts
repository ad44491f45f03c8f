import { expect } from '@open-wc/testing';
import { collectionTotal, queryFeed, type FeedQuery } from '../../src/feed/query.js';
import { loadFeed, allowOrigins } from '../../src/feed/loader.js';
import { captureWarnings, failure, fault, hits, secondOrigin, splitUrl } from '../helpers/server.js';

/** How often each file of `basic/` was requested under the namespace `ns`. */
async function requests(ns: string, files: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const file of files) counts[file] = await hits(`${ns}/basic/${file}`);
  return counts;
}

const EVENT_PARTS = [
  'events/DE-ST-2026.json',
  'events/DE-ST-2027.json',
  'events/DE-SN-2026.json',
  'events/national-2026.json',
];

describe('feed index', () => {
  afterEach(() => allowOrigins([]));

  it('fetches only the parts of the collection, Land and months asked for', async () => {
    const { url, ns } = splitUrl('basic/index.json');
    const query: FeedQuery = { collections: ['events'], lands: ['DE-ST'], from: '2026-03-01', to: '2026-03-31' };
    const feed = await queryFeed({ src: url }, query);
    expect(feed.events.map((e) => e.id)).to.deep.equal(['st-2026-03', 'st-2026-12', 'de-2026-03']);
    expect(feed.title).to.equal('Testdaten (aufgeteilt)');
    expect(feed.projects).to.deep.equal([]);
    expect(await requests(ns, ['index.json', ...EVENT_PARTS, 'projects/DE-ST.json', 'news/all.json'])).to.deep.equal({
      'index.json': 1,
      'events/DE-ST-2026.json': 1,
      'events/DE-ST-2027.json': 0,
      'events/DE-SN-2026.json': 0,
      'events/national-2026.json': 1,
      'projects/DE-ST.json': 0,
      'news/all.json': 0,
    });
  });

  it('names the Land’s subscription address, resolved against the index', async () => {
    const { url } = splitUrl('basic/index.json');
    const st = await queryFeed({ src: url }, { collections: ['events'], lands: ['DE-ST'] });
    expect(st.calendarUrl).to.equal(new URL('ics/DE-ST.ics', new URL(url, location.href)).href);
    const all = await queryFeed({ src: url }, { collections: ['events'] });
    expect(all.calendarUrl).to.equal(new URL('ics/all.ics', new URL(url, location.href)).href);
  });

  it('leaves out the parts without a Land with landOnly, and takes every part without a Land filter', async () => {
    const { url } = splitUrl('basic/index.json');
    const only = await queryFeed({ src: url }, { collections: ['events'], lands: ['DE-ST'], landOnly: true });
    expect(only.events.map((e) => e.id)).to.deep.equal(['st-2026-03', 'st-2026-12', 'st-2027-01']);
    const all = await queryFeed({ src: url }, { collections: ['events'] });
    expect(all.events.map((e) => e.id)).to.have.members([
      'st-2026-03',
      'st-2026-12',
      'st-2027-01',
      'sn-2026-03',
      'de-2026-03',
    ]);
    const twoLands = await queryFeed({ src: url }, { collections: ['projects'], lands: ['DE-ST', 'DE-SN'] });
    expect(twoLands.projects.map((p) => p.id)).to.deep.equal(['p-st-1', 'p-st-2', 'p-sn-1']);
  });

  it('takes a part across a year boundary when its dates reach into the months asked for', async () => {
    const { url, ns } = splitUrl('basic/index.json');
    const january = await queryFeed(
      { src: url },
      { collections: ['events'], lands: ['DE-ST'], landOnly: true, from: '2027-01-01', to: '2027-01-31' },
    );
    // The Netzwerktreffen runs from 30 December to 2 January: its 2026 part covers January too.
    expect(january.events.map((e) => e.id)).to.include.members(['st-2026-12', 'st-2027-01']);
    expect(await requests(ns, EVENT_PARTS)).to.deep.equal({
      'events/DE-ST-2026.json': 1,
      'events/DE-ST-2027.json': 1,
      'events/DE-SN-2026.json': 0,
      'events/national-2026.json': 0,
    });
  });

  it('makes one request per part for many queries at once, and answers a repeated query with the same feed', async () => {
    const { url, ns } = splitUrl('basic/index.json');
    const query: FeedQuery = { collections: ['partners', 'offices'], lands: ['DE-ST'] };
    const feeds = await Promise.all(Array.from({ length: 20 }, () => queryFeed({ src: url }, query)));
    expect(new Set(feeds).size).to.equal(1);
    expect(feeds[0].partners.map((p) => p.id)).to.deep.equal(['pa-md']);
    expect(feeds[0].offices.map((o) => o.id)).to.deep.equal(['o-st']);
    expect(await queryFeed({ src: url }, query)).to.equal(feeds[0]);
    expect(
      await requests(ns, ['index.json', 'partners/DE-ST.json', 'offices/DE-ST.json', 'partners/DE-SN.json']),
    ).to.deep.equal({ 'index.json': 1, 'partners/DE-ST.json': 1, 'offices/DE-ST.json': 1, 'partners/DE-SN.json': 0 });
  });

  it('finds one item in the parts, a Land’s part alone when the Land is given', async () => {
    const { url, ns } = splitUrl('basic/index.json');
    const withLand = await queryFeed({ src: url }, { collections: ['projects'], id: 'p-sn-1', lands: ['DE-SN'] });
    expect(withLand.projects.map((p) => p.id)).to.deep.equal(['p-sn-1']);
    expect(await requests(ns, ['projects/DE-ST.json', 'projects/DE-SN.json'])).to.deep.equal({
      'projects/DE-ST.json': 0,
      'projects/DE-SN.json': 1,
    });
    const missing = await queryFeed({ src: url }, { collections: ['projects'], id: 'p-none' });
    expect(missing.projects).to.deep.equal([]);
    expect(await hits(`${ns}/basic/projects/DE-ST.json`)).to.equal(1);
  });

  it('checks of a part only the items that could be a card’s, keeping the one a check of all would keep', async () => {
    const { url, ns } = splitUrl('cards/index.json');
    const card = await captureWarnings(() => queryFeed({ src: url }, { collections: ['projects'], id: 'p-card' }));
    // The first valid item of that id: the padded " p-card " before it lacks its title, the one after is a duplicate.
    expect(card.result.projects).to.deep.equal([
      {
        id: 'p-card',
        title: 'Gesunde Kita in Halle',
        targetAreas: ['Bewegung'],
        settings: ['Kita'],
        targetGroups: ['Kinder'],
        contact: { name: 'Frau Bräunling' },
        region: { land: 'DE-ST' },
      },
    ]);
    // Warned: what was checked (the skipped item of that id, the dropped e-mail), not the item of another id.
    expect(card.warnings.join('\n')).to.contain('projects[1]').and.contain('projects[2].contact.email');
    expect(card.warnings.join('\n')).not.to.contain('projects[0]');
    // A widget that shows the whole part checks it all, and keeps the same item; the part was fetched once.
    const all = await captureWarnings(() => queryFeed({ src: url }, { collections: ['projects'] }));
    expect(all.result.projects.map((p) => p.id)).to.deep.equal(['p-card', 'p-ok']);
    expect(all.result.projects[0]).to.deep.equal(card.result.projects[0]);
    expect(all.warnings.join('\n')).to.contain('projects[0]').and.contain('projects[3].id');
    const other = await queryFeed({ src: url }, { collections: ['projects'], id: 'p-ok' });
    expect(other.projects).to.deep.equal(all.result.projects.slice(1));
    expect(await hits(`${ns}/cards/projects/DE-ST.json`)).to.equal(1);
  });

  it('resolves relative part URLs against the index, and absolute ones of an allowed origin', async () => {
    const second = await secondOrigin();
    const { url } = splitUrl('basic/news/all.json', { origin: second });
    const index = { version: 1, kind: 'index', parts: [{ collection: 'news', url, count: 1 }] };
    const refused = await failure(queryFeed({ data: index }, { collections: ['news'] }));
    expect(refused.kind).to.equal('origin');
    expect(refused.detail).to.contain(second);
    allowOrigins([location.origin, second]);
    const { url: again } = splitUrl('basic/news/all.json', { origin: second });
    const feed = await queryFeed(
      { data: { ...index, parts: [{ ...index.parts[0], url: again }] } },
      { collections: ['news'] },
    );
    expect(feed.news.map((n) => n.title)).to.deep.equal(['Neue Partnerkommune']);
  });

  it('loadFeed reads every part of an index', async () => {
    const { url } = splitUrl('basic/index.json');
    const { feed } = await loadFeed(url);
    expect(feed.projects).to.have.length(3);
    expect(feed.events).to.have.length(5);
    expect(feed.partners).to.have.length(2);
    expect(feed.offices).to.have.length(2);
    expect(feed.news).to.have.length(1);
  });
});

describe('feed index: errors', () => {
  afterEach(() => allowOrigins([]));

  it('reports a part that is missing (404) also in a fresh index, and asks again only for that part', async () => {
    const { url, ns } = splitUrl('basic/index.json');
    // Missing twice: in the index as it came, and in the index fetched once more past the caches.
    await fault(`${ns}/basic/events/national-2026.json`, { status: 404 }, 2);
    const query: FeedQuery = { collections: ['events'], lands: ['DE-ST'], from: '2026-03-01', to: '2026-03-31' };
    const error = await failure(queryFeed({ src: url }, query));
    expect([error.kind, error.status]).to.deep.equal(['http', 404]);
    const feed = await queryFeed({ src: url }, query);
    expect(feed.events.map((e) => e.id)).to.include('de-2026-03');
    expect(await requests(ns, ['index.json', 'events/DE-ST-2026.json', 'events/national-2026.json'])).to.deep.equal({
      'index.json': 2,
      'events/DE-ST-2026.json': 1,
      'events/national-2026.json': 3,
    });
  });

  it('reports a part that does not exist on the server', async () => {
    const error = await failure(queryFeed({ src: splitUrl('faulty/missing.json').url }, { collections: ['news'] }));
    expect([error.kind, error.status]).to.deep.equal(['http', 404]);
  });

  it('reports a part that is not a valid feed, and one that holds another collection', async () => {
    const version = await failure(
      queryFeed({ src: splitUrl('faulty/invalid-part.json').url }, { collections: ['news'] }),
    );
    expect(version.kind).to.equal('version');
    const other = await failure(
      queryFeed({ src: splitUrl('faulty/wrong-collection.json').url }, { collections: ['news'] }),
    );
    expect(other.kind).to.equal('invalid');
    expect(other.detail).to.contain('holds no news');
  });

  it('refuses part URLs that are not http(s), that leave the index’s folder, or of another origin', async () => {
    const scheme = await failure(queryFeed({ src: splitUrl('faulty/hostile.json').url }, { collections: ['news'] }));
    expect(scheme.kind).to.equal('invalid');
    expect(scheme.detail).to.contain('not an http(s) address');
    const climbing = await failure(queryFeed({ src: splitUrl('faulty/climbing.json').url }, { collections: ['news'] }));
    expect(climbing.detail).to.contain('leaves the index');
    const foreign = await failure(queryFeed({ src: splitUrl('faulty/foreign.json').url }, { collections: ['news'] }));
    expect(foreign.kind).to.equal('origin');
    expect(foreign.detail).to.contain('https://daten.example');
  });

  it('skips invalid entries of the parts list with a warning, and refuses an index without parts', async () => {
    const { result, warnings } = await captureWarnings(() =>
      queryFeed({ src: splitUrl('faulty/broken-parts.json').url }, { collections: ['news'] }),
    );
    expect(result.news.map((n) => n.id)).to.deep.equal(['n1']);
    expect(warnings.some((w) => w.includes('skipped parts[0]') && w.includes('parts[0].count'))).to.equal(true);
    expect(warnings.some((w) => w.includes('skipped parts[1]') && w.includes('parts[1].collection'))).to.equal(true);
    const none = await failure(queryFeed({ src: splitUrl('faulty/no-parts.json').url }, { collections: ['news'] }));
    expect(none.kind).to.equal('invalid');
    expect(none.detail).to.contain('"parts"');
  });

  it('checks only the entries a query may need; the others count by their counts alone', async () => {
    const { url, ns } = splitUrl('faulty/other-lands.json');
    const { result, warnings } = await captureWarnings(() =>
      queryFeed({ src: url }, { collections: ['news'], lands: ['DE-ST'] }),
    );
    expect(result.news.map((n) => n.id)).to.deep.equal(['n1']);
    // Sachsen-Anhalt's entry may be needed: checked, and skipped for its count. Sachsen's is not read at all.
    expect(warnings.some((w) => w.includes('skipped parts[1]') && w.includes('parts[1].count'))).to.equal(true);
    expect(warnings.join('\n')).not.to.contain('parts[0]');
    // The whole index holds 1 + 4 news by its valid counts (Bavaria's part, not fetched, too).
    expect(collectionTotal(result, 'news')).to.equal(5);
    expect(await hits(`${ns}/faulty/news/bavaria.json`)).to.equal(0);
  });

  it('fetches the index once more, past the browser’s cache, when a part it names is gone (a stale copy)', async () => {
    // The browser keeps the old index (max-age) that names a part the publisher has since deleted.
    const { url, ns } = splitUrl('basic/index.json');
    await fault(`${ns}/basic/index.json`, { split: 'faulty/stale-index.json', maxAge: 600 }, 1);
    const feed = await queryFeed({ src: url }, { collections: ['news'] });
    expect(feed.news.map((n) => n.id)).to.deep.equal(['n1']);
    expect(await hits(`${ns}/basic/news/gone.json`)).to.equal(1);
    expect(await hits(`${ns}/basic/index.json`), 'the second request reached the server').to.equal(2);
    // Widgets asking later get the new index's answer without another request.
    await queryFeed({ src: url }, { collections: ['news'] });
    expect(await hits(`${ns}/basic/index.json`)).to.equal(2);
  });

  it('shows a part that is still gone in the fresh index as the error, asking for the index twice at most', async () => {
    const { url, ns } = splitUrl('basic/index.json');
    await fault(`${ns}/basic/index.json`, { split: 'faulty/stale-index.json' });
    const error = await failure(queryFeed({ src: url }, { collections: ['news'] }));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    await failure(queryFeed({ src: url }, { collections: ['news'] }));
    expect(await hits(`${ns}/basic/index.json`)).to.equal(2);
  });

  it('refuses an index of another version', async () => {
    const error = await failure(
      queryFeed({ data: { version: 2, kind: 'index', parts: [] } }, { collections: ['news'] }),
    );
    expect(error.kind).to.equal('version');
  });
});
