/**
 * Geometry for the partner map: the bundled Länder, projection fitted to a box, the test whether a point
 * lies in Germany, and a Land's Kreise, fetched on focus from the file beside the bundle and checked
 * against the hash compiled into it.
 */
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { laender, labelPoints } from './geo/laender.js';
import { kreiseHashes, type KreiseTopology, type KreisProperties } from './geo/kreise-hashes.js';
import { loadVerified } from '../../feed/geometry.js';
import { FeedError } from '../../feed/errors.js';
import type { LandCode } from '../../shared/laender.js';

export type LandFeature = Feature<Geometry, { name: string }> & { id: LandCode };
export type KreisFeature = Feature<Geometry, KreisProperties> & { id: string };
type Target = LandFeature | FeatureCollection;

let features: LandFeature[] | undefined;
let germany: FeatureCollection | undefined;

/** The 16 Länder as GeoJSON features (id: ISO code), decoded once. */
export function landFeatures(): LandFeature[] {
  features ??= feature(laender, laender.objects.laender).features as LandFeature[];
  return features;
}

/** The whole country, or one Land. */
export function target(land?: LandCode): Target {
  if (land) return landFeatures().find((f) => f.id === land)!;
  germany ??= { type: 'FeatureCollection', features: landFeatures() };
  return germany;
}

export const labelPoint = (land: LandCode) => labelPoints[land];

type Rings = { box: [number, number, number, number]; rings: Position[][] };
let polygons: Map<LandCode, Rings> | undefined;

/** Each Land's rings (outer and holes together: the even-odd rule handles enclaves like Berlin) and bounding box. */
function landRings(): Map<LandCode, Rings> {
  if (!polygons) {
    polygons = new Map();
    for (const f of landFeatures()) {
      const g = f.geometry;
      const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
      const box: Rings['box'] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const ring of rings) {
        for (const [x, y] of ring) {
          box[0] = Math.min(box[0], x);
          box[1] = Math.min(box[1], y);
          box[2] = Math.max(box[2], x);
          box[3] = Math.max(box[3], y);
        }
      }
      polygons.set(f.id, { box, rings });
    }
  }
  return polygons;
}

/** Even-odd ray casting in lon/lat: planar, which at the scale of a Land's 1 km edges is exact enough. */
function contains({ box, rings }: Rings, [x, y]: [number, number]): boolean {
  if (x < box[0] || x > box[2] || y < box[1] || y > box[3]) return false;
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** True when [lon, lat] lies in one of the Länder (the place's own Land is tried first). */
export function inGermany(at: [number, number], hint?: LandCode): boolean {
  const all = landRings();
  const own = hint && all.get(hint);
  if (own && contains(own, at)) return true;
  for (const rings of all.values()) if (rings !== own && contains(rings, at)) return true;
  return false;
}

/**
 * Germany's usual conic conformal projection (standard parallels 48°40′ and 53°40′, centred on 10.5° E).
 * The geometry's edges are about 1 km, far from the antimeridian: no adaptive resampling and no antimeridian
 * clipping (both cost more than the drawing itself and change nothing here).
 */
const base = () =>
  geoConicConformal()
    .parallels([48.67, 53.67])
    .rotate([-10.5, 0])
    .precision(0)
    .preclip((stream) => stream);

const aspects = new Map<Target, number>();
/** Height : width of a target drawn in that projection. */
export function aspectOf(t: Target): number {
  let aspect = aspects.get(t);
  if (aspect === undefined) {
    const [[x0, y0], [x1, y1]] = geoPath(base().fitWidth(1000, t)).bounds(t);
    aspects.set(t, (aspect = (y1 - y0) / (x1 - x0)));
  }
  return aspect;
}

/** The projection that fits `t` into a `width` × `height` box with `pad` pixels around it (`top` above). */
export function fitted(t: Target, width: number, height: number, pad: number, top = pad): GeoProjection {
  return base().fitExtent(
    [
      [pad, top],
      [Math.max(pad + 1, width - pad), Math.max(top + 1, height - pad)],
    ],
    t,
  );
}

/**
 * Where the Kreise of a Land live: `geo/kreise/DE-XX.json` next to this module. From the sources that
 * is src/widgets/partner-map/geo/kreise/; in the CDN build, next to the bundle (dist/cdn/geo/kreise/).
 * (The path is a variable so that bundlers leave it alone instead of inlining the files.)
 */
export function kreiseUrl(land: LandCode): string {
  const path = `./geo/kreise/${land}.json`;
  return new URL(path, import.meta.url).href;
}

/** The Kreise of `land`, fetched once and accepted only when the file matches the bundle's hash. */
export async function loadKreise(land: LandCode, signal?: AbortSignal): Promise<KreisFeature[]> {
  const hash = kreiseHashes[land];
  if (!hash) throw new FeedError('not-found', `no Kreise geometry for ${land}`);
  const topology = (await loadVerified(kreiseUrl(land), hash, { signal })) as KreiseTopology;
  return feature(topology, topology.objects.kreise).features as KreisFeature[];
}

export { geoPath };
