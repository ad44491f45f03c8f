import { expect, waitUntil } from '@open-wc/testing';
import { loadFeed } from '../../src/feed/loader.js';
import { captureWarnings, failure, feedUrl, hits, lastRequestHeaders, uniqueKey } from '../helpers/server.js';

describe('loadFeed', () => {
  it('loads and types a valid feed over HTTP', async () => {
    const { feed, issues } = await loadFeed(feedUrl('valid'));
    expect(issues).to.deep.equal([]);
    expect(feed.title).to.equal('Testfeed');
    expect(feed.projects.map((p) => p.id)).to.deep.equal(['p-leipzig']);
    expect(feed.events[0].start).to.equal('2016-04-26T10:00:00+02:00');
    expect(feed.partners[0].location).to.deep.equal({ lat: 52.1205, lon: 11.6276 });
  });

  it('gives every collection, also the missing ones, as an array', async () => {
    const { feed } = await loadFeed(feedUrl('empty'));
    expect(feed.version).to.equal(1);
    for (const name of ['projects', 'partners', 'offices', 'events', 'news'] as const)
      expect(feed[name]).to.deep.equal([]);
  });

  it('sends a plain GET without credentials or custom headers', async () => {
    const key = uniqueKey();
    await loadFeed(feedUrl('valid', { key }));
    const headers = await lastRequestHeaders(key);
    expect(headers.method).to.equal('GET');
    expect(headers).not.to.have.property('cookie');
    expect(Object.keys(headers).filter((h) => h.startsWith('x-'))).to.deep.equal([]);
  });

  it('makes one request for several users of the same URL, also for later users', async () => {
    const key = uniqueKey();
    const url = feedUrl('valid', { key, delay: 100 });
    const [a, b, c] = await Promise.all([loadFeed(url), loadFeed(url), loadFeed(new URL(url, location.href).href)]);
    expect(a.feed).to.equal(b.feed);
    expect(b.feed).to.equal(c.feed);
    const later = await loadFeed(url);
    expect(later.feed).to.equal(a.feed);
    expect(await hits(key)).to.equal(1);
  });

  it('reports an HTTP error with its status, and asks again after a failure', async () => {
    const key = uniqueKey();
    const url = feedUrl('valid', { key, status: 404 });
    const error = await failure(loadFeed(url));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    const again = await failure(loadFeed(url));
    expect(again.status).to.equal(404);
    expect(await hits(key)).to.equal(2);
  });

  it('reports a server error (500)', async () => {
    const error = await failure(loadFeed(feedUrl('valid', { status: 500 })));
    expect([error.kind, error.status]).to.deep.equal(['http', 500]);
  });

  it('reports a body that is not JSON', async () => {
    expect((await failure(loadFeed(feedUrl('valid', { body: 'notjson', type: 'text/html' })))).kind).to.equal('json');
    expect((await failure(loadFeed(feedUrl('valid', { body: 'empty' })))).kind).to.equal('json');
  });

  it('refuses JSON that is not a feed object', async () => {
    expect((await failure(loadFeed(feedUrl('array')))).kind).to.equal('invalid');
  });

  it('refuses a feed of another version with a clear message', async () => {
    const error = await failure(loadFeed(feedUrl('version2')));
    expect(error.kind).to.equal('version');
    expect(error.detail).to.contain('unsupported version 2');
  });

  it('reports a network failure', async () => {
    const error = await failure(loadFeed('http://127.0.0.1:9/feed.json'));
    expect(error.kind).to.equal('network');
  });

  it('keeps valid items, skips invalid ones, drops invalid optional fields and names each by its JSON path once', async () => {
    const { result, warnings } = await captureWarnings(() => loadFeed(feedUrl('partial')));
    expect(result.feed.events.map((e) => e.id)).to.deep.equal(['ok-1', 'ok-2']);
    // The AGS belongs to Bayern, not to the given Land: the optional key is dropped, the partner kept.
    expect(result.feed.partners.map((p) => [p.id, p.region])).to.deep.equal([['wrong-land', { land: 'DE-BW' }]]);
    expect(result.feed.news).to.deep.equal([]);
    expect(result.feed.title).to.equal(undefined);
    const paths = result.issues.map((i) => i.path);
    expect(paths).to.include.members([
      'title',
      'events[1].start',
      'events[3].id',
      'events[4].id',
      'partners[0].region.ags',
      'news',
    ]);
    expect(result.issues.find((i) => i.path === 'partners[0].region.ags')!.code).to.equal('land-mismatch');
    expect(warnings.filter((w) => w.includes('skipped events[1]'))).to.have.length(1);
    expect(warnings.some((w) => w.includes('skipped events[4]') && w.includes('duplicate id'))).to.equal(true);
    expect(
      warnings.some((w) => w.includes('dropped partners[0].region.ags (item kept)') && w.includes('DE-BY')),
    ).to.equal(true);
    expect(warnings.some((w) => w.includes('skipped partners[0]'))).to.equal(false);
  });

  it('times out after the given seconds', async () => {
    const error = await failure(loadFeed(feedUrl('valid', { delay: 5000 }), { timeout: 0.2 }));
    expect(error.kind).to.equal('timeout');
  });

  it('aborts the request when its only user is gone', async () => {
    const key = uniqueKey();
    const url = feedUrl('valid', { key, delay: 300 });
    const controller = new AbortController();
    const pending = loadFeed(url, { signal: controller.signal });
    await waitUntil(async () => (await hits(key)) === 1, 'the request reaches the server');
    controller.abort();
    expect((await failure(pending)).kind).to.equal('abort');
    // The aborted request is forgotten: the next user starts a fresh one and gets the feed.
    const { feed } = await loadFeed(url);
    expect(feed.title).to.equal('Testfeed');
    expect(await hits(key)).to.equal(2);
  });

  it('keeps the request going while another user still needs it', async () => {
    const key = uniqueKey();
    const url = feedUrl('valid', { key, delay: 200 });
    const leaving = new AbortController();
    const first = loadFeed(url, { signal: leaving.signal });
    const second = loadFeed(url);
    leaving.abort();
    expect((await failure(first)).kind).to.equal('abort');
    expect((await second).feed.title).to.equal('Testfeed');
    expect(await hits(key)).to.equal(1);
  });
});
