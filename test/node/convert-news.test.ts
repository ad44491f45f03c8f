// News feeds → feed news items (src/convert/news.ts), the JSON Feed mapping the news list shares
// (src/feed/jsonfeed.ts) and HTML → text (src/feed/html-text.ts), with feeds as WordPress, TYPO3 (EXT:news),
// Hugo (Atom) and Micro.blog (JSON Feed 1.1) write them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseNewsDate, readNewsFeed } from '../../src/convert/news.js';
import { htmlToText } from '../../src/feed/html-text.js';
import { headingFrom, mapJsonFeedItems, readJsonFeed } from '../../src/feed/jsonfeed.js';
import { describeSkipped } from '../../src/feed/parse.js';
import type { NewsItem } from '../../src/feed/schema.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const utc = (items: NewsItem[]) => items.map((i) => [i.title, new Date(i.date).toISOString()]);
const V11 = 'https://jsonfeed.org/version/1.1';

test('HTML → text: no markup, no script or style content, entities decoded, paragraphs and breaks kept', () => {
  assert.equal(
    htmlToText(
      '<p>Erster&nbsp;Absatz mit <b>fett</b> &amp; <a href="x?a=1&amp;b=2" title="a > b">Link</a>.</p>\n' +
        '<script>alert("x")</script><style>p { color: red }</style><!-- Kommentar -->' +
        '<p>Zweiter<br>Zeile zwei<br/>Zeile drei</p><ul><li>eins</li><li>zwei</li></ul>',
    ),
    'Erster\u00a0Absatz mit fett & Link.\n\nZweiter\nZeile zwei\nZeile drei\n\neins\nzwei',
  );
  assert.equal(
    htmlToText('&#8222;Zitat&#8220; &#x2013; &bdquo;&ldquo; &euro; &unknown; a < b'),
    '„Zitat“ – „“ € &unknown; a < b',
  );
  assert.equal(htmlToText('<SCRIPT type="module">nie</SCRIPT >Text<template><p>nie</p></template>'), 'Text');
  assert.equal(htmlToText('vorher<script>unbeendet'), 'vorher');
  assert.equal(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;'), '<script>alert(1)</script>');
  assert.equal(htmlToText('  viel   \n\n  Leerraum\t<div>  im  Block </div>  '), 'viel Leerraum\n\nim Block');
  assert.equal(htmlToText('&#0;&#xD800;&#1114112;'), '\ufffd\ufffd\ufffd');
  assert.equal(htmlToText(''), '');
});

test('dates: RFC 822 as feeds write it and ISO 8601, to ISO with Berlin’s offset', () => {
  const cases: [string, string | undefined][] = [
    ['Tue, 10 Feb 2026 08:30:12 +0000', '2026-02-10T09:30:12+01:00'],
    ['Tue, 10 Feb 2026 08:30:12 GMT', '2026-02-10T09:30:12+01:00'],
    ['10 Feb 26 09:30 +0100', '2026-02-10T09:30:00+01:00'],
    ['Wed, 1 Jul 2026 12:00:00 EDT', '2026-07-01T18:00:00+02:00'],
    ['Mi, 18 Feb 2026 09:15:00 MEZ', '2026-02-18T09:15:00+01:00'],
    ['Di, 17 Mär 2026 10:00:00 +0100', '2026-03-17T10:00:00+01:00'],
    ['Tue, 10 Feb 2026 09:30:12', '2026-02-10T09:30:12+01:00'],
    ['2026-02-10T09:30:12+01:00', '2026-02-10T09:30:12+01:00'],
    ['2026-07-10T08:00:00.123Z', '2026-07-10T10:00:00+02:00'],
    ['2026-02-05 14:00', '2026-02-05T14:00:00+01:00'],
    ['2026-02-05', '2026-02-05'],
    ['Fri, 30 Feb 2026 10:00:00 +0100', undefined],
    ['2026-02-30', undefined],
    ['Tue, 10 Foo 2026 10:00:00 +0100', undefined],
    ['Tue, 10 Feb 2026 10:00:00 XYZ', undefined],
    ['gestern', undefined],
  ];
  for (const [input, expected] of cases) assert.equal(parseNewsDate(input), expected, input);
});

test('RSS 2.0 from WordPress: dc:creator, HTML descriptions (CDATA) as text, categories as tags', () => {
  const { items, problems } = readNewsFeed(fixture('convert/wordpress.rss'), 'wordpress.rss');
  assert.deepEqual(problems, []);
  assert.deepEqual(items, [
    {
      id: 'https://www.gesundheit-bb.example/?p=4711',
      title: 'Fachtag „Gesundes Quartier“ in Magdeburg',
      date: '2026-02-10T09:30:12+01:00',
      author: 'Anna Beispiel',
      summary:
        'Rund 120 Fachkräfte aus Kommunen, Krankenkassen und Wohlfahrtsverbänden tauschten sich über Gesundheitsförderung im Quartier aus.\n\n' +
        'Der nächste Fachtag folgt im Herbst\u00a02026 – save the date! Weiterlesen …',
      url: 'https://www.gesundheit-bb.example/2026/02/fachtag-gesundes-quartier/',
      tags: ['Quartier', 'Sachsen-Anhalt'],
    },
    {
      id: 'https://www.gesundheit-bb.example/?p=4698',
      title: 'Neue Materialien: Gesund aufwachsen in der Kita',
      date: '2026-01-29T16:04:00+01:00',
      author: 'Redaktion',
      summary:
        'Drei neue Arbeitshilfen:\n\nBewegung im Kita-Alltag\nEssen & Trinken\nElternarbeit <kurz erklärt>\n\nKostenlos\u00a0bestellen.',
      url: 'https://www.gesundheit-bb.example/2026/01/materialien-kita/',
      tags: ['Gesund aufwachsen', 'Kita'],
    },
  ]);
  assert.deepEqual(utc(items), [
    ['Fachtag „Gesundes Quartier“ in Magdeburg', '2026-02-10T08:30:12.000Z'],
    ['Neue Materialien: Gesund aufwachsen in der Kita', '2026-01-29T15:04:00.000Z'],
  ]);
  assert.doesNotMatch(JSON.stringify(items), /kgcPwned|Werbung|wp-block|<p>/);
});

test('RSS 2.0 from TYPO3 news: escaped HTML, author e-mail with name, German and zone-less dates; bad dates reported by line', () => {
  const { items, problems } = readNewsFeed(fixture('convert/typo3.rss'), 'aktuelles.rss');
  assert.deepEqual(items, [
    {
      id: 'news-1342',
      title: 'Partnerprozess: Halle (Saale) tritt bei',
      date: '2026-03-02T10:00:00+01:00',
      author: 'Redaktion LVG',
      summary:
        'Die Stadt Halle (Saale) ist dem kommunalen Partnerprozess „Gesundheit für alle“ beigetreten.\n\nAnsprechpartnerin: Frau Müller\nTel. 0391 123456',
      url: 'https://www.lvg-lsa.example/aktuelles/detail/partnerprozess-halle-saale-tritt-bei',
      tags: ['Partnerprozess'],
    },
    {
      id: 'news-1338',
      title: 'Werkstatt Gesundheitsförderung in Lebenswelten',
      date: '2026-02-18T09:15:00+01:00',
      summary: 'Einladung zur Werkstatt am 24. März.',
      url: 'https://www.lvg-lsa.example/aktuelles/detail/werkstatt-lebenswelten',
    },
    {
      id: 'news-1335',
      title: 'Dokumentation der Regionalkonferenz online',
      date: '2026-02-05T14:00:00+01:00',
      url: 'https://www.lvg-lsa.example/aktuelles/detail/doku-regionalkonferenz',
    },
  ]);
  assert.deepEqual(
    problems.map((p) => [p.file, p.row, p.column, p.message.de]),
    [
      [
        'aktuelles.rss',
        37,
        'pubDate',
        '„Fri, 30 Feb 2026 10:00:00 +0100“ ist kein lesbares Datum (erwartet z. B. „Tue, 10 Feb 2026 09:30:00 +0100“ oder „2026-02-10T09:30:00+01:00“) – „Meldung mit kaputtem Datum“ wird ausgelassen',
      ],
      [
        'aktuelles.rss',
        43,
        'pubDate',
        'der Eintrag „Meldung ohne Datum“ hat kein Datum (pubDate) – er wird ausgelassen',
      ],
    ],
  );
  assert.equal(problems[1].message.en, 'the item "Meldung ohne Datum" has no date (pubDate) – it is left out');
});

test('Atom 1.0 from Hugo: xhtml content and html titles as text, category labels, updated when not published', () => {
  const { items, problems } = readNewsFeed(fixture('convert/blog.atom'), 'atom.xml');
  assert.deepEqual(problems, []);
  assert.deepEqual(items, [
    {
      id: 'tag:kgc-sachsen.example,2026-03-02:/2026/kinderarmut-auswertung/',
      title: 'Kinderarmut & Gesundheit: neue Auswertung',
      date: '2026-03-02T10:00:00+01:00',
      author: 'Ben Muster',
      summary:
        'Die neue Auswertung zeigt, wie eng Armut und Gesundheit von Kindern zusammenhängen.\n\nMehr im Bericht (PDF).\nStand: März 2026',
      url: 'https://www.kgc-sachsen.example/2026/kinderarmut-auswertung/',
      tags: ['Kinderarmut', 'Gesund aufwachsen'],
    },
    {
      id: 'https://www.kgc-sachsen.example/2026/regionalkonferenz-leipzig/',
      title: 'Regionalkonferenz in Leipzig',
      date: '2026-01-20T09:00:00+01:00',
      summary: 'Rückblick auf die Regionalkonferenz <2026> mit 80 Teilnehmenden.',
      url: 'https://www.kgc-sachsen.example/2026/regionalkonferenz-leipzig/',
    },
  ]);
  assert.deepEqual(utc(items), [
    ['Kinderarmut & Gesundheit: neue Auswertung', '2026-03-02T09:00:00.000Z'],
    ['Regionalkonferenz in Leipzig', '2026-01-20T08:00:00.000Z'],
  ]);
});

const MICROBLOG = [
  {
    id: 'http://annabeispiel.micro.blog/2026/03/04/153210.html',
    title: 'Heute beim Fachtag in Magdeburg: 120 Leute & viele gute Ideen für gesunde…',
    date: '2026-03-04T15:32:10+01:00',
    author: 'Anna Beispiel',
    summary: 'Heute beim Fachtag in Magdeburg: 120 Leute & viele gute Ideen für gesunde Quartiere.',
    url: 'https://anna.example.com/2026/03/04/153210.html',
    tags: ['Fachtag'],
  },
  {
    id: 'http://annabeispiel.micro.blog/2026/02/20/gesundheitskioske.html',
    title: 'Was Gesundheitskioske leisten',
    date: '2026-02-20T09:00:00+01:00',
    author: 'Anna Beispiel',
    summary: 'Ein längerer Beitrag über Gesundheitskioske.\n\nZweiter Absatz mit Link.',
    url: 'https://anna.example.com/2026/02/20/gesundheitskioske.html',
    tags: ['Gesundheitskiosk', 'Quartier'],
  },
  {
    id: 'http://annabeispiel.micro.blog/2026/02/11/linkblog.html',
    title: 'Lesetipp: der neue Bericht zur Gesundheit im ländlichen Raum, mit Zahlen für…',
    date: '2026-02-11T18:45:00+01:00',
    author: 'Anna Beispiel',
    summary:
      'Lesetipp: der neue Bericht zur Gesundheit im ländlichen Raum, mit Zahlen für alle Landkreise und vielen Beispielen aus der Praxis.',
    url: 'https://www.example.net/bericht-laendlicher-raum',
  },
];

test('JSON Feed 1.1 as Micro.blog writes it: untitled notes, content_html only, date_modified, external_url, feed author', () => {
  const text = fixture('news-microblog.json');
  const { items, problems } = readNewsFeed(text, 'feed.json');
  assert.deepEqual(problems, []);
  assert.deepEqual(items, MICROBLOG);
  // The news list reads the same document with the same mapping.
  const { feed, issues } = readJsonFeed(JSON.parse(text));
  assert.deepEqual(issues, []);
  assert.deepEqual(feed.news, MICROBLOG);
  assert.doesNotMatch(JSON.stringify(items), /kgcPwned|<img|<p>/);
});

test('JSON Feed mapping: each rule, and each problem in German', () => {
  const item = (extra: Record<string, unknown>) => ({ id: 'x', date_published: '2026-01-02T10:00:00+01:00', ...extra });
  const { news, problems } = mapJsonFeedItems({
    version: V11,
    items: [
      item({ id: 'kurz', content_text: 'Nur eine kurze Notiz.' }),
      item({ id: 7, title: 'Zahl als id', summary: 'S', content_text: 'T', content_html: '<p>H</p>' }),
      item({ id: 'text', title: 'T', content_text: 'Text', content_html: '<p>HTML</p>' }),
      { id: 'geändert', title: 'Nur geändert', date_modified: '2026-01-03' },
      item({ id: 'bad-published', title: 'Datum kaputt', date_published: '2026-02-30', date_modified: '2026-01-04' }),
      item({ id: 'no-date', title: 'Ohne Datum', date_published: undefined }),
      item({ id: 'empty' }),
      item({ id: 'bad-url', title: 'Adresse', url: 'kein Link', external_url: 'https://example.org/extern' }),
      item({ id: 'bad-tags', title: 'Schlagwörter', tags: ['gut', 7, ' '] }),
      item({ id: 'kurz', title: 'Doppelt' }),
      'kein Objekt',
      item({ id: '', title: 'Leere id' }),
      item({ id: 'author-1.0', title: 'Autor 1.0', author: { name: 'Alte Form' } }),
    ],
  });
  assert.deepEqual(news, [
    { id: 'kurz', title: 'Nur eine kurze Notiz.', date: '2026-01-02T10:00:00+01:00' },
    { id: '7', title: 'Zahl als id', date: '2026-01-02T10:00:00+01:00', summary: 'S' },
    { id: 'text', title: 'T', date: '2026-01-02T10:00:00+01:00', summary: 'Text' },
    { id: 'geändert', title: 'Nur geändert', date: '2026-01-03' },
    { id: 'bad-published', title: 'Datum kaputt', date: '2026-01-04' },
    { id: 'bad-url', title: 'Adresse', date: '2026-01-02T10:00:00+01:00', url: 'https://example.org/extern' },
    { id: 'bad-tags', title: 'Schlagwörter', date: '2026-01-02T10:00:00+01:00', tags: ['gut'] },
    { id: 'author-1.0', title: 'Autor 1.0', date: '2026-01-02T10:00:00+01:00', author: 'Alte Form' },
  ]);
  assert.deepEqual(
    problems.map((p) => [p.index, p.field, p.skipped, p.de]),
    [
      [4, 'date_published', false, '„2026-02-30“ ist kein Datum nach RFC 3339 (z. B. 2024-02-10T09:30:00+01:00)'],
      [5, undefined, true, 'der Eintrag hat kein gültiges Datum (date_published oder date_modified)'],
      [6, undefined, true, 'der Eintrag hat weder Titel noch Text (title, summary, content_text oder content_html)'],
      [7, 'url', false, '„kein Link“ ist keine gültige Adresse (URL)'],
      [8, 'tags[1]', false, '7 ist kein Schlagwort (Text)'],
      [8, 'tags[2]', false, '„ “ ist kein Schlagwort (Text)'],
      [9, 'id', true, 'die id „kurz“ kommt mehrfach vor'],
      [10, undefined, true, 'der Eintrag ist kein JSON-Objekt'],
      [11, 'id', true, 'der Eintrag hat keine id (in JSON Feed Pflicht)'],
    ],
  );
  for (const p of problems) assert.ok(p.en.length > 5);
});

test('the news list’s warnings name each problem in German by its JSON path', () => {
  const { issues } = readJsonFeed({
    version: V11,
    items: [
      { id: 'a', title: 'Ohne Datum' },
      { id: 'b', title: 'Kaputte Adresse', date_published: '2026-01-02', url: 'kaputt' },
    ],
  });
  assert.deepEqual(describeSkipped(issues), [
    'kgc-widgets: skipped items[0]: items[0]: der Eintrag hat kein gültiges Datum (date_published oder date_modified)',
    'kgc-widgets: skipped items[1].url: items[1].url: „kaputt“ ist keine gültige Adresse (URL)',
  ]);
  assert.deepEqual(
    issues.map((i) => [i.item, i.params?.en]),
    [
      ['items[0]', 'the item has no valid date (date_published or date_modified)'],
      [undefined, '"kaputt" is not a valid URL'],
    ],
  );
});

test('a heading from text: the first line, cut at a word before 80 characters', () => {
  assert.equal(headingFrom('Kurz.\nZweite Zeile'), 'Kurz.');
  assert.equal(headingFrom('a'.repeat(100)), `${'a'.repeat(79)}…`);
  const long = 'Wort '.repeat(30);
  assert.equal(headingFrom(long), `${'Wort '.repeat(15).trim()}…`);
});

test('bad input: not a feed, broken XML, broken JSON, a JSON file that is no JSON Feed — German problems naming the file', () => {
  const cases: [string, RegExp][] = [
    [
      'Titel;Datum\nEine Zeile;2026-01-01',
      /^die Datei ist kein lesbarer Newsfeed \(RSS 2\.0, Atom 1\.0 oder JSON Feed\)/,
    ],
    ['<html><body>Kein Feed</body></html>', /^die Datei ist kein lesbarer Newsfeed/],
    ['{"version": "https://jsonfeed.org/version/1.1", "items": [', /^die Datei ist kein gültiges JSON: /],
    ['{"version": 1, "news": []}', /^die Datei ist kein JSON Feed \(erwartet: "version"/],
  ];
  for (const [text, message] of cases) {
    const { items, problems } = readNewsFeed(text, 'quelle.xml');
    assert.deepEqual(items, []);
    assert.equal(problems.length, 1, text);
    assert.equal(problems[0].file, 'quelle.xml');
    assert.match(problems[0].message.de, message);
    assert.ok(problems[0].message.en.length > 10);
  }
  const rss = readNewsFeed(
    '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>T</title>\n<item><description>Nur Text</description><pubDate>gestern</pubDate></item>\n<item><pubDate>Tue, 10 Feb 2026 08:30:12 +0000</pubDate></item></channel></rss>',
    'kurz.rss',
  );
  assert.deepEqual(
    rss.problems.map((p) => [p.row, p.column, p.message.de]),
    [
      [
        3,
        'pubDate',
        '„gestern“ ist kein lesbares Datum (erwartet z. B. „Tue, 10 Feb 2026 09:30:00 +0100“ oder „2026-02-10T09:30:00+01:00“) – „Nur Text“ wird ausgelassen',
      ],
      [4, 'title', 'der Eintrag hat weder Titel noch Text (title, description) – er wird ausgelassen'],
    ],
  );
});
