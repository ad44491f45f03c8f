import { expect } from '@open-wc/testing';
import { loadVerified } from '../../../src/feed/geometry.js';
import { FeedError } from '../../../src/feed/errors.js';
import { kreiseHashes } from '../../../src/widgets/partner-map/geo/kreise-hashes.js';
import { aspectOf, fitted, kreiseUrl, landFeatures, target } from '../../../src/widgets/partner-map/geo.js';
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

describe('projection and paths (geo.ts)', () => {
  const close = (actual: number[], expected: number[]) =>
    actual.forEach((v, i) => expect(v).to.be.closeTo(expected[i], 1e-6, `${actual} ≈ ${expected}`));
  /** The bounds of the coordinates of SVG paths made of M, L and Z. */
  const bounds = (ds: string[]) => {
    const xy = ds.flatMap((d) => d.match(/-?\d+(\.\d+)?/g)!.map(Number));
    const xs = xy.filter((_, i) => i % 2 === 0);
    const ys = xy.filter((_, i) => i % 2 === 1);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  };

  it('projects like d3-geo’s geoConicConformal (parallels 48.67°, 53.67°, rotate −10.5°) fitted to the box', () => {
    // Reference values from d3-geo 3.1 (fitExtent [[10, 10], [590, 770]] and [[10, 56], [490, 590]]).
    const germany = fitted(target(), 600, 780, 10);
    close(germany.point([13.405, 52.52]), [475.730270682269, 254.06095834348343]);
    close(germany.point([11.576, 48.137]), [373.40484380847465, 684.8037025592112]);
    close(germany.point([6.96, 50.94]), [85.65036671207275, 406.41953999458474]);
    close(germany.point([9.99, 53.55]), [273.64723337115095, 156.8038030276066]);
    close(fitted(target('DE-ST'), 500, 600, 10, 56).point([11.63, 52.13]), [210.3384399491664, 287.9270969237805]);
    expect(aspectOf(target())).to.be.closeTo(1.356014192648312, 1e-9);
  });

  it('draws rings as M…L…Z to 0.1 px, fitted inside the padding and centred', () => {
    const { path } = fitted(target(), 600, 780, 10);
    const bremen = path(landFeatures().find((f) => f.id === 'DE-HB')!);
    // as d3-geo’s geoPath(…).digits(1) draws it
    expect(bremen.startsWith('M198.3,205L198.2,201.9L196.1,200.8L195.1,198.6L192.9,192.6L190.8,192.1')).to.equal(true);
    expect(bremen).to.match(/^(M-?\d+(\.\d)?,-?\d+(\.\d)?(L-?\d+(\.\d)?,-?\d+(\.\d)?)+Z)+$/);
    expect(bremen.match(/M/g)!.length).to.be.greaterThan(1); // Bremen and Bremerhaven
    // Germany fills the height (the limiting side) and is centred across
    close(bounds(landFeatures().map(path)), [19.8, 10, 580.2, 770]);
    // a focused Land leaves room at the top
    const st = fitted(target('DE-ST'), 500, 600, 10, 56);
    close(bounds([st.path(landFeatures().find((f) => f.id === 'DE-ST')!)]), [42.4, 56, 457.6, 590]);
  });
});
