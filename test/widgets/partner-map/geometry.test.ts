import { expect } from '@open-wc/testing';
import { loadVerified } from '../../../src/feed/geometry.js';
import { FeedError } from '../../../src/feed/errors.js';
import { kreiseHashes } from '../../../src/widgets/partner-map/geo/kreise-hashes.js';
import { kreiseUrl } from '../../../src/widgets/partner-map/geo.js';
import { feedUrl, lastRequestHeaders, uniqueKey } from '../../helpers/server.js';

const sha256 = async (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))));
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as FeedError,
  );

describe('loadVerified (hash-checked geometry)', () => {
  it('loads a Land’s Kreise file next to the module, and its hash matches the bundle', async () => {
    const url = kreiseUrl('DE-HB');
    expect(new URL(url).pathname).to.equal('/src/widgets/partner-map/geo/kreise/DE-HB.json');
    const topology = (await loadVerified(url, kreiseHashes['DE-HB'])) as {
      objects: { kreise: { geometries: { id: string }[] } };
    };
    expect(topology.objects.kreise.geometries.map((g) => g.id).sort()).to.deep.equal(['04011', '04012']);
  });

  it('accepts exactly the bytes whose SHA-256 it was given, without credentials', async () => {
    const key = uniqueKey('geo');
    const url = feedUrl('map-empty', { key });
    const hash = await sha256(await (await fetch(feedUrl('map-empty'))).arrayBuffer());
    document.cookie = 'kgc-test=1; path=/';
    try {
      expect(await loadVerified(url, hash)).to.deep.equal({ version: 1, partners: [], offices: [] });
      expect((await lastRequestHeaders(key)).cookie).to.equal(undefined);
    } finally {
      document.cookie = 'kgc-test=; path=/; max-age=0';
    }
  });

  it('refuses a file whose hash does not match, and reports HTTP errors', async () => {
    const wrong = await rejection(loadVerified(feedUrl('map-valid'), 'bm90IHRoZSBoYXNoIG9mIHRoaXMgZmlsZQ=='));
    expect(wrong).to.be.instanceOf(FeedError);
    expect(wrong!.kind).to.equal('invalid');
    expect(wrong!.message).to.contain('SHA-256');
    const missing = await rejection(loadVerified(feedUrl('map-valid', { status: 404 }), 'x'));
    expect([missing!.kind, missing!.status]).to.deep.equal(['http', 404]);
    const controller = new AbortController();
    const pending = rejection(loadVerified(feedUrl('map-valid', { delay: 2000 }), 'x', { signal: controller.signal }));
    controller.abort();
    expect((await pending)!.kind).to.equal('abort');
    const slow = await rejection(loadVerified(feedUrl('map-valid', { delay: 2000 }), 'x', { timeout: 0.1 }));
    expect(slow!.kind).to.equal('timeout');
  });
});
