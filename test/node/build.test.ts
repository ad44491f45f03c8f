// `kgc-feed build` and `template`, in Node, on files as office suites write them (test/fixtures/build/):
// Excel's UTF-8 CSV with BOM and `;`, LibreOffice's CSV with `,`, old Excel's Windows-1252 CSV, an .xlsx
// with real date cells. Each asserts the exact items; each bad input a German message naming file, row
// and column, exit 1, and no file written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/kgc-feed.js';

const dir = new URL('../fixtures/build/', import.meta.url).pathname;

async function run(...argv: string[]) {
  const lines: string[] = [];
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const code = await main(argv, (line) => lines.push(line));
    return { code, output: lines.join('\n') };
  } finally {
    process.chdir(cwd);
  }
}

const scratch = () => mkdtempSync(join(tmpdir(), 'kgc-build-'));
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

test('build: Excel CSV (UTF-8 BOM, ;, quoted line breaks) → projects', async () => {
  const out = join(scratch(), 'feed.json');
  const { code, output } = await run('build', '--projects', 'projects-excel.csv', '-o', out, '--lang', 'de');
  assert.equal(code, 0, output);
  assert.equal(output, `✓ ${out} geschrieben: 2 Projekte.`);
  assert.deepEqual(read(out), {
    version: 1,
    projects: [
      {
        id: 'gesund-aufwachsen-im-kiez',
        title: 'Gesund aufwachsen im Kiez',
        summary: 'Bewegung und Ernährung in Kitas;\nmit Eltern-Café',
        targetAreas: ['Bewegung', 'Ernährung'],
        settings: ['Kita'],
        targetGroups: ['Kinder', 'Eltern'],
        period: { start: '2024-01' },
        provider: { name: 'Gesundheit Berlin-Brandenburg e. V.' },
        contact: { name: 'Dr. Erika Muster', email: 'e.muster@example.org' },
        region: { land: 'DE-BE', ags: '11000000' },
        goodPractice: true,
        updated: '2025-03-15',
      },
      {
        id: 'proj-hh-7',
        title: '„Stark im Alter“ – Nachbarschaft',
        summary: 'Treffpunkte für Ältere.',
        targetAreas: ['Soziale Teilhabe'],
        settings: ['Quartier'],
        targetGroups: ['Ältere'],
        period: { start: '2019-05-01', end: '2026-12-31' },
        provider: { name: 'Stadtteilbüro Nord' },
        region: { land: 'DE-HH' },
        goodPractice: false,
        updated: '2025-01-10',
      },
    ],
    partners: [],
    offices: [],
    events: [],
    news: [],
  });
});

test('build: LibreOffice CSV (, and decimal commas) → partners, Land from the AGS, www. made a link', async () => {
  const out = join(scratch(), 'feed.json');
  const { code } = await run('build', '--partners', 'partners-libreoffice.csv', '-o', out);
  assert.equal(code, 0);
  assert.deepEqual(read(out).partners, [
    {
      id: 'landeshauptstadt-kiel',
      name: 'Landeshauptstadt Kiel',
      kind: 'Kommune',
      region: { land: 'DE-SH', district: 'Kiel', ags: '01002000' },
      location: { lat: 54.3233, lon: 10.1228 },
      joined: '2013',
      url: 'https://www.kiel.de',
      focus: ['Kinder', 'Familien'],
    },
    {
      id: 'soldiner-strasse',
      name: 'Soldiner Straße',
      kind: 'Quartier',
      region: { land: 'DE-BE', district: 'Mitte', ags: '11000000' },
      location: { lat: 52.5566, lon: 13.379 },
      joined: '2016-05',
    },
  ]);
});

test('build: Windows-1252 CSV (€, „“) and an .xlsx with date cells → events in Europe/Berlin time', async () => {
  const out = join(scratch(), 'feed.json');
  const { code, output } = await run(
    'build',
    '--events',
    'events-windows1252.csv',
    '--events',
    'events-excel.xlsx',
    '-o',
    out,
    '--lang',
    'en',
  );
  assert.equal(code, 0, output);
  assert.equal(output, `✓ ${out} written: 4 events.`);
  assert.deepEqual(read(out).events, [
    {
      id: 'fachtag-gesundheit-im-quartier-2026-04-26',
      title: 'Fachtag „Gesundheit im Quartier“',
      start: '2026-04-26T10:00:00+02:00',
      end: '2026-04-26T16:00:00+02:00',
      location: { name: 'Rathaus Kreuzberg', address: { locality: 'Berlin' } },
      summary: 'Teilnahmebeitrag 15 €, Anmeldung erbeten.',
      region: { land: 'DE-BE' },
      tags: ['Quartier'],
    },
    {
      // 09:30 on the day clocks go forward (Excel stores it as 09:29:59.999).
      id: 'netzwerktreffen-kiel-2026-03-29',
      title: 'Netzwerktreffen Kiel',
      start: '2026-03-29T09:30:00+02:00',
      end: '2026-03-29T12:00:00+02:00',
      location: { address: { locality: 'Kiel' }, online: false },
      region: { land: 'DE-SH', ags: '01002000' },
    },
    {
      id: 'sommerakademie-2026-07-01',
      title: 'Sommerakademie',
      start: '2026-07-01',
      end: '2026-07-03',
      location: { address: { locality: 'Leipzig' }, online: false },
      region: { land: 'DE-SN' },
    },
    {
      id: 'winterforum-2026-01-13',
      title: 'Winterforum',
      start: '2026-01-13',
      location: { address: { locality: 'Potsdam' } },
      summary: 'Ganztägig;\nmit Mittagessen',
      region: { land: 'DE-BB' },
      tags: ['Forum', 'Kinder'],
      status: 'cancelled',
    },
  ]);
});

test('build: the same input gives byte-identical output, whatever the order of the sources', async () => {
  const [a, b] = [join(scratch(), 'a.json'), join(scratch(), 'b.json')];
  await run('build', '--events', 'events-excel.xlsx', '--events', 'events-windows1252.csv', '-o', a);
  await run('build', '--events', 'events-windows1252.csv', '--events', 'events-excel.xlsx', '-o', b);
  assert.equal(readFileSync(a, 'utf8'), readFileSync(b, 'utf8'));
});

test('build: two rows with the same title get ids that differ by their content, not by their order', async () => {
  const folder = scratch();
  const csv = (rows: string[]) => ['Titel;Datum', ...rows].join('\n');
  writeFileSync(join(folder, 'a.csv'), csv(['Rundbrief;01.02.2026', 'Rundbrief;01.02.2026 12:00']));
  writeFileSync(join(folder, 'b.csv'), csv(['Rundbrief;01.02.2026 12:00', 'Rundbrief;01.02.2026']));
  await run('build', '--news', join(folder, 'a.csv'), '-o', join(folder, 'a.json'));
  await run('build', '--news', join(folder, 'b.csv'), '-o', join(folder, 'b.json'));
  const ids = read(join(folder, 'a.json')).news.map((n: { id: string }) => n.id);
  assert.equal(ids.length, 2);
  assert.notEqual(ids[0], ids[1]);
  for (const id of ids) assert.match(id, /^rundbrief-2026-02-01-[0-9a-f]{8}$/);
  assert.equal(readFileSync(join(folder, 'a.json'), 'utf8'), readFileSync(join(folder, 'b.json'), 'utf8'));
});

test('build: partners without coordinates get the centre of their Gemeinde (AGS, ARS) or Kreis, and the report says which', async () => {
  const out = join(scratch(), 'feed.json');
  const { code, output } = await run('build', '--partners', 'partners-keys.csv', '-o', out);
  assert.equal(code, 0, output);
  assert.equal(
    output,
    [
      '3 Hinweise:',
      '  partners-keys.csv, Zeile 2, Spalte „AGS“: Lage: Mittelpunkt der Gemeinde 01002000',
      '  partners-keys.csv, Zeile 3, Spalte „AGS“: Lage: Mittelpunkt des Kreises 03159 (Gemeinde 03159016 nicht im Stand 2016)',
      '  partners-keys.csv, Zeile 4, Spalte „ARS“: Lage: Mittelpunkt der Gemeinde 11000000',
      `✓ ${out} geschrieben: 4 Partner.`,
    ].join('\n'),
  );
  assert.deepEqual(
    read(out).partners.map((p: { id: string; location: unknown }) => [p.id, p.location]),
    [
      ['land-berlin', { lat: 52.502, lon: 13.402 }],
      ['landeshauptstadt-kiel', { lat: 54.325, lon: 10.132 }],
      ['soldiner-strasse', { lat: 52.5566, lon: 13.379 }],
      ['stadt-goettingen', { lat: 51.564, lon: 10.087 }],
    ],
  );
});

test('build: a partner with neither coordinates nor a known key is reported, not guessed', async () => {
  const out = join(scratch(), 'feed.json');
  const { code, output } = await run('build', '--partners', 'bad-location.csv', '-o', out);
  assert.equal(code, 1);
  assert.equal(
    output,
    [
      '✗ 2 Probleme gefunden:',
      '  bad-location.csv, Zeile 2, Spalte „Breitengrad“: Breitengrad und Längengrad fehlen (oder ein AGS/ARS, aus dem die Lage folgt)',
      '  bad-location.csv, Zeile 3, Spalte „AGS“: keine Koordinaten, und zu diesem Schlüssel ist weder Gemeinde noch Kreis bekannt',
      'Es wurde nichts geschrieben (mit --partial werden die gültigen Einträge geschrieben).',
    ].join('\n'),
  );
  assert.equal(existsSync(out), false);
});

test('build --split: the feed index and its parts, which validate --parts accepts', async () => {
  const folder = join(scratch(), 'kgc');
  const { code, output } = await run('build', '--events', 'events-windows1252.csv', '--split', folder);
  assert.equal(code, 0, output);
  assert.equal(output, `✓ ${join(folder, 'index.json')} geschrieben: 2 Termine.`);
  const validated = await run('validate', join(folder, 'index.json'), '--parts');
  assert.equal(validated.code, 0, validated.output);
  const broken = join(scratch(), 'kgc');
  const bad = await run('build', '--events', 'bad-date.csv', '--split', broken);
  assert.equal(bad.code, 1);
  assert.equal(existsSync(broken), false);
});

const BAD: [string, string[], string][] = [
  [
    'a missing required column',
    ['--projects', 'bad-missing-column.csv'],
    'bad-missing-column.csv, Zeile 1, Spalte „Titel“: die Pflichtspalte „Titel“ fehlt in der Kopfzeile',
  ],
  [
    'a date that does not exist',
    ['--events', 'bad-date.csv'],
    'bad-date.csv, Zeile 3, Spalte „Beginn“: den Tag „31.02.2026“ gibt es nicht',
  ],
  [
    'an unknown Land',
    ['--projects', 'bad-land.csv'],
    'bad-land.csv, Zeile 3, Spalte „Bundesland“: „Preußen“ ist kein Bundesland: erwartet wird ein Name wie Baden-Württemberg oder ein Kürzel wie BW oder DE-BW',
  ],
  [
    'an AGS that lost its leading zero',
    ['--partners', 'bad-ags.csv'],
    'bad-ags.csv, Zeile 2, Spalte „AGS“: „1002000“ ist ungültig: ein Amtlicher Gemeindeschlüssel (AGS) hat genau 8 Ziffern (fehlt die führende 0? Die Spalte als Text formatieren)',
  ],
  [
    'an unclosed quote',
    ['--projects', 'bad-quote.csv'],
    'bad-quote.csv, Zeile 2: die Datei ist keine lesbare CSV-Datei (Quote Not Closed: the parsing is finished with an opening quote at line 2)',
  ],
  [
    'a file that is not an .xlsx',
    ['--events', 'not-a-spreadsheet.xlsx'],
    "not-a-spreadsheet.xlsx: die Datei kann nicht gelesen werden (Doesn't look like an `.xlsx` file)",
  ],
  [
    'a file that is not there',
    ['--projects', 'fehlt.csv'],
    `fehlt.csv: die Datei kann nicht gelesen werden (ENOENT: no such file or directory, open '${dir}fehlt.csv')`,
  ],
  [
    'a format that is not read',
    ['--projects', 'projekte.ods'],
    'projekte.ods: das Format „.ods“ wird nicht gelesen: erwartet werden Tabellen (.csv, .tsv, .xlsx), Kalender (.ics) oder Newsfeeds (RSS, Atom, JSON Feed)',
  ],
];

for (const [what, args, message] of BAD) {
  test(`build: ${what} → a German message naming file, row and column; exit 1; nothing written`, async () => {
    const out = join(scratch(), 'feed.json');
    const { code, output } = await run('build', ...args, '-o', out);
    assert.equal(code, 1);
    assert.equal(
      output,
      [
        '✗ 1 Problem gefunden:',
        `  ${message}`,
        'Es wurde nichts geschrieben (mit --partial werden die gültigen Einträge geschrieben).',
      ].join('\n'),
    );
    assert.equal(existsSync(out), false);
  });
}

test('build --partial: writes the valid rows and lists the skipped ones', async () => {
  const out = join(scratch(), 'feed.json');
  const { code, output } = await run('build', '--projects', 'bad-land.csv', '-o', out, '--partial', '--lang', 'en');
  assert.equal(code, 0);
  assert.match(output, /bad-land\.csv, row 3, column "Bundesland": "Preußen" is not a Land/);
  assert.deepEqual(
    read(out).projects.map((p: { title: string }) => p.title),
    ['Projekt A'],
  );
});

test('build: wrong usage exits 2 with the usage text', async () => {
  const none = await run('build', '-o', 'x.json');
  assert.equal(none.code, 2);
  assert.match(none.output, /keine Quelle angegeben/);
  const noOut = await run('build', '--projects', 'projects-excel.csv');
  assert.equal(noOut.code, 2);
  assert.match(noOut.output, /keine Ausgabe angegeben \(-o feed\.json oder --split ORDNER\)/);
  const unknown = await run('build', '--projekte', 'a.csv', '-o', 'x.json');
  assert.equal(unknown.code, 2);
  assert.match(unknown.output, /unbekannte Angabe: --projekte/);
});

test('build --config: sources relative to the config file, a column mapping, the feed head', async () => {
  const folder = scratch();
  writeFileSync(join(folder, 'liste.csv'), 'Projektname;Land\nKiezküche;Bremen\n');
  writeFileSync(
    join(folder, 'kgc-feed.config.json'),
    JSON.stringify({
      title: 'KGC Bremen',
      sources: { projects: ['liste.csv'] },
      columns: { projects: { Projektname: 'title', Land: 'region.land' } },
      output: 'feed.json',
    }),
  );
  const { code, output } = await run('build', '--config', join(folder, 'kgc-feed.config.json'));
  assert.equal(code, 0, output);
  assert.deepEqual(read(join(folder, 'feed.json')), {
    version: 1,
    title: 'KGC Bremen',
    projects: [
      {
        id: 'kiezkueche',
        title: 'Kiezküche',
        targetAreas: [],
        settings: [],
        targetGroups: [],
        region: { land: 'DE-HB' },
      },
    ],
    partners: [],
    offices: [],
    events: [],
    news: [],
  });
  writeFileSync(join(folder, 'bad.config.json'), JSON.stringify({ sources: { projekte: ['liste.csv'] } }));
  const bad = await run('build', '--config', join(folder, 'bad.config.json'));
  assert.equal(bad.code, 2);
  assert.match(bad.output, /die Konfiguration ist ungültig: sources: /);
});

test('template: the headers and one example row, which build turns into a valid feed', async () => {
  const folder = scratch();
  const names = ['projects', 'partners', 'offices', 'events', 'news'];
  for (const name of names) {
    const { code, output } = await run('template', join(folder, `${name}.csv`));
    assert.equal(code, 0);
    assert.equal(output, `✓ Vorlage ${join(folder, `${name}.csv`)} geschrieben.`);
  }
  const projects = readFileSync(join(folder, 'projects.csv'), 'utf8');
  assert.ok(projects.startsWith('\ufeffID;Titel;Kurzbeschreibung;Website;Zielbereich;Lebenswelt;Zielgruppe;'));
  assert.equal(projects.split('\r\n').length, 3);
  const args = names.flatMap((name) => [`--${name}`, join(folder, `${name}.csv`)]);
  const out = join(folder, 'feed.json');
  const built = await run('build', ...args, '-o', out);
  assert.equal(built.code, 0, built.output);
  const validated = await run('validate', out);
  assert.equal(validated.code, 0, validated.output);
  assert.match(validated.output, /gültig \(5 Einträge\)/);
  const wrong = await run('template', 'projekte.csv');
  assert.equal(wrong.code, 2);
});

test('docs/kgc-feed.config.schema.json accepts a config build accepts and refuses a misspelt one', async () => {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const schema = JSON.parse(readFileSync(new URL('../../docs/kgc-feed.config.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv2020({ strict: false }).compile(schema);
  assert.equal(
    validate({
      $schema: './node_modules/kgc-widgets/docs/kgc-feed.config.schema.json',
      title: 'KGC Bremen',
      sources: { projects: ['projekte.xlsx'], events: ['termine.csv'] },
      columns: { projects: { Projektname: 'title' } },
      output: 'public/feed.json',
    }),
    true,
  );
  assert.equal(validate({ sources: { projekte: ['a.csv'] } }), false);
});

test('docs: the committed templates are what `template` writes, and publishers.md lists every column', async () => {
  const { COLUMNS } = await import('../../src/convert/columns.js');
  const { templateCsv } = await import('../../src/convert/template.js');
  const docs = readFileSync(new URL('../../docs/publishers.md', import.meta.url), 'utf8');
  for (const collection of ['projects', 'partners', 'offices', 'events', 'news'] as const) {
    const committed = readFileSync(new URL(`../../docs/vorlagen/${collection}.csv`, import.meta.url), 'utf8');
    assert.equal(committed, templateCsv(collection), `docs/vorlagen/${collection}.csv`);
    const section = docs.split(`(\`--${collection}\`, Vorlage [${collection}.csv](vorlagen/${collection}.csv))`)[1];
    assert.ok(section, `publishers.md has a column table for ${collection}`);
    const table = section.split('\n\n')[1];
    for (const column of COLUMNS[collection])
      assert.ok(table.includes(`| ${column.header} | \`${column.field}\` |`), `${collection}: ${column.header}`);
  }
});
