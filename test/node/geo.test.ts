// The map geometry: 16 Länder with ISO codes, 400 Kreise with 5-digit AGS, hashes and size budget
// (the checks live in scripts/check-geo.mjs, which also runs on its own after `node scripts/build-geo.mjs`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('geometry outputs pass scripts/check-geo.mjs', () => {
  const result = spawnSync('node', ['scripts/check-geo.mjs'], { encoding: 'utf8' });
  assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
});
