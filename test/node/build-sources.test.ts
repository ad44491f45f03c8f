// `kgc-feed build` from calendars and news feeds, as files and as addresses served by a real local HTTP
// server: the reader picked by extension or content, series expanded within --from/--to, every failure a
// German message naming the file or address, exit 1, nothing written. The whole file runs a second time with
// TZ=America/New_York (last test): nothing may depend on the machine's time zone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/kgc-feed.js';
import { defaultPeriod } from '../../src/convert/read.js';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;

async function run(...argv: string[]) {
  const lines: string[] = [];
  const cwd = process.cwd();
  process.chdir(fixtures);
  try {
    const code = await main(argv, (line) => lines.push(line));
    return { code, output: lines.join('\n') };
  } finally {
    process.chdir(cwd);
  }
}

const scratch = () => mkdtempSync(join(tmpdir(), 'kgc-build-sources-'));
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const GOOGLE = '3k9v2m1q8r7s6t5u4w3x2y1z0a@google.com';
const stammtisch = {
  title: 'Gesundheitsstammtisch Wedding',
  location: { name: 'Nachbarschaftshaus Ackerstraße, Ackerstraße 12, 13355 Berlin, Deutschland' },
  summary: 'Offenes Treffen für alle Interessierten.\n\nMehr unter example.org',
};

if (process.env.KGC_SECOND_TZ) {
  test('this run uses the time zone America/New_York', () => {
    assert.equal(new Date(2026, 0, 1).getTimezoneOffset(), 300);
  });
}

test('build: a Google Calendar export → events; the series expanded within --from/--to, moved and cancelled occurrences kept', async () => {
  const out = join(scratch(), 'feed.json');
  const { code, output } = await run(
    'build',
    '--events',
    'convert/google.ics',
    '--from',
    '2026-10-20',
    '--to',
    '2026-11-10',
    '-o',
    out,
  );
  assert.equal(code, 0, output);
  assert.equal(output, `✓ ${out} geschrieben: 4 Termine.`);
  assert.deepEqual(read(out).events, [
    {
      id: `${GOOGLE}/20261022T160000Z`,
      ...stammtisch,
      start: '2026-10-22T18:00:00+02:00',
      end: '2026-10-22T19:30:00+02:00',
    },
    {
      id: `${GOOGLE}/20261029T170000Z`,
      title: stammtisch.title,
      start: '2026-10-29T18:00:00+01:00',
      end: '2026-10-29T19:30:00+01:00',
      status: 'cancelled',
    },
    {
      id: `${GOOGLE}/20261105T170000Z`,
      ...stammtisch,
      title: 'Gesundheitsstammtisch Wedding (Freitag)',
      start: '2026-11-06T17:00:00+01:00',
      end: '2026-11-06T18:30:00+01:00',
    },
    {
      id: '7h6g5f4e3d2c1b0a9z8y7x6w5v@google.com',
      title: 'Kongress Armut und Gesundheit',
      start: '2026-11-03',
      end: '2026-11-04',
    },
  ]);

  // A wider window: the occurrences before and after come in; the single event stays.
  const wide = join(scratch(), 'feed.json');
  assert.equal(
    (await run('build', '--events', 'convert/google.ics', '--from', '2026-10-01', '--to', '2026-11-30', '-o', wide))
      .code,
    0,
  );
  assert.deepEqual(
    read(wide).events.map((e: { id: string }) => e.id.replace(`${GOOGLE}/`, '')),
    [
      '20261008T160000Z',
      '20261022T160000Z',
      '20261029T170000Z',
      '20261105T170000Z',
      '20261112T170000Z',
      '7h6g5f4e3d2c1b0a9z8y7x6w5v@google.com',
    ],
  );
});

test('build: RSS (WordPress), Atom and JSON Feed → news items, HTML as plain text', async () => {
  const out = join(scratch(), 'feed.json');
  const { code, output } = await run(
    'build',
    '--news',
    'convert/wordpress.rss',
    '--news',
    'convert/blog.atom',
    '--news',
    'news-jsonfeed.json',
    '-o',
    out,
    '--lang',
    'en',
  );
  assert.equal(code, 0, output);
  assert.equal(output, `✓ ${out} written: 7 news items.`);
  const news = read(out).news;
  assert.deepEqual(
    news.map((n: { id: string; title: string; date: string }) => [n.id, n.title, n.date]),
    [
      ['4711', 'Kinderarmut und Gesundheit: neue Auswertung', '2023-11-05T08:00:00Z'],
      [
        'https://www.example.org/aktuelles/2024/fachtag-quartier',
        'Fachtag „Gesundes Quartier“ in Magdeburg',
        '2024-02-10T09:30:00+01:00',
      ],
      [
        'https://www.gesundheit-bb.example/?p=4698',
        'Neue Materialien: Gesund aufwachsen in der Kita',
        '2026-01-29T16:04:00+01:00',
      ],
      [
        'https://www.gesundheit-bb.example/?p=4711',
        'Fachtag „Gesundes Quartier“ in Magdeburg',
        '2026-02-10T09:30:12+01:00',
      ],
      [
        'https://www.kgc-sachsen.example/2026/regionalkonferenz-leipzig/',
        'Regionalkonferenz in Leipzig',
        '2026-01-20T09:00:00+01:00',
      ],
      ['linkblog-1', 'Lesetipp: Bericht zur Gesundheit im ländlichen Raum', '2024-01-15T12:00:00+01:00'],
      [
        'tag:kgc-sachsen.example,2026-03-02:/2026/kinderarmut-auswertung/',
        'Kinderarmut & Gesundheit: neue Auswertung',
        '2026-03-02T10:00:00+01:00',
      ],
    ],
  );
  assert.deepEqual(news[2], {
    id: 'https://www.gesundheit-bb.example/?p=4698',
    title: 'Neue Materialien: Gesund aufwachsen in der Kita',
    date: '2026-01-29T16:04:00+01:00',
    author: 'Redaktion',
    summary:
      'Drei neue Arbeitshilfen:\n\nBewegung im Kita-Alltag\nEssen & Trinken\nElternarbeit <kurz erklärt>\n\nKostenlos\u00a0bestellen.' /* &nbsp; */,
    url: 'https://www.gesundheit-bb.example/2026/01/materialien-kita/',
    tags: ['Gesund aufwachsen', 'Kita'],
  });
});

test('build: the same calendar and feeds give byte-identical output twice', async () => {
  const [a, b] = [join(scratch(), 'a.json'), join(scratch(), 'b.json')];
  const args = [
    '--events',
    'convert/thunderbird.ics',
    '--news',
    'convert/blog.atom',
    '--from',
    '2026-01-01',
    '--to',
    '2026-12-31',
  ];
  assert.equal((await run('build', ...args, '-o', a)).code, 0);
  assert.equal((await run('build', ...args, '-o', b)).code, 0);
  assert.equal(readFileSync(a, 'utf8'), readFileSync(b, 'utf8'));
  assert.equal(read(a).events.length, 12);
});

/** A real HTTP server on 127.0.0.1 with the fixtures at addresses that name no format, a redirect and a 404. */
async function serve(): Promise<{ server: Server; base: string }> {
  const routes: Record<string, [string, string]> = {
    '/kalender?type=ics': ['text/calendar', 'convert/thunderbird.ics'],
    '/aktuelles/feed/': ['application/rss+xml', 'convert/wordpress.rss'],
  };
  const server = createServer((req, res) => {
    if (req.url === '/feed') return void res.writeHead(301, { Location: '/aktuelles/feed/' }).end();
    if (req.url === '/anmelden') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html>');
    const route = routes[req.url ?? ''];
    if (!route) return void res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Nicht gefunden</h1>');
    res.writeHead(200, { 'Content-Type': route[0] }).end(readFileSync(join(fixtures, route[1])));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test('build: events and news from addresses (content sniffed, a redirect followed), also through the config', async () => {
  const { server, base } = await serve();
  try {
    const out = join(scratch(), 'feed.json');
    const args = ['--events', `${base}/kalender?type=ics`, '--news', `${base}/feed`, '--from', '2026-01-01'];
    const { code, output } = await run('build', ...args, '--to', '2026-03-31', '-o', out);
    assert.equal(code, 0, output);
    assert.equal(output, `✓ ${out} geschrieben: 4 Termine, 2 Meldungen.`);
    const feed = read(out);
    assert.deepEqual(
      feed.events.map((e: { title: string; start: string }) => [e.title, e.start]),
      [
        ['Arbeitskreis Gesundheitsförderung im Quartier', '2026-02-11T10:00:00+01:00'],
        ['Arbeitskreis Gesundheitsförderung im Quartier', '2026-03-11T10:00:00+01:00'],
        ['Aktionstag Gesundheit', '2026-05-01'],
        ['Netzwerktreffen Frühe Hilfen', '2026-06-18T09:30:00+02:00'],
      ],
    );
    assert.deepEqual(
      feed.news.map((n: { title: string }) => n.title),
      ['Neue Materialien: Gesund aufwachsen in der Kita', 'Fachtag „Gesundes Quartier“ in Magdeburg'],
    );

    const folder = scratch();
    writeFileSync(
      join(folder, 'kgc-feed.config.json'),
      JSON.stringify({
        sources: { events: [`${base}/kalender?type=ics`] },
        from: '2026-04-01',
        to: '2026-04-30',
        output: 'feed.json',
      }),
    );
    const configured = await run('build', '--config', join(folder, 'kgc-feed.config.json'));
    assert.equal(configured.code, 0, configured.output);
    assert.deepEqual(
      read(join(folder, 'feed.json')).events.map((e: { start: string }) => e.start),
      ['2026-04-08T10:00:00+02:00', '2026-05-01', '2026-06-18T09:30:00+02:00'],
    );
  } finally {
    server.close();
  }
});

test('build: an address that answers 404, one nobody listens on, one not http(s), a web page → German message naming it; exit 1; nothing written', async () => {
  const { server, base } = await serve();
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  try {
    const out = join(scratch(), 'feed.json');
    const { code, output } = await run(
      'build',
      '--events',
      `${base}/termine.ics`,
      '--news',
      `http://127.0.0.1:${port}/feed`,
      '--news',
      'ftp://example.org/feed.rss',
      '--news',
      `${base}/anmelden`,
      '-o',
      out,
    );
    assert.equal(code, 1);
    assert.equal(
      output,
      [
        '✗ 4 Probleme gefunden:',
        `  ${base}/termine.ics: der Server antwortet mit HTTP 404 Not Found`,
        `  http://127.0.0.1:${port}/feed: die Adresse ist nicht erreichbar (connect ECONNREFUSED 127.0.0.1:${port})`,
        '  ftp://example.org/feed.rss: nur http- und https-Adressen werden abgerufen',
        `  ${base}/anmelden: am Inhalt ist kein Format zu erkennen: erwartet wird ein Kalender (BEGIN:VCALENDAR) oder ein Newsfeed (RSS, Atom, JSON Feed); Tabellen brauchen die Endung .csv, .tsv oder .xlsx`,
        'Es wurde nichts geschrieben (mit --partial werden die gültigen Einträge geschrieben).',
      ].join('\n'),
    );
    assert.equal(existsSync(out), false);
  } finally {
    server.close();
  }
});

test('build: not a calendar, a calendar given as projects, a feed given as events → German messages naming the file; exit 1', async () => {
  const folder = scratch();
  writeFileSync(join(folder, 'termine.ics'), 'Titel;Beginn\nFachtag;26.04.2026\n');
  const out = join(folder, 'feed.json');
  const { code, output } = await run(
    'build',
    '--events',
    join(folder, 'termine.ics'),
    '--projects',
    'convert/outlook.ics',
    '--events',
    'convert/typo3.rss',
    '-o',
    out,
  );
  assert.equal(code, 1);
  assert.equal(
    output,
    [
      '✗ 3 Probleme gefunden:',
      '  convert/outlook.ics: die Datei ist ein Kalender (iCalendar) und liefert keine Projekte: bitte als Termine angeben (--events)',
      `  ${join(folder, 'termine.ics')}, Zeile 1: die Datei ist kein Kalender im iCalendar-Format (sie beginnt nicht mit BEGIN:VCALENDAR)`,
      '  convert/typo3.rss: die Datei ist ein Newsfeed (RSS, Atom oder JSON Feed) und liefert keine Termine: bitte als Meldungen angeben (--news)',
      'Es wurde nichts geschrieben (mit --partial werden die gültigen Einträge geschrieben).',
    ].join('\n'),
  );
  assert.equal(existsSync(out), false);
});

test('build: --from/--to that are no days, or in the wrong order, are wrong usage (exit 2)', async () => {
  const out = join(scratch(), 'feed.json');
  const notADay = await run('build', '--events', 'convert/google.ics', '--from', '31.12.2026', '-o', out);
  assert.equal(notADay.code, 2);
  assert.match(
    notADay.output,
    /^--from: „31\.12\.2026“ ist kein Tag \(erwartet: JJJJ-MM-TT, z\. B\. 2026-01-31\)\nAufruf:/,
  );
  const reversed = await run(
    'build',
    '--events',
    'convert/google.ics',
    '--from',
    '2026-12-01',
    '--to',
    '2026-11-01',
    '-o',
    out,
  );
  assert.equal(reversed.code, 2);
  assert.match(reversed.output, /^der Zeitraum endet \(2026-11-01\) vor seinem Beginn \(2026-12-01\)/);
  assert.equal(existsSync(out), false);
});

test('without --from/--to: a year before to two years after today in Berlin (29 February falls back to the 28th)', () => {
  // 23:30 UTC on New Year's Eve is already 1 January in Berlin.
  assert.deepEqual(defaultPeriod(Date.parse('2026-12-31T23:30:00Z')), { from: '2026-01-01', to: '2029-01-01' });
  assert.deepEqual(defaultPeriod(Date.parse('2028-02-29T12:00:00Z')), { from: '2027-02-28', to: '2030-02-28' });
});

if (!process.env.KGC_SECOND_TZ) {
  test('the same tests pass with the machine in America/New_York', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'America/New_York', KGC_SECOND_TZ: '1' };
    delete env.NODE_TEST_CONTEXT; // a test run of its own, reporting to this process's pipe
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-reporter=tap', fileURLToPath(import.meta.url)],
      { encoding: 'utf8', env },
    );
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /# fail 0/);
    assert.match(result.stdout, /# pass 9/);
  });
}
