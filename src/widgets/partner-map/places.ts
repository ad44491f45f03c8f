/**
 * The map's data, without DOM: partners and offices as places (with a checked position or a reason why
 * they are listed only), filters, counts per Land with their shading classes, and grouping of markers that
 * overlap at the current size.
 */
import type { Office, Partner } from '../../feed/schema.js';
import type { LandCode } from '../../shared/laender.js';

export type PlaceType = 'partner' | 'office';

export interface Place {
  /** Unique among the places: `partner:<id>` or `office:<id>`. */
  key: string;
  type: PlaceType;
  item: Partner | Office;
  land: LandCode;
  /** [lon, lat] for the map; absent when the place is listed only (see `problem`). */
  at?: [number, number];
  problem?: 'invalid' | 'outside';
}

export interface Filters {
  land?: LandCode;
  /** Partner kinds to keep; empty: all. */
  kinds: string[];
  partners: boolean;
  offices: boolean;
}

const validCoordinates = (lat: number, lon: number) =>
  Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

type InGermany = (lonLat: [number, number], land: LandCode) => boolean;
type LabelPoint = (land: LandCode) => [number, number] | undefined;

/**
 * The place of a partner or an office (`index` in its collection). `inGermany` decides whether a valid point
 * lies in Germany (tried in its own Land first); an office without a location is drawn at its Land's label
 * point. A place listed only gets a warning.
 */
function toPlace(
  type: PlaceType,
  item: Partner | Office,
  index: number,
  inGermany: InGermany,
  labelPoint: LabelPoint,
): Place {
  const location = item.location;
  const place: Place = { key: `${type}:${item.id}`, type, item, land: item.region.land };
  if (!location) {
    place.at = labelPoint(place.land);
  } else if (!validCoordinates(location.lat, location.lon)) {
    place.problem = 'invalid';
  } else if (!inGermany([location.lon, location.lat], place.land)) {
    place.problem = 'outside';
  } else {
    place.at = [location.lon, location.lat];
  }
  if (place.problem) {
    const why = place.problem === 'invalid' ? 'has invalid coordinates' : 'lies outside Germany';
    console.warn(
      `<kgc-partner-map>: ${type === 'partner' ? 'partners' : 'offices'}[${index}] "${item.name}" ${why} (lat ${location!.lat}, lon ${location!.lon}); shown in the list only.`,
    );
  }
  return place;
}

/** The `i`th place of a feed: its partners first, then its offices (see `toPlace`). */
export function placeAt(
  i: number,
  partners: Partner[],
  offices: Office[],
  inGermany: InGermany,
  labelPoint: LabelPoint,
): Place {
  return i < partners.length
    ? toPlace('partner', partners[i], i, inGermany, labelPoint)
    : toPlace('office', offices[i - partners.length], i - partners.length, inGermany, labelPoint);
}

/** Places for a feed, all at once (see `placeAt`). */
export function toPlaces(
  partners: Partner[],
  offices: Office[],
  inGermany: InGermany,
  labelPoint: LabelPoint,
): Place[] {
  return Array.from({ length: partners.length + offices.length }, (_, i) =>
    placeAt(i, partners, offices, inGermany, labelPoint),
  );
}

export function applyFilters(places: Place[], f: Filters): Place[] {
  return places.filter(
    (p) =>
      (f.land === undefined || p.land === f.land) &&
      (p.type === 'partner'
        ? f.partners && (!f.kinds.length || f.kinds.includes((p.item as Partner).kind))
        : f.offices),
  );
}

/** How many of `places` lie in each Land. */
export function countByLand(places: Place[]): Map<LandCode, number> {
  const counts = new Map<LandCode, number>();
  for (const p of places) counts.set(p.land, (counts.get(p.land) ?? 0) + 1);
  return counts;
}

/**
 * Shading classes for counts: 0 is class 0; the rest fall into up to four equal steps up to the maximum.
 * Returns the step and the classes' ranges (for the legend), e.g. step 3: 1–3, 4–6, 7–9, 10–12.
 */
export function shadeClasses(max: number): { step: number; ranges: [number, number][] } {
  if (max <= 0) return { step: 1, ranges: [] };
  const step = Math.ceil(max / 4);
  const ranges: [number, number][] = [];
  for (let from = 1; from <= max; from += step) ranges.push([from, Math.min(from + step - 1, max)]);
  return { step, ranges };
}

export const shadeOf = (count: number, step: number) => (count <= 0 ? 0 : Math.min(4, Math.ceil(count / step)));

export interface Group {
  /** Key of the first member (stable while the members stay the same). */
  key: string;
  x: number;
  y: number;
  members: Place[];
}

/**
 * Grouping in screen space. First pass: a marker joins the first group whose anchor lies within `distance`
 * pixels (the markers would overlap), else starts its own; a grid of `distance`-sized cells keeps it near
 * linear. Second pass: groups whose circles (`radius(size)`) still touch are merged until none do: each group
 * in turn takes in the first later group that touches it, again and again, and the passes repeat while any
 * merged. A grid of cells as wide as the largest reach keeps that near linear too (a national map's 276
 * groups compared each with each, 72,000 times, took 25 ms cold in Node and 40-50 ms in Chromium). A group
 * sits at the mean of its members; groups keep the order of `points` (the list's order).
 */
export function groupMarkers(
  points: { place: Place; x: number; y: number }[],
  distance: number,
  radius: (size: number) => number,
): Group[] {
  type Work = { key: string; ax: number; ay: number; sx: number; sy: number; members: Place[] };
  const groups: Work[] = [];
  /** A grid cell's key (the coordinates are screen pixels: far from the 2^15 cells where keys would repeat). */
  const cellKey = (cx: number, cy: number) => cx * 65536 + cy;
  const cells = new Map<number, number[]>();
  const d2 = distance * distance;
  for (const { place, x, y } of points) {
    const cx = Math.floor(x / distance);
    const cy = Math.floor(y / distance);
    let found = -1;
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        for (const g of cells.get(cellKey(i, j)) ?? []) {
          const dx = groups[g].ax - x;
          const dy = groups[g].ay - y;
          if (dx * dx + dy * dy < d2 && (found < 0 || g < found)) found = g;
        }
      }
    }
    if (found >= 0) {
      const g = groups[found];
      g.members.push(place);
      g.sx += x;
      g.sy += y;
    } else {
      const cell = cellKey(cx, cy);
      const list = cells.get(cell);
      if (list) list.push(groups.length);
      else cells.set(cell, [groups.length]);
      groups.push({ key: place.key, ax: x, ay: y, sx: x, sy: y, members: [place] });
    }
  }

  // The radius of every group size that can occur, and the largest: two groups touch only closer than twice it.
  const radii = [0];
  let largest = 0;
  for (let n = 1; n <= points.length; n++) largest = Math.max(largest, (radii[n] = radius(n)));
  const size = 2 * largest || 1;
  const at = (g: Work) => [g.sx / g.members.length, g.sy / g.members.length];
  const cellOf = (g: Work) => {
    const [x, y] = at(g);
    return cellKey(Math.floor(x / size), Math.floor(y / size));
  };
  const alive = groups.map(() => true);
  const near = new Map<number, Set<number>>();
  const enter = (i: number, cell = cellOf(groups[i])) => {
    const set = near.get(cell);
    if (set) set.add(i);
    else near.set(cell, new Set([i]));
  };
  groups.forEach((_, i) => enter(i));
  /** The first group after `i` whose circle touches `i`'s, or -1. */
  const firstTouching = (i: number): number => {
    const a = groups[i];
    const [x, y] = at(a);
    const cx = Math.floor(x / size);
    const cy = Math.floor(y / size);
    let first = -1;
    for (let u = cx - 1; u <= cx + 1; u++) {
      for (let v = cy - 1; v <= cy + 1; v++) {
        for (const j of near.get(cellKey(u, v)) ?? []) {
          if (j <= i || (first >= 0 && j > first)) continue;
          const b = groups[j];
          const dx = x - b.sx / b.members.length;
          const dy = y - b.sy / b.members.length;
          const reach = radii[a.members.length] + radii[b.members.length];
          if (dx * dx + dy * dy < reach * reach) first = j;
        }
      }
    }
    return first;
  };
  for (let merged = true; merged;) {
    merged = false;
    for (let i = 0; i < groups.length; i++) {
      if (!alive[i]) continue;
      const a = groups[i];
      for (let j = firstTouching(i); j >= 0; j = firstTouching(i)) {
        const b = groups[j];
        near.get(cellOf(a))!.delete(i);
        near.get(cellOf(b))!.delete(j);
        alive[j] = false;
        a.members.push(...b.members);
        a.sx += b.sx;
        a.sy += b.sy;
        enter(i);
        merged = true;
      }
    }
  }
  return groups
    .filter((_, i) => alive[i])
    .map(({ key, members, sx, sy }) => ({ key, members, x: sx / members.length, y: sy / members.length }));
}
