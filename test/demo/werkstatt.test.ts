/**
 * The Feed-Werkstatt (demo/werkstatt.html): files chosen in the page become feed.json and a report, with the
 * converter of `kgc-feed build`. Mounted here with the page's stylesheets (report, download, language, axe),
 * and once as the real page under its own Content-Security-Policy (no violation, no request).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { convertFiles, mountWerkstatt, type Werkstatt } from '../../demo/werkstatt.js';
import { formatProblem } from '../../src/convert/report.js';
import { readDocument } from '../../src/feed/document.js';
import { openPage } from '../helpers/page.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
const csv = (...rows: string[]) => ['Titel;Zielbereich;Lebenswelt;Zielgruppe;Beginn;Bundesland', ...rows].join('\r\n');
const PROJECTS = csv(
  'Gesund aufwachsen im Kiez;Bewegung;Kita;Kinder;01.2024;Berlin',
  'Bewegte Schule;Bewegung;Schule;Kinder;31.02.2026;Sachsen-Anhalt',
  'Quartiersküche;Ernährung;Quartier;Familien;2025;Bremen',
);
const CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Beispiel//Kalender//DE',
  'BEGIN:VEVENT',
  'UID:fachtag-2027@example.org',
  'DTSTAMP:20260101T000000Z',
  'DTSTART;TZID=Europe/Berlin:20270315T100000',
  'DTEND;TZID=Europe/Berlin:20270315T160000',
  'SUMMARY:Fachtag Gesundheit im Quartier',
  'LOCATION:Rathaus Kreuzberg',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Aktuelles</title><link>https://example.org/</link><description>Meldungen</description>
<item><title>Neue Handreichung erschienen</title><link>https://example.org/aktuelles/handreichung</link>
<guid>https://example.org/aktuelles/handreichung</guid><pubDate>Tue, 10 Feb 2026 08:30:12 +0000</pubDate>
<description>&lt;p&gt;Die Handreichung &amp;bdquo;Gesund im Quartier&amp;ldquo; ist da.&lt;/p&gt;</description></item>
</channel></rss>`;

type Win = Window & typeof globalThis;

/** Puts files into the input as a user's choice would (in `win`'s realm: the test's or the page's). */
function choose(input: HTMLInputElement, files: Record<string, string | Uint8Array>, win: Win = window) {
  input.files = transfer(files, win).files;
  input.dispatchEvent(new win.Event('change', { bubbles: true }));
}
function transfer(files: Record<string, string | Uint8Array>, win: Win = window): DataTransfer {
  const data = new win.DataTransfer();
  for (const [name, content] of Object.entries(files)) data.items.add(new win.File([content as BlobPart], name));
  return data;
}

/** events-excel.xlsx, as Excel writes it: shared strings, date cells, an AGS that lost its leading zero. */
const excel = async () => new Uint8Array(await (await fetch('/test/fixtures/build/events-excel.xlsx')).arrayBuffer());

/**
 * events-excel.xlsx with `rows` events (one per day from 1 July 2026), its sheet deflated as Excel does: over
 * 512 KB of sheet XML, which the unzip library read-excel-file uses would inflate in a `blob:` Worker.
 */
function largeExcel(bytes: Uint8Array, rows: number) {
  const files = unzipSync(bytes);
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
  const row = (r: number, day: number) =>
    `<row r="${r}"><c r="A${r}" t="s"><v>9</v></c><c r="B${r}" s="2"><v>${day}</v></c>` +
    `<c r="C${r}" s="2"><v>${day}</v></c><c r="D${r}" t="s"><v>10</v></c><c r="E${r}" t="s"><v>11</v></c></row>`;
  const body = Array.from({ length: rows }, (_, i) => row(i + 2, 46204 + i)).join('');
  files['xl/worksheets/sheet1.xml'] = strToU8(
    sheet.replace(/(<row r="1">.*?<\/row>).*<\/sheetData>/, `$1${body}</sheetData>`),
  );
  return { xlsx: zipSync(files, { level: 6 }), sheetBytes: files['xl/worksheets/sheet1.xml'].length };
}

let stylesLoaded: Promise<unknown> | undefined;
/** The page's own stylesheets, so axe checks contrast and focus as on the real page. */
function loadStyles() {
  stylesLoaded ??= Promise.all(
    ['/demo/demo.css', '/demo/werkstatt.css'].map(
      (href) =>
        new Promise((resolve) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = href;
          link.onload = link.onerror = resolve;
          document.head.append(link);
        }),
    ),
  );
  return stylesLoaded;
}

const mounted: Werkstatt[] = [];
async function mount() {
  await loadStyles();
  const root = await fixture<HTMLElement>(html`<div lang="de" class="werkstatt"></div>`);
  const werkstatt = mountWerkstatt(root);
  mounted.push(werkstatt);
  return { root, werkstatt };
}
afterEach(() => {
  for (const w of mounted.splice(0)) w.destroy();
});

const $ = <T extends Element = HTMLElement>(root: ParentNode, selector: string) => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((el) => el.textContent!.replace(/\s+/g, ' ').trim());
const status = (root: ParentNode) => $(root, '[role="status"]').textContent!.trim();
const input = (root: ParentNode) => $<HTMLInputElement>(root, 'input[type="file"]');
const buildButton = (root: ParentNode) =>
  [...root.querySelectorAll('button')].find((b) => /Feed erstellen|Build the feed/.test(b.textContent!))!;

/** Chooses the files, ticks the partial option when asked, builds, and waits for the result. */
async function convert(
  root: HTMLElement,
  werkstatt: Werkstatt,
  files: Record<string, string | Uint8Array>,
  partial = false,
) {
  choose(input(root), files);
  await werkstatt.settled;
  if (partial) $<HTMLInputElement>(root, '#ws-partial').click();
  buildButton(root).click();
  await waitUntil(() => /Problem|Feed erstellt|problem|Feed built/.test(status(root)), 'the result is announced');
}

/** The downloaded feed, checked as `kgc-feed validate` checks it. */
async function downloaded(root: ParentNode) {
  const link = $<HTMLAnchorElement>(root, 'a[download="feed.json"]');
  expect(link.href.startsWith('blob:')).to.equal(true);
  const json: unknown = JSON.parse(await (await fetch(link.href)).text());
  const { feed, issues } = readDocument(json);
  expect(issues, 'kgc-feed validate finds no problem').to.deep.equal([]);
  return feed;
}

describe('Feed-Werkstatt', () => {
  it('names the bad row by file, row and column in German, and builds no feed without the partial option', async () => {
    const { root, werkstatt } = await mount();
    await convert(root, werkstatt, { 'projekte.csv': PROJECTS });
    expect($<HTMLSelectElement>(root, '.ws-file select').value, 'guessed from the name').to.equal('projects');
    expect(status(root)).to.equal(
      '1 Problem gefunden. Es wurde kein Feed erstellt (mit „Nur gültige Einträge“ entsteht er aus den gültigen).',
    );
    expect(texts(root, '.ws-problems li')).to.deep.equal([
      'projekte.csv, Zeile 3, Spalte „Beginn“: „31.02.2026“ ist kein Zeitpunkt: erwartet wird ein Jahr (2024), ein Monat (04.2024 oder 2024-04) oder ein Tag (26.04.2024)',
    ]);
    expect(root.querySelector('a[download="feed.json"]') === null, 'no feed to download').to.equal(true);
  });

  it('with “Nur gültige Einträge” offers a feed.json that kgc-feed validate accepts, with the good rows', async () => {
    const { root, werkstatt } = await mount();
    await convert(root, werkstatt, { 'projekte.csv': PROJECTS }, true);
    expect(status(root)).to.equal('Feed mit den gültigen Einträgen erstellt; 1 Problem (ausgelassen).');
    expect(texts(root, '.ws-problems li')).to.have.length(1);
    const feed = await downloaded(root);
    expect(feed.projects.map((p) => p.title)).to.have.members(['Gesund aufwachsen im Kiez', 'Quartiersküche']);
    expect(texts(root, '.ws-preview dt')).to.deep.equal(['Projekte: 2']);
  });

  it('reads a calendar as events and an RSS feed as news', async () => {
    const { root, werkstatt } = await mount();
    await convert(root, werkstatt, { 'termine.ics': CALENDAR, 'aktuelles.rss': RSS });
    expect(werkstatt.chosen.map((c) => c.collection)).to.deep.equal(['events', 'news']);
    expect(status(root)).to.equal('Feed erstellt, keine Probleme.');
    const feed = await downloaded(root);
    expect(feed.events.map((e) => [e.title, e.start, e.end])).to.deep.equal([
      ['Fachtag Gesundheit im Quartier', '2027-03-15T10:00:00+01:00', '2027-03-15T16:00:00+01:00'],
    ]);
    expect(feed.news.map((n) => [n.title, n.date, n.url, n.summary])).to.deep.equal([
      [
        'Neue Handreichung erschienen',
        '2026-02-10T09:30:12+01:00',
        'https://example.org/aktuelles/handreichung',
        'Die Handreichung „Gesund im Quartier“ ist da.',
      ],
    ]);
    expect(texts(root, '.ws-preview dt')).to.deep.equal(['Termine: 1', 'Meldungen: 1']);
  });

  it('reads an .xlsx file with date cells, as Excel writes it', async () => {
    const { root, werkstatt } = await mount();
    await convert(root, werkstatt, { 'Termine 2026.xlsx': await excel() });
    expect(status(root)).to.equal('Feed erstellt, keine Probleme.');
    const feed = await downloaded(root);
    expect(feed.events.map((e) => [e.title, e.start, e.end, e.region?.land])).to.deep.equal([
      ['Netzwerktreffen Kiel', '2026-03-29T09:30:00+02:00', '2026-03-29T12:00:00+02:00', 'DE-SH'],
      ['Sommerakademie', '2026-07-01', '2026-07-03', 'DE-SN'],
    ]);
  });

  it('takes files dropped onto the drop zone', async () => {
    const { root, werkstatt } = await mount();
    const zone = $(root, '.ws-drop');
    const dataTransfer = transfer({ 'aktuelles.rss': RSS });
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer, bubbles: true, cancelable: true }));
    expect(zone.classList.contains('ws-dragging'), 'the zone shows it takes the files').to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }));
    await werkstatt.settled;
    expect(zone.classList.contains('ws-dragging')).to.equal(false);
    expect(werkstatt.chosen.map((c) => [c.file.name, c.collection])).to.deep.equal([['aktuelles.rss', 'news']]);
  });

  it('says when a calendar is given as another collection, and reads it once corrected', async () => {
    const { root, werkstatt } = await mount();
    choose(input(root), { 'export.ics': CALENDAR });
    await werkstatt.settled;
    const select = $<HTMLSelectElement>(root, '.ws-file select');
    select.value = 'projects';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    buildButton(root).click();
    await waitUntil(() => texts(root, '.ws-problems li').length === 1);
    expect(texts(root, '.ws-problems li')[0]).to.equal(
      'export.ics: die Datei ist ein Kalender (iCalendar) und liefert keine Projekte: bitte als Termine angeben (--events)',
    );
    select.value = 'events';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(root.querySelector('.ws-problems') === null, 'a changed choice clears the old report').to.equal(true);
    buildButton(root).click();
    await waitUntil(() => status(root) === 'Feed erstellt, keine Probleme.');
  });

  it('shows a hostile cell as text in the report and the preview, never as markup', async () => {
    const { root, werkstatt } = await mount();
    const files = {
      'projekte.csv': csv(`${HOSTILE};Bewegung;Kita;Kinder;${HOSTILE};Berlin`, `${HOSTILE};a;b;c;2024;BE`),
    };
    await convert(root, werkstatt, files, true);
    expect(texts(root, '.ws-problems li')[0]).to.contain(`„${HOSTILE}“ ist kein Zeitpunkt`);
    expect(texts(root, '.ws-preview li')).to.deep.equal([HOSTILE]);
    expect(root.querySelector('img') === null, 'no img element').to.equal(true);
  });

  it('speaks English when switched, the report lines included', async () => {
    const { root, werkstatt } = await mount();
    await convert(root, werkstatt, { 'projekte.csv': PROJECTS });
    const toggle = $<HTMLButtonElement>(root, '.ws-top button');
    expect(toggle.textContent!.trim()).to.equal('English');
    toggle.click();
    expect(root.getAttribute('lang')).to.equal('en');
    expect(root.querySelector('h1')!.textContent).to.equal('Feed workshop');
    expect(status(root)).to.match(/^1 problem found\. No feed was built/);
    expect(texts(root, '.ws-problems li')).to.deep.equal([
      'projekte.csv, row 3, column "Beginn": "31.02.2026" is not a point in time: expected a year (2024), a month (04.2024 or 2024-04) or a day (26.04.2024)',
    ]);
    expect($(root, 'label[for="ws-partial"]').textContent).to.equal('Valid items only (partial)');
  });

  it('asks for a file before building, and lets a chosen file be removed', async () => {
    const { root, werkstatt } = await mount();
    buildButton(root).click();
    await waitUntil(() => status(root) === 'Bitte zuerst mindestens eine Datei wählen.');
    choose(input(root), { 'partner.csv': 'Name;Art;Bundesland' });
    await werkstatt.settled;
    expect(werkstatt.chosen.map((c) => c.collection)).to.deep.equal(['partners']);
    $<HTMLButtonElement>(root, 'button[aria-label="partner.csv entfernen"]').click();
    expect(werkstatt.chosen).to.deep.equal([]);
    expect(root.querySelector('.ws-file') === null, 'the file is gone').to.equal(true);
  });

  it('reports a file that can no longer be read, and still builds the others', async () => {
    class Gone extends File {
      override arrayBuffer(): Promise<ArrayBuffer> {
        return Promise.reject(new Error('Die Datei wurde verschoben.'));
      }
    }
    const chosen = [
      { file: new Gone([PROJECTS], 'projekte.csv'), collection: 'projects' as const },
      { file: new File([RSS], 'aktuelles.rss'), collection: 'news' as const },
    ];
    const { problems, feed, json } = await convertFiles(chosen, true);
    expect(problems.map((p) => formatProblem(p, 'de'))).to.deep.equal([
      'projekte.csv: die Datei kann nicht gelesen werden (Die Datei wurde verschoben.)',
    ]);
    expect(feed.news.map((n) => n.title)).to.deep.equal(['Neue Handreichung erschienen']);
    expect(json).to.be.a('string');
  });

  it('is accessible (axe) with a report, in German and in English', async () => {
    const { root, werkstatt } = await mount();
    await convert(root, werkstatt, { 'projekte.csv': PROJECTS, 'termine.ics': CALENDAR }, true);
    await expect(root).to.be.accessible();
    $<HTMLButtonElement>(root, '.ws-top button').click();
    await expect(root).to.be.accessible();
  });

  describe('the real page', function () {
    this.timeout(30000);

    it('converts under its Content-Security-Policy without a violation and without a request', async () => {
      const frame = await openPage('/demo/werkstatt.html', 1100, 20000);
      const doc = frame.contentDocument!;
      const win = frame.contentWindow! as Win;
      const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
      expect(policy).to.contain("script-src 'self'").and.to.contain("require-trusted-types-for 'script'");
      const violations: string[] = [];
      doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      await waitUntil(() => doc.querySelector('input[type="file"]'), 'the page renders', { timeout: 10000 });
      expect(doc.querySelectorAll('h1').length, 'the page’s own heading is replaced, not doubled').to.equal(1);
      const requests = () => win.performance.getEntriesByType('resource').map((entry) => entry.name);
      const loaded = requests();

      choose(input(doc), { 'projekte.csv': PROJECTS, 'termine.ics': CALENDAR, 'aktuelles.rss': RSS }, win);
      await waitUntil(() => doc.querySelectorAll('.ws-file').length === 3, 'the files are listed');
      $<HTMLInputElement>(doc, '#ws-partial').click();
      buildButton(doc).click();
      await waitUntil(() => doc.querySelector('a[download="feed.json"]'), 'the feed is offered', { timeout: 10000 });

      expect(texts(doc, '.ws-problems li')).to.deep.equal([
        'projekte.csv, Zeile 3, Spalte „Beginn“: „31.02.2026“ ist kein Zeitpunkt: erwartet wird ein Jahr (2024), ein Monat (04.2024 oder 2024-04) oder ein Tag (26.04.2024)',
      ]);
      expect(texts(doc, '.ws-preview dt')).to.deep.equal(['Projekte: 2', 'Termine: 1', 'Meldungen: 1']);
      expect(violations, 'no CSP violation').to.deep.equal([]);
      expect(requests(), 'no request after the page loaded').to.deep.equal(loaded);
      const feed = await downloaded(doc);
      expect(feed.projects).to.have.length(2);
    });

    it('reads a large .xlsx file under the same policy, without a Worker', async () => {
      const { xlsx, sheetBytes } = largeExcel(await excel(), 3500);
      expect(sheetBytes).to.be.greaterThan(512 * 1024);
      const frame = await openPage('/demo/werkstatt.html', 1100, 20000);
      const doc = frame.contentDocument!;
      const win = frame.contentWindow! as Win;
      const violations: string[] = [];
      doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      await waitUntil(() => doc.querySelector('input[type="file"]'), 'the page renders', { timeout: 10000 });
      choose(input(doc), { 'termine.xlsx': xlsx }, win);
      await waitUntil(() => doc.querySelector('.ws-file'), 'the file is listed');
      buildButton(doc).click();
      await waitUntil(() => doc.querySelector('a[download="feed.json"]'), 'the feed is offered', { timeout: 20000 });
      expect(texts(doc, '.ws-preview dt')).to.deep.equal(['Termine: 3.500']);
      expect(violations, 'no CSP violation').to.deep.equal([]);
    });
  });
});
