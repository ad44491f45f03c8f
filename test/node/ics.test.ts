// `kgc-feed ics`: the publishers' subscription file, run as the real CLI and read back with ical.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { icsCommand } from '../../src/cli/ics.js';

const root = new URL('../..', import.meta.url).pathname;
const fixture = (name: string) => new URL(`../fixtures/${name}.json`, import.meta.url).pathname;

/** Runs `kgc-feed ics …` in a child process (stdout must carry nothing but the calendar). */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'ics', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'de_DE.UTF-8' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}

test('ics: writes the feed’s events to stdout as iCalendar with refresh hints and the feed title', () => {
  const { code, stdout } = cli(fixture('event-calendar'));
  assert.equal(code, 0);
  assert.ok(stdout.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.ok(stdout.endsWith('END:VCALENDAR\r\n'));
  const { calendar, events } = parse(stdout);
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.equal(String(calendar.getFirstPropertyValue('refresh-interval')), 'PT1H');
  assert.equal(calendar.getFirstProperty('refresh-interval')!.type, 'duration');
  assert.equal(calendar.getFirstPropertyValue('x-published-ttl'), 'PT1H');
  assert.match(stdout, /\r\nX-WR-CALNAME:Termine\\; Test\\, Feed\r\n/);
  assert.equal(calendar.getFirstPropertyValue('source'), 'https://example.org/kalender.ics');
  assert.equal(events.length, 19);
  const byId = new Map(events.map((e) => [e.uid, e]));
  assert.equal(byId.get('fachforum@example.org')!.startDate.toJSDate().toISOString(), '2026-06-10T08:00:00.000Z');
  assert.equal(byId.get('ganztag@example.org')!.startDate.isDate, true);
  assert.equal(byId.get('monatswechsel@example.org')!.endDate.toString(), '2026-07-03');
  assert.equal(byId.get('abgesagt@example.org')!.component.getFirstPropertyValue('status'), 'CANCELLED');
  for (const line of stdout.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
});

test('ics: -o writes a file; --refresh and --uid-domain change the defaults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kgc-ics-'));
  const out = join(dir, 'kalender.ics');
  const { code, stdout, stderr } = cli(
    fixture('event-calendar'),
    '-o',
    out,
    '--refresh',
    'P1D',
    '--uid-domain',
    'termine.example',
  );
  assert.equal(code, 0);
  assert.equal(stdout, '');
  assert.match(stderr, /19 Termine nach .*kalender\.ics geschrieben/);
  const { calendar, events } = parse(readFileSync(out, 'utf8'));
  assert.equal(String(calendar.getFirstPropertyValue('refresh-interval')), 'P1D');
  assert.ok(events.every((e) => e.uid.endsWith('@termine.example')));
});

test('ics: reads a feed from a URL', async () => {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(readFileSync(fixture('event-calendar')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const dir = mkdtempSync(join(tmpdir(), 'kgc-ics-'));
  const out = join(dir, 'url.ics');
  try {
    const code = await icsCommand([`http://127.0.0.1:${port}/feed.json`, '-o', out]);
    assert.equal(code, 0);
    assert.equal(parse(readFileSync(out, 'utf8')).events.length, 19);
  } finally {
    server.close();
  }
});

test('ics: a feed with errors writes nothing and exits 1, naming each problem by its path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kgc-ics-'));
  const out = join(dir, 'nothing.ics');
  const { code, stdout, stderr } = cli(fixture('event-partial'), '-o', out);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.equal(existsSync(out), false);
  assert.match(stderr, /3 Fehler/);
  assert.match(stderr, /events\[1\]\.start/);
  assert.match(stderr, /events\[2\]\.start: kein gültiges Datum/);
  assert.match(stderr, /events\[3\]\.end: das Ende liegt vor dem Beginn/);
  const version = cli(fixture('version2'));
  assert.equal(version.code, 1);
  assert.equal(version.stdout, '');
});

test('ics: usage errors exit 2', () => {
  assert.equal(cli().code, 2);
  assert.equal(cli(fixture('event-calendar'), '--refresh', 'hourly').code, 2);
  assert.equal(cli(fixture('event-calendar'), '--unknown').code, 2);
});

test('ics: an unreadable file exits 1, like validate', () => {
  const { code, stdout, stderr } = cli('/nonexistent/feed.json');
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /nicht gelesen werden/);
});
