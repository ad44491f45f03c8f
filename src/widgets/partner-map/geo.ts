/**
 * Geometry for the partner map: the bundled Länder, the projection fitted to a box and its SVG paths, the
 * test whether a point lies in Germany, and a Land's Kreise, fetched on focus from the file beside the
 * bundle and checked against the hash compiled into it.
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { laender, labelPoints } from './geo/laender.js';
import { kreiseHashes, type KreiseTopology, type KreisProperties } from './geo/kreise-hashes.js';
import { loadVerified } from '../../feed/geometry.js';
import { FeedError } from '../../feed/errors.js';
import { pause, whenIdle } from '../../feed/tasks.js';
import type { LandCode } from '../../shared/laender.js';

export type LandFeature = Feature<Geometry, { name: string }> & { id: LandCode };
export type KreisFeature = Feature<Geometry, KreisProperties> & { id: string };
type Target = LandFeature | FeatureCollection;

let germany: FeatureCollection | undefined;
const geometries = laender.objects.laender.geometries;
/** The Länder decoded so far, in the order of the geometry (decoding all at once is a long task on a phone). */
const decoded: (LandFeature | undefined)[] = [];
const decode = (i: number): LandFeature => (decoded[i] ??= feature(laender, geometries[i]) as LandFeature);

/** The 16 Länder as GeoJSON features (id: ISO code), decoded once. */
export const landFeatures = (): LandFeature[] => geometries.map((_, i) => decode(i));

/** The whole country, or one Land. */
export function target(land?: LandCode): Target {
  if (land) return landFeatures().find((f) => f.id === land)!;
  germany ??= { type: 'FeatureCollection', features: landFeatures() };
  return germany;
}

export const labelPoint = (land: LandCode) => labelPoints[land];

/** How many horizontal bands a Land's edges are filed in, so that a point is tested against one band's edges. */
const BANDS = 32;
/** A Land's bounding box and its edges (flat x0, y0, x1, y1 quadruples) per band of latitude. */
type Rings = { box: Box; bands: number[][] };

/** A polygon's or multipolygon's rings (outer and holes alike). */
const ringsOf = (g: Geometry): Position[][] =>
  g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];

function extend(box: Box, x: number, y: number): void {
  box[0] = Math.min(box[0], x);
  box[1] = Math.min(box[1], y);
  box[2] = Math.max(box[2], x);
  box[3] = Math.max(box[3], y);
}
const bandOf = ({ box }: Rings, y: number) =>
  Math.min(BANDS - 1, Math.floor(((y - box[1]) / (box[3] - box[1])) * BANDS));

/** A Land's edges filed by band (rings, outer and holes together: the even-odd rule handles enclaves like Berlin). */
function ringsOfLand(f: LandFeature): Rings {
  const rings = ringsOf(f.geometry);
  const filed: Rings = {
    box: [Infinity, Infinity, -Infinity, -Infinity],
    bands: Array.from({ length: BANDS }, () => []),
  };
  for (const ring of rings) for (const [x, y] of ring) extend(filed.box, x, y);
  // Indexed reads, no destructuring: a Land has thousands of edges, and this runs before its code is warm.
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const xi = ring[i][0];
      const yi = ring[i][1];
      const xj = ring[j][0];
      const yj = ring[j][1];
      const last = bandOf(filed, Math.max(yi, yj));
      for (let b = bandOf(filed, Math.min(yi, yj)); b <= last; b++) filed.bands[b].push(xi, yi, xj, yj);
    }
  return filed;
}

const polygons = new Map<LandCode, Rings>();
const landRings = (f: LandFeature): Rings => {
  let rings = polygons.get(f.id);
  if (!rings) polygons.set(f.id, (rings = ringsOfLand(f)));
  return rings;
};

/**
 * Even-odd ray casting in lon/lat, against the edges of the point's band only (an edge the ray crosses spans
 * the point's latitude, so it is filed there): planar, which at the scale of a Land's 1 km edges is exact enough.
 */
function contains(land: Rings, [x, y]: [number, number]): boolean {
  const { box } = land;
  if (x < box[0] || x > box[2] || y < box[1] || y > box[3]) return false;
  const edges = land.bands[bandOf(land, y)];
  let inside = false;
  for (let i = 0; i < edges.length; i += 4) {
    const yi = edges[i + 1];
    const yj = edges[i + 3];
    if (yi > y !== yj > y && x < ((edges[i + 2] - edges[i]) * (y - yi)) / (yj - yi) + edges[i]) inside = !inside;
  }
  return inside;
}

/** Preparing the Länder: each Land decoded, its edges filed, projected; `prepared` steps are done. */
const STEPS = 3 * geometries.length;
const step = [decode, (i: number) => landRings(decode(i)), (i: number) => projected(decode(i))];
let prepared = 0;
let preparing = false;

/** As many steps as fit in a few ms (one per task waited for the 4 ms that browsers hold nested timers back). */
function prepareSlice(): void {
  const start = performance.now();
  do {
    step[prepared % 3](Math.floor(prepared / 3));
    if (++prepared === STEPS) aspectOf(target());
  } while (prepared < STEPS && performance.now() - start < 8);
}

/**
 * Decodes, files and projects the Länder while the page waits for the feed, in tasks of a few ms at the lowest
 * priority (the first `inGermany` and the first drawing would do it all at once: some 100–180 ms on a phone at
 * 4× CPU, too much for one task; at normal priority the slices held up the feed index's loading by 50 ms on a
 * desktop), for as long as `wanted` says a map still needs it (one removed from the page leaves no task
 * behind; the next goes on). `finishGeometry` does the rest when the data is there.
 */
export function prepareGeometry(wanted: () => boolean): void {
  if (preparing || prepared === STEPS) return;
  preparing = true;
  const next = () => {
    if (!wanted() || prepared === STEPS) return void (preparing = false);
    prepareSlice();
    whenIdle(next);
  };
  next();
}

/** The Länder prepared, what is left of it in slices at normal priority (a map's data has arrived). */
export async function finishGeometry(): Promise<void> {
  while (prepared < STEPS) {
    prepareSlice();
    if (prepared < STEPS) await pause();
  }
}

/** True when [lon, lat] lies in one of the Länder (the place's own Land is tried first). */
export function inGermany(at: [number, number], hint?: LandCode): boolean {
  const all = landFeatures();
  const own = hint && all.find((f) => f.id === hint);
  if (own && contains(landRings(own), at)) return true;
  return all.some((f) => f !== own && contains(landRings(f), at));
}

/**
 * Germany's usual conic conformal projection (Lambert, standard parallels 48°40′ and 53°40′, centred on
 * 10.5° E) on the unit sphere, y pointing down as on screen; the same as d3-geo's `geoConicConformalRaw`
 * up to a constant (which fitting absorbs). Written out because d3-geo's single-file module does not
 * tree-shake down to it: importing it keeps module-level state of d3-geo and d3-array (+2.7 KB minified).
 * The geometry's edges are about 1 km, far from the antimeridian and the poles: no resampling, no clipping.
 */
const RAD = Math.PI / 180;
const tanHalf = (lat: number) => Math.tan(Math.PI / 4 + (lat * RAD) / 2);
const N = Math.log(Math.cos(48.67 * RAD) / Math.cos(53.67 * RAD)) / Math.log(tanHalf(53.67) / tanHalf(48.67));
const F = (Math.cos(48.67 * RAD) * tanHalf(48.67) ** N) / N;

/** Projects [lon, lat] into `out[at]`, `out[at + 1]`. */
function rawInto(lon: number, lat: number, out: Float64Array | number[], at: number): void {
  const r = F / tanHalf(lat) ** N;
  const a = N * (lon - 10.5) * RAD;
  out[at] = r * Math.sin(a);
  out[at + 1] = r * Math.cos(a);
}

function raw([lon, lat]: Position): [number, number] {
  const xy: [number, number] = [0, 0];
  rawInto(lon, lat, xy, 0);
  return xy;
}

/** A feature's rings projected once (flat x, y pairs, without the closing point) and their bounding box. */
interface Projected {
  rings: Float64Array[];
  box: Box;
}
type Box = [x0: number, y0: number, x1: number, y1: number];
const projections = new WeakMap<object, Projected>();
const boxes = new WeakMap<Target, Box>();

function projected(f: Feature): Projected {
  let p = projections.get(f);
  if (!p) {
    const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
    const rings = ringsOf(f.geometry).map((ring) => {
      // Written in place, no arrays per vertex: this runs while the code is cold, thousands of times per Land.
      const xy = new Float64Array(2 * (ring.length - 1));
      for (let i = 0; i < xy.length; i += 2) {
        const at = ring[i / 2];
        rawInto(at[0], at[1], xy, i);
        extend(box, xy[i], xy[i + 1]);
      }
      return xy;
    });
    projections.set(f, (p = { rings, box }));
  }
  return p;
}

/** The bounding box of a target, in projected units. */
function boundsOf(t: Target): Box {
  let box = boxes.get(t);
  if (!box) {
    box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const f of 'features' in t ? t.features : [t]) {
      const [x0, y0, x1, y1] = projected(f).box;
      extend(box, x0, y0);
      extend(box, x1, y1);
    }
    boxes.set(t, box);
  }
  return box;
}

/** Height : width of a target drawn in that projection. */
export function aspectOf(t: Target): number {
  const [x0, y0, x1, y1] = boundsOf(t);
  return (y1 - y0) / (x1 - x0);
}

export interface Projection {
  /** Where [lon, lat] lies in the box, in px. */
  point(at: Position): [number, number];
  /** The SVG path of a (multi)polygon feature, to 0.1 px. */
  path(f: Feature): string;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** The projection that fits `t` into a `width` × `height` box with `pad` pixels around it (`top` above). */
export function fitted(t: Target, width: number, height: number, pad: number, top = pad): Projection {
  const [x0, y0, x1, y1] = boundsOf(t);
  const w = Math.max(1, width - 2 * pad);
  const h = Math.max(1, height - pad - top);
  const k = Math.min(w / (x1 - x0), h / (y1 - y0));
  const dx = pad + (w - k * (x0 + x1)) / 2;
  const dy = top + (h - k * (y0 + y1)) / 2;
  return {
    point(at) {
      const [x, y] = raw(at);
      return [dx + k * x, dy + k * y];
    },
    path(f) {
      let d = '';
      for (const xy of projected(f).rings) {
        for (let i = 0; i < xy.length; i += 2)
          d += `${i ? 'L' : 'M'}${round(dx + k * xy[i])},${round(dy + k * xy[i + 1])}`;
        d += 'Z';
      }
      return d;
    },
  };
}

/**
 * Where the Kreise of each Land live: `geo/kreise/DE-XX.json` next to this module (from the sources,
 * src/widgets/partner-map/geo/kreise/; in the CDN build, next to the bundle: dist/cdn/geo/kreise/). Each
 * path is a literal `new URL(…, import.meta.url)`, the form Vite, Rollup and webpack recognise: an app
 * bundling the npm package gets the files emitted as assets. Our own build leaves them as they are
 * (scripts/build.mjs), and nothing is fetched before a Land is focused.
 */
const KREISE: Record<LandCode, () => URL> = {
  'DE-BW': () => new URL('./geo/kreise/DE-BW.json', import.meta.url),
  'DE-BY': () => new URL('./geo/kreise/DE-BY.json', import.meta.url),
  'DE-BE': () => new URL('./geo/kreise/DE-BE.json', import.meta.url),
  'DE-BB': () => new URL('./geo/kreise/DE-BB.json', import.meta.url),
  'DE-HB': () => new URL('./geo/kreise/DE-HB.json', import.meta.url),
  'DE-HH': () => new URL('./geo/kreise/DE-HH.json', import.meta.url),
  'DE-HE': () => new URL('./geo/kreise/DE-HE.json', import.meta.url),
  'DE-MV': () => new URL('./geo/kreise/DE-MV.json', import.meta.url),
  'DE-NI': () => new URL('./geo/kreise/DE-NI.json', import.meta.url),
  'DE-NW': () => new URL('./geo/kreise/DE-NW.json', import.meta.url),
  'DE-RP': () => new URL('./geo/kreise/DE-RP.json', import.meta.url),
  'DE-SL': () => new URL('./geo/kreise/DE-SL.json', import.meta.url),
  'DE-SN': () => new URL('./geo/kreise/DE-SN.json', import.meta.url),
  'DE-ST': () => new URL('./geo/kreise/DE-ST.json', import.meta.url),
  'DE-SH': () => new URL('./geo/kreise/DE-SH.json', import.meta.url),
  'DE-TH': () => new URL('./geo/kreise/DE-TH.json', import.meta.url),
};

/** The address of the Kreise file of `land`. */
export function kreiseUrl(land: LandCode): string {
  return KREISE[land]().href;
}

/** The Kreise of `land`, fetched once and accepted only when the file matches the bundle's hash. */
export async function loadKreise(land: LandCode, signal?: AbortSignal): Promise<KreisFeature[]> {
  const hash = kreiseHashes[land];
  if (!hash) throw new FeedError('not-found', `no Kreise geometry for ${land}`);
  const topology = (await loadVerified(kreiseUrl(land), hash, { signal })) as KreiseTopology;
  return feature(topology, topology.objects.kreise).features as KreisFeature[];
}
