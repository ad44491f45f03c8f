/**
 * A point for a partner without coordinates: the centroid of its Gemeinde (AGS, or the AGS inside an ARS),
 * else of its Kreis (the first 5 digits). From src/convert/centroids.ts (BKG VG250, Stand 1.1.2016).
 */
import { GEMEINDEN, KREISE } from './centroids.js';

export type Located = { lat: number; lon: number; level: 'gemeinde' | 'kreis' };

let tables: { gemeinde: Map<string, [number, number]>; kreis: Map<string, [number, number]> } | undefined;

function table(text: string): Map<string, [number, number]> {
  return new Map(
    text.split(';').map((entry) => {
      const [key, point] = entry.split(':');
      const [lat, lon] = point.split(',').map(Number);
      return [key, [lat, lon]];
    }),
  );
}

/** The AGS of an ARS: Land, Regierungsbezirk and Kreis (5 digits), then the Gemeinde (last 3). */
export const agsOfArs = (ars: string) => `${ars.slice(0, 5)}${ars.slice(9)}`;

export function locate(ags: string | undefined, ars: string | undefined): Located | undefined {
  const key = ags ?? (ars ? agsOfArs(ars) : undefined);
  if (!key) return undefined;
  tables ??= { gemeinde: table(GEMEINDEN), kreis: table(KREISE) };
  const gemeinde = tables.gemeinde.get(key);
  if (gemeinde) return { lat: gemeinde[0], lon: gemeinde[1], level: 'gemeinde' };
  const kreis = tables.kreis.get(key.slice(0, 5));
  if (kreis) return { lat: kreis[0], lon: kreis[1], level: 'kreis' };
  return undefined;
}
