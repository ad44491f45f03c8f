#!/usr/bin/env node
/**
 * Checks the committed map geometry written by scripts/build-geo.mjs:
 *
 *   node scripts/check-geo.mjs
 *
 * Plain node + node:assert; uses only runtime dependencies (topojson-client, d3-geo), not mapshaper.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const GEO_DIR = join(ROOT, 'src/widgets/partner-map/geo');
const KREISE_DIR = join(GEO_DIR, 'kreise');
const LAENDER_MODULE_MAX_GZIP = 12_000;

/** ISO 3166-2 code → AGS prefix. */
const AGS_OF = {
  'DE-SH': '01',
  'DE-HH': '02',
  'DE-NI': '03',
  'DE-HB': '04',
  'DE-NW': '05',
  'DE-HE': '06',
  'DE-RP': '07',
  'DE-BW': '08',
  'DE-BY': '09',
  'DE-SL': '10',
  'DE-BE': '11',
  'DE-BB': '12',
  'DE-MV': '13',
  'DE-SN': '14',
  'DE-ST': '15',
  'DE-TH': '16',
};
const ISO_CODES = Object.keys(AGS_OF).sort();

let checks = 0;
function check(name, fn) {
  fn();
  checks++;
  console.log(`ok ${checks} - ${name}`);
}

/** The value of `export const <name>… = <JSON>;` in a generated module (the build writes these on one line). */
function exported(source, name) {
  const m = source.match(new RegExp(`^export const ${name}\\b[^=]*= (.*);$`, 'm'));
  assert.ok(m, `export const ${name} not found`);
  return JSON.parse(m[1]);
}

// --- Länder ---------------------------------------------------------------------------------------------------------
const laenderSource = readFileSync(join(GEO_DIR, 'laender.ts'));
const laender = exported(laenderSource.toString('utf8'), 'laender');
const labelPoints = exported(laenderSource.toString('utf8'), 'labelPoints');
const laenderFc = feature(laender, laender.objects.laender);
const landById = new Map(laenderFc.features.map((f) => [f.id, f]));

check('laender: TopoJSON with object "laender", quantized', () => {
  assert.equal(laender.type, 'Topology');
  assert.ok(laender.transform?.scale && laender.transform?.translate);
  assert.deepEqual(Object.keys(laender.objects), ['laender']);
});

check('laender: 16 Länder with ISO codes DE-BW…DE-TH and a German name', () => {
  const geoms = laender.objects.laender.geometries;
  assert.equal(geoms.length, 16);
  assert.deepEqual(geoms.map((g) => g.id).sort(), ISO_CODES);
  for (const g of geoms) {
    assert.ok(['Polygon', 'MultiPolygon'].includes(g.type), `${g.id}: ${g.type}`);
    assert.equal(typeof g.properties?.name, 'string');
    assert.ok(g.properties.name.length > 0);
  }
  assert.equal(landById.get('DE-TH').properties.name, 'Thüringen');
  assert.equal(landById.get('DE-BW').properties.name, 'Baden-Württemberg');
});

check('laender: every Land has a sane area (no inverted rings)', () => {
  for (const f of laenderFc.features) {
    const a = geoArea(f); // steradians; Germany ≈ 0.0088
    assert.ok(a > 1e-6 && a < 0.002, `${f.id}: area ${a}`);
  }
});

check('laender: Berlin is a hole in Brandenburg; Bremen has two parts; Helgoland is kept', () => {
  const bb = landById.get('DE-BB');
  const be = landById.get('DE-BE');
  const berlinMitte = [13.4, 52.52];
  assert.ok(geoContains(be, berlinMitte));
  assert.ok(!geoContains(bb, berlinMitte));
  const hb = landById.get('DE-HB');
  assert.equal(hb.geometry.type, 'MultiPolygon');
  assert.ok(geoContains(hb, [8.8, 53.08]), 'Bremen city');
  assert.ok(geoContains(hb, [8.6, 53.55]), 'Bremerhaven');
  const sh = landById.get('DE-SH').geometry.coordinates;
  const inBox = ([x, y]) => x > 7.8 && x < 8.0 && y > 54.1 && y < 54.25;
  assert.ok(
    sh.some((poly) => poly[0].every(inBox)),
    'Helgoland',
  );
});

check('laender: label points, one per Land, each inside its own Land and no other', () => {
  assert.deepEqual(Object.keys(labelPoints).sort(), ISO_CODES);
  for (const [iso, p] of Object.entries(labelPoints)) {
    assert.ok(Array.isArray(p) && p.length === 2 && p.every(Number.isFinite), `${iso}: ${p}`);
    assert.ok(geoContains(landById.get(iso), p), `${iso}: label point ${p} outside the Land`);
    for (const f of laenderFc.features) if (f.id !== iso) assert.ok(!geoContains(f, p), `${iso}: label in ${f.id}`);
  }
});

check(`laender.ts: ≤ ${LAENDER_MODULE_MAX_GZIP} bytes gzip -9`, () => {
  const gz = gzipSync(laenderSource, { level: 9 }).length;
  assert.ok(gz <= LAENDER_MODULE_MAX_GZIP, `${gz} bytes gzip`);
});

// --- Kreise ---------------------------------------------------------------------------------------------------------
const files = readdirSync(KREISE_DIR).sort();
const kreiseByLand = new Map();
const allKreise = new Map();

check('kreise: exactly one file per Land, DE-xx.json', () => {
  assert.deepEqual(
    files,
    ISO_CODES.map((iso) => `${iso}.json`),
  );
});

for (const iso of ISO_CODES) {
  const bytes = readFileSync(join(KREISE_DIR, `${iso}.json`));
  const topo = JSON.parse(bytes.toString('utf8'));
  kreiseByLand.set(iso, { bytes, topo });
}

check('kreise: each file is a quantized TopoJSON with object "kreise"; ids are 5-digit AGS of that Land', () => {
  for (const [iso, { topo }] of kreiseByLand) {
    assert.equal(topo.type, 'Topology', iso);
    assert.ok(topo.transform?.scale, `${iso}: not quantized`);
    assert.deepEqual(Object.keys(topo.objects), ['kreise'], iso);
    const geoms = topo.objects.kreise.geometries;
    assert.ok(geoms.length > 0, `${iso}: no Kreise`);
    for (const g of geoms) {
      assert.match(g.id, /^\d{5}$/, `${iso}: id ${g.id}`);
      assert.equal(g.id.slice(0, 2), AGS_OF[iso], `${iso}: ${g.id} belongs to another Land`);
      assert.ok(['Polygon', 'MultiPolygon'].includes(g.type), `${g.id}: ${g.type}`);
      assert.equal(typeof g.properties?.name, 'string');
      assert.ok(g.properties.name.length > 0, `${g.id}: no name`);
      assert.ok(['K', 'S'].includes(g.properties.bez), `${g.id}: bez ${g.properties.bez}`);
      assert.ok(!allKreise.has(g.id), `${g.id} twice`);
      allKreise.set(g.id, g);
    }
  }
});

check('kreise: 400 in total (294 Landkreise + 106 kreisfreie Städte)', () => {
  assert.equal(allKreise.size, 400);
  const s = [...allKreise.values()].filter((g) => g.properties.bez === 'S').length;
  assert.equal(s, 106);
  assert.equal(allKreise.size - s, 294);
});

check('kreise: reforms applied (03159 Göttingen, 16063 Wartburgkreis; no 03152, 03156, 16056)', () => {
  assert.equal(allKreise.get('03159')?.properties.name, 'Göttingen');
  assert.equal(allKreise.get('03159').properties.bez, 'K');
  assert.equal(allKreise.get('16063')?.properties.name, 'Wartburgkreis');
  for (const gone of ['03152', '03156', '16056']) assert.ok(!allKreise.has(gone), `${gone} still present`);
  assert.equal(allKreise.get('11000')?.properties.name, 'Berlin');
  assert.equal(allKreise.get('11000').properties.bez, 'S');
});

check("kreise: sane areas; a Land's Kreise add up to the Land (±3 %)", () => {
  for (const [iso, { topo }] of kreiseByLand) {
    const fc = feature(topo, topo.objects.kreise);
    let sum = 0;
    for (const f of fc.features) {
      const a = geoArea(f);
      assert.ok(a > 1e-9 && a < 0.002, `${f.id}: area ${a}`);
      sum += a;
    }
    const land = geoArea(landById.get(iso));
    // The Länder are simplified coarser (1000 m) than the Kreise (100–500 m): small Länder differ most (Bremen ≈ 2.4 %).
    assert.ok(Math.abs(sum / land - 1) < 0.03, `${iso}: Kreise ${sum} vs Land ${land}`);
  }
});

check('kreise: known places inside the right Kreis', () => {
  const inKreis = (iso, ags, p) => {
    const { topo } = kreiseByLand.get(iso);
    const f = feature(topo, topo.objects.kreise).features.find((k) => k.id === ags);
    assert.ok(f && geoContains(f, p), `${p} not in ${ags}`);
  };
  inKreis('DE-ST', '15002', [11.97, 51.48]); // Halle (Saale)
  inKreis('DE-ST', '15003', [11.63, 52.13]); // Magdeburg
  inKreis('DE-NI', '03159', [9.93, 51.53]); // Göttingen
  inKreis('DE-NI', '03159', [10.25, 51.73]); // Osterode am Harz, now LK Göttingen
  inKreis('DE-TH', '16063', [10.32, 50.98]); // Eisenach, now Wartburgkreis
  inKreis('DE-HB', '04012', [8.58, 53.55]); // Bremerhaven
  inKreis('DE-SH', '01056', [7.884, 54.183]); // Helgoland (Kreis Pinneberg)
});

// --- Hashes ---------------------------------------------------------------------------------------------------------
check('kreise-hashes.ts: SHA-256 (base64) of each file matches', () => {
  const src = readFileSync(join(GEO_DIR, 'kreise-hashes.ts'), 'utf8');
  const body = src.match(/export const kreiseHashes: Record<string, string> = \{\n([\s\S]*?)\n\};/);
  assert.ok(body, 'kreiseHashes not found');
  const hashes = Object.fromEntries(
    [...body[1].matchAll(/^ {2}'(DE-[A-Z]{2})': '([A-Za-z0-9+/=]+)',$/gm)].map((m) => [m[1], m[2]]),
  );
  assert.deepEqual(Object.keys(hashes).sort(), ISO_CODES);
  for (const [iso, { bytes }] of kreiseByLand) {
    const actual = createHash('sha256').update(bytes).digest('base64');
    assert.equal(hashes[iso], actual, `${iso}: hash mismatch (regenerate with node scripts/build-geo.mjs)`);
  }
});

console.log(`all ${checks} geo checks passed`);
