import { expect } from '@open-wc/testing';
import {
  groupMarkers,
  shadeClasses,
  shadeOf,
  toPlaces,
  applyFilters,
  type Place,
} from '../../../src/widgets/partner-map/places.js';
import type { Partner } from '../../../src/feed/schema.js';
import { captureWarnings } from '../../helpers/server.js';

const place = (id: string): Place => ({
  key: `partner:${id}`,
  type: 'partner',
  item: { id } as Partner,
  land: 'DE-ST',
});

describe('partner map: places', () => {
  it('groups points closer than the distance, then merges groups whose circles touch', () => {
    const pts = [
      { place: place('a'), x: 0, y: 0 },
      { place: place('b'), x: 5, y: 0 },
      { place: place('c'), x: 100, y: 100 },
      { place: place('d'), x: 25, y: 0 },
    ];
    const single = groupMarkers(pts, 10, () => 4);
    expect(single.map((g) => g.members.map((p) => p.item.id))).to.deep.equal([['a', 'b'], ['c'], ['d']]);
    expect(single[0].x).to.equal(2.5);
    // with big group circles, the group at 2.5 and d at 30 touch and merge
    const merged = groupMarkers(pts, 10, (n) => (n > 1 ? 20 : 6));
    expect(merged.map((g) => g.members.map((p) => p.item.id))).to.deep.equal([['a', 'b', 'd'], ['c']]);
  });

  // Its time is the bench's to measure (bench/partner-map.bench.ts), not a unit test's.
  it('groups 2,000 points, each in exactly one group', () => {
    const pts = Array.from({ length: 2000 }, (_, i) => ({
      place: place(String(i)),
      x: (i * 37) % 600,
      y: (i * 91) % 800,
    }));
    const groups = groupMarkers(pts, 15, (n) => (n === 1 ? 7 : 12));
    const ids = groups.flatMap((g) => g.members.map((p) => p.item.id)).sort((a, b) => +a - +b);
    expect(ids).to.deep.equal(pts.map((p) => p.place.item.id));
    expect(groups.length).to.be.greaterThan(1).and.lessThan(2000);
  });

  it('groups exactly as comparing every marker and group with every other would (the grids only skip far ones)', () => {
    /** Both passes by their definition, without grids. */
    const byDefinition = (
      pts: { place: Place; x: number; y: number }[],
      distance: number,
      radius: (n: number) => number,
    ) => {
      const work: { key: string; ax: number; ay: number; sx: number; sy: number; members: Place[] }[] = [];
      for (const { place: p, x, y } of pts) {
        const g = work.find((w) => (w.ax - x) ** 2 + (w.ay - y) ** 2 < distance ** 2);
        if (g) {
          g.members.push(p);
          g.sx += x;
          g.sy += y;
        } else work.push({ key: p.key, ax: x, ay: y, sx: x, sy: y, members: [p] });
      }
      for (let merged = true; merged;) {
        merged = false;
        for (let i = 0; i < work.length; i++) {
          const a = work[i];
          for (let j = i + 1; j < work.length; j++) {
            const b = work[j];
            const dx = a.sx / a.members.length - b.sx / b.members.length;
            const dy = a.sy / a.members.length - b.sy / b.members.length;
            const reach = radius(a.members.length) + radius(b.members.length);
            if (dx * dx + dy * dy < reach * reach) {
              a.members.push(...b.members);
              a.sx += b.sx;
              a.sy += b.sy;
              work.splice(j, 1);
              j = i;
              merged = true;
            }
          }
        }
      }
      return work.map((g) => [g.key, g.sx / g.members.length, g.sy / g.members.length, g.members.map((p) => p.key)]);
    };
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const radii = [(n: number) => (n === 1 ? 7 : 10 + Math.min(6, Math.log2(n) * 2)), (n: number) => n, () => 4];
    for (let run = 0; run < 60; run++) {
      const spread = 40 + random() * 900;
      // Towns around a few centres, as partners lie: many groups touch and merge in chains.
      const centres = Array.from({ length: 1 + Math.floor(random() * 12) }, () => [random(), random()]);
      const pts = Array.from({ length: 1 + Math.floor(random() * 600) }, (_, i) => {
        const [cx, cy] = centres[i % centres.length];
        return {
          place: place(String(i)),
          x: (cx + random() * random()) * spread,
          y: (cy - random() * random()) * spread,
        };
      });
      for (const radius of radii) {
        const got = groupMarkers(pts, 15, radius).map((g) => [g.key, g.x, g.y, g.members.map((p) => p.key)]);
        expect(got).to.deep.equal(byDefinition(pts, 15, radius));
      }
    }
  });

  it('shades counts in up to four steps', () => {
    expect(shadeClasses(0).ranges).to.deep.equal([]);
    expect(shadeClasses(3).ranges).to.deep.equal([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(shadeClasses(9)).to.deep.equal({
      step: 3,
      ranges: [
        [1, 3],
        [4, 6],
        [7, 9],
      ],
    });
    expect(shadeClasses(8).ranges).to.deep.equal([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
    ]);
    expect([0, 1, 2, 3, 8].map((n) => shadeOf(n, 2))).to.deep.equal([0, 1, 1, 2, 4]);
  });

  it('keeps invalid or foreign points for the list only, with a warning each', async () => {
    const partners = [
      { id: 'ok', name: 'A', kind: 'Stadt', region: { land: 'DE-ST' }, location: { lat: 52, lon: 11 } },
      { id: 'nan', name: 'B', kind: 'Stadt', region: { land: 'DE-ST' }, location: { lat: 520, lon: 11 } },
      { id: 'away', name: 'C', kind: 'Stadt', region: { land: 'DE-ST' }, location: { lat: 40, lon: 11 } },
    ] as Partner[];
    const { result, warnings } = await captureWarnings(() =>
      toPlaces(
        partners,
        [{ id: 'o', name: 'O', region: { land: 'DE-BE' } }],
        ([, lat]) => lat > 45,
        () => [13.4, 52.5],
      ),
    );
    expect(result.map((p) => p.problem)).to.deep.equal([undefined, 'invalid', 'outside', undefined]);
    expect(result[3].at).to.deep.equal([13.4, 52.5]);
    expect(warnings).to.have.length(2);
    expect(applyFilters(result, { kinds: ['Stadt'], partners: true, offices: false, land: 'DE-ST' })).to.have.length(3);
    expect(applyFilters(result, { kinds: ['Gemeinde'], partners: true, offices: true })).to.have.length(1);
  });
});
