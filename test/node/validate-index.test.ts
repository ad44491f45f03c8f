// A feed index through `kgc-feed validate` (the schema, every address, and with --parts each part) and the
// published JSON Schema of the index (docs/feed-index.schema.json, checked with ajv), on real split output.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { main } from '../../src/cli/kgc-feed.js';
import { writeSplit } from '../../src/cli/split.js';
import { checkFeed } from '../../src/feed/parse.js';
import { feedIndexJsonSchema } from '../../src/feed/json-schema.js';

const root = new URL('../..', import.meta.url).pathname;
const split = mkdtempSync(join(tmpdir(), 'kgc-index-'));

async function run(...argv: string[]) {
  const lines: string[] = [];
  const code = await main(argv, (line) => lines.push(line));
  return { code, output: lines.join('\n') };
}

/** A copy of the split output with the index changed by `edit`. */
function broken(edit: (index: { parts: Record<string, unknown>[]; calendarUrls: Record<string, string> }) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'kgc-index-broken-'));
  cpSync(split, dir, { recursive: true });
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  edit(index);
  writeFileSync(join(dir, 'index.json'), JSON.stringify(index));
  return join(dir, 'index.json');
}

let server: Server;
let origin: string;
before(async () => {
  const { feed } = checkFeed(JSON.parse(readFileSync(join(root, 'demo/data/feed.json'), 'utf8')));
  await writeSplit(feed, split);
  server = createServer((req, res) => {
    try {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync(join(split, req.url!.slice(1))));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

test('validate: a split index and, with --parts, every part pass (file and http, parts relative to the index)', async () => {
  const file = await run('validate', join(split, 'index.json'), '--lang', 'de');
  assert.equal(file.code, 0, file.output);
  assert.match(file.output, /✓ Der Index ist gültig \(\d+ Teile, 157 Einträge\)/);
  const parts = await run('validate', join(split, 'index.json'), '--parts', '--lang', 'en');
  assert.equal(parts.code, 0, parts.output);
  assert.match(parts.output, /The index and all \d+ parts are valid \(157 items\)/);
  const remote = await run('validate', `${origin}/index.json`, '--parts', '--lang', 'en');
  assert.equal(remote.code, 0, remote.output);
});

test('validate: index problems by JSON path; --parts finds wrong counts, hashes, Länder, collections, missing parts', async () => {
  const index = broken((index) => {
    index.parts[0].count = 5;
    index.parts[1].url = 'javascript:alert(1)';
    index.parts[2].collection = 'events';
    index.parts[3].sha256 = '0'.repeat(64);
    index.parts[4].url = 'projects/missing.json';
    index.parts[5].land = 'DE-BY';
    index.parts[6].url = index.parts[7].url;
    index.calendarUrls['DE-ST'] = 'data:text/calendar,BEGIN';
  });
  const plain = await run('validate', index, '--lang', 'de');
  assert.equal(plain.code, 1);
  assert.match(plain.output, /calendarUrls\.DE-ST: keine zulässige Adresse/);
  assert.match(plain.output, /parts\[1\]\.url: keine zulässige Adresse/);
  assert.match(plain.output, /parts\[7\]\.url: dieser Teil ist mehrfach genannt/);
  assert.doesNotMatch(plain.output, /Prüfsumme/, 'parts are read only with --parts');
  const { code, output } = await run('validate', index, '--parts', '--json', '--lang', 'en');
  assert.equal(code, 1);
  const report = JSON.parse(output) as { valid: boolean; errors: { path: string; code: string; part?: string }[] };
  assert.equal(report.valid, false);
  const codes = report.errors.map((e) => `${e.part ?? ''} ${e.path} ${e.code}`);
  assert.ok(
    codes.some((c) => /^projects\/\S+ projects part-count$/.test(c)),
    codes.join('\n'),
  );
  assert.ok(codes.includes(' parts[3].sha256 sha256'), codes.join('\n'));
  assert.ok(codes.includes(' parts[4].url part-unreadable'), codes.join('\n'));
  assert.ok(
    codes.some((c) => /^projects\/\S+ projects part-collection$/.test(c)),
    codes.join('\n'),
  );
  assert.ok(
    codes.some((c) => /^projects\/\S+ projects\[0\]\.region\.land part-land$/.test(c)),
    codes.join('\n'),
  );
});

test('validate: an events part must hold only events inside its from–to', async () => {
  const index = broken((index) => {
    const part = index.parts.find((p) => p.collection === 'events' && p.land === 'DE-ST')!;
    part.from = '2026-11-10';
  });
  const { code, output } = await run('validate', index, '--parts', '--lang', 'de');
  assert.equal(code, 1);
  assert.match(
    output,
    /events\/DE-ST-2026\.\w{8}\.json: events\[\d\]\.start: der Termin \(2026-11-05 – 2026-11-05\) liegt außerhalb/,
  );
});

test('validate: a broken index document is named field by field', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'kgc-index-bad-')), 'index.json');
  writeFileSync(
    file,
    JSON.stringify({ version: 1, kind: 'index', parts: [{ collection: 'events', url: '', count: -1 }] }),
  );
  const { code, output } = await run('validate', file, '--lang', 'en');
  assert.equal(code, 1);
  assert.match(output, /parts\[0\]\.url: /);
  assert.match(output, /parts\[0\]\.count: /);
});

test('schema: docs/feed-index.schema.json is current, accepts split output and rejects broken indexes (ajv)', () => {
  const published = JSON.parse(readFileSync(join(root, 'docs/feed-index.schema.json'), 'utf8'));
  assert.deepEqual(published, JSON.parse(JSON.stringify(feedIndexJsonSchema())), 'run npm run docs to regenerate it');
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(published);
  const index = JSON.parse(readFileSync(join(split, 'index.json'), 'utf8')) as { parts: object[] };
  assert.ok(validate(index), JSON.stringify(validate.errors));
  assert.ok(validate({ ...index, $schema: './feed-index.schema.json', somethingNew: 1 }), 'unknown fields are allowed');
  const part = index.parts[0];
  for (const bad of [
    { ...index, kind: 'feed' },
    { ...index, parts: [{ ...part, sha256: 'ABC' }] },
    { ...index, parts: [{ ...part, land: 'ST' }] },
    { ...index, parts: [{ ...part, from: '2026-13-01' }] },
    { ...index, parts: [{ ...part, count: 1.5 }] },
    { ...index, calendarUrls: { XX: 'ics/x.ics' } },
  ])
    assert.equal(validate(bad), false, JSON.stringify(bad).slice(0, 200));
});
