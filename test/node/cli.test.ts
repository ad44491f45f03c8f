// The validator CLI and the published JSON Schema, in Node (node:test), against real files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { main } from '../../src/cli/kgc-feed.js';
import { feedJsonSchema } from '../../src/feed/json-schema.js';

const fixture = (name: string) => new URL(`../fixtures/${name}.json`, import.meta.url).pathname;
const demoFeed = new URL('../../demo/data/feed.json', import.meta.url).pathname;

async function run(...argv: string[]) {
  const lines: string[] = [];
  const code = await main(argv, (line) => lines.push(line));
  return { code, output: lines.join('\n') };
}

test('validate: a good feed passes with exit code 0', async () => {
  const { code, output } = await run('validate', fixture('valid'), '--lang', 'de');
  assert.equal(code, 0);
  assert.match(output, /Der Feed ist gültig \(5 Einträge\)/);
});

test('validate: a bad feed lists every problem by JSON path, in German, exit code 1', async () => {
  const { code, output } = await run('validate', fixture('partial'), '--lang', 'de');
  assert.equal(code, 1);
  assert.match(output, /title: /);
  assert.match(output, /events\[1\]\.start: kein gültiges Datum/);
  assert.match(output, /events\[3\]\.id: /);
  assert.match(output, /events\[4\]\.id: die id "ok-1" kommt mehrfach vor/);
  assert.match(
    output,
    /partners\[0\]\.region\.ags: der Schlüssel 09776116 gehört zu Bayern \(DE-BY\), nicht zu Baden-Württemberg \(DE-BW\)/,
  );
  assert.match(output, /news: erwartet wird eine Liste/);
});

test('validate: English on request', async () => {
  const { code, output } = await run('validate', fixture('partial'), '--lang', 'en');
  assert.equal(code, 1);
  assert.match(output, /partners\[0\]\.region\.ags: the key 09776116 belongs to Bavaria \(DE-BY\)/);
  assert.match(output, /events\[1\]\.start: not a valid date/);
});

test('validate: whole-feed failures (wrong version, not an object) exit 1 with a clear message', async () => {
  const version = await run('validate', fixture('version2'), '--lang', 'de');
  assert.equal(version.code, 1);
  assert.match(version.output, /Nicht unterstützte Version/);
  const array = await run('validate', fixture('array'), '--lang', 'en');
  assert.equal(array.code, 1);
  assert.match(array.output, /not a JSON object/);
});

test('validate: a missing file is named as unreadable (exit 1); no file at all is a usage error (exit 2)', async () => {
  const missing = await run('validate', '/nonexistent/feed.json', '--lang', 'de');
  assert.equal(missing.code, 1);
  assert.match(missing.output, /nicht lesbar/);
  assert.equal((await run('validate')).code, 2);
});

test('validate: a JSON Feed 1.1 document is checked as news', async () => {
  const good = await run('validate', fixture('news-jsonfeed'), '--lang', 'en');
  assert.equal(good.code, 0, good.output);
  assert.match(good.output, /The feed is valid/);
  const bad = await run('validate', fixture('news-jsonfeed-partial'), '--lang', 'en');
  assert.equal(bad.code, 1);
  assert.match(bad.output, /items\[2\]: the item has no valid date \(date_published or date_modified\)/);
  assert.match(bad.output, /items\[3\]\.date_published: "gestern" is not an RFC 3339 date/);
  assert.doesNotMatch(bad.output, /der Eintrag|kein gültiges/);
  const german = await run('validate', fixture('news-jsonfeed-partial'), '--lang', 'de');
  assert.match(german.output, /items\[2\]: der Eintrag hat kein gültiges Datum/);
});

test('validate --json gives machine-readable errors', async () => {
  const { code, output } = await run('validate', fixture('partial'), '--json', '--lang', 'en');
  assert.equal(code, 1);
  const report = JSON.parse(output) as { valid: boolean; errors: { path: string }[] };
  assert.equal(report.valid, false);
  assert.ok(report.errors.some((e) => e.path === 'events[1].start'));
});

test('schema: the generated JSON Schema accepts the sample feed and rejects broken ones (ajv)', async () => {
  const { output } = await run('schema');
  const schema = JSON.parse(output);
  assert.deepEqual(schema, JSON.parse(JSON.stringify(feedJsonSchema())));
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const validateFeed = ajv.compile(schema);
  for (const file of [demoFeed, fixture('valid')]) {
    const ok = validateFeed(JSON.parse(readFileSync(file, 'utf8')));
    assert.ok(ok, `${file}: ${JSON.stringify(validateFeed.errors)}`);
  }
  assert.equal(validateFeed({ version: 2 }), false);
  assert.equal(validateFeed({ version: 1, events: [{ id: 'x', title: 'T', start: '26.04.2016' }] }), false);
  assert.ok(
    validateFeed({ version: 1, somethingNew: true, news: [{ id: 'n', title: 'T', date: '2026-01-01', extra: 1 }] }),
  );
});

test('schema: docs/feed.schema.json is the current generated schema', () => {
  const published = JSON.parse(readFileSync(new URL('../../docs/feed.schema.json', import.meta.url), 'utf8'));
  assert.deepEqual(published, JSON.parse(JSON.stringify(feedJsonSchema())), 'run npm run build to regenerate it');
});

test('validate: notes addresses that will not become links, without failing the feed', async () => {
  const { code, output } = await run('validate', fixture('event-hostile'), '--lang', 'de');
  assert.equal(code, 0, output);
  assert.match(output, /events\[\d+\]\.url: diese Adresse wird nicht verlinkt/);
});
