/**
 * `kgc-feed build`: the feed from the publishers' own files (spreadsheets now; calendars and news feeds
 * through their readers). Node only: reads files, decodes legacy code pages, opens .xlsx; the conversion
 * itself is src/convert/ (shared with the browser page).
 *
 *   kgc-feed build [--projects F] [--partners F] [--offices F] [--events F] [--news F] (-o FILE | --split DIR) [--partial]
 *   kgc-feed build --config kgc-feed.config.json
 *
 * Exit codes: 0 written, 1 invalid data (nothing written unless --partial), 2 wrong usage.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { readSheet } from 'read-excel-file/node';
import { assemble, COLLECTION_NAMES, serialize, type Source } from '../convert/assemble.js';
import { BuildConfig } from '../convert/config.js';
import { decodeText, parseDelimited } from '../convert/csv.js';
import { formatProblem } from '../convert/report.js';
import { readTable, type ColumnMapping } from '../convert/table.js';
import { templateCsv } from '../convert/template.js';
import type { CollectionName } from '../convert/types.js';
import type { Cell } from '../convert/values.js';
import type { Lang } from './common.js';
import { writeSplit } from './split.js';

const TEXT = {
  de: {
    usage: `Aufruf:
  kgc-feed build [--projects DATEI] [--partners DATEI] [--offices DATEI] [--events DATEI] [--news DATEI]
                 (-o AUSGABE | --split ORDNER) [--partial] [--lang de|en]
  kgc-feed build --config kgc-feed.config.json
  kgc-feed template projects.csv|partners.csv|offices.csv|events.csv|news.csv
Jede Quellenoption darf mehrfach vorkommen. Tabellen: .csv, .tsv, .txt, .xlsx.`,
    problems: (n: number) => `✗ ${n} ${n === 1 ? 'Problem' : 'Probleme'} gefunden:`,
    nothing: 'Es wurde nichts geschrieben (mit --partial werden die gültigen Einträge geschrieben).',
    notes: (n: number) => `${n} ${n === 1 ? 'Hinweis' : 'Hinweise'}:`,
    written: (file: string, counts: string) => `✓ ${file} geschrieben: ${counts}.`,
    unreadable: (detail: string) => `die Datei kann nicht gelesen werden (${detail})`,
    format: (ext: string) =>
      `das Format „${ext || 'ohne Endung'}“ wird nicht gelesen: bitte als .csv oder .xlsx speichern`,
    config: (detail: string) => `die Konfiguration ist ungültig: ${detail}`,
    noSource: 'keine Quelle angegeben (z. B. --projects projekte.csv)',
    noOutput: 'keine Ausgabe angegeben (-o feed.json oder --split ORDNER)',
    template: (file: string) => `✓ Vorlage ${file} geschrieben.`,
  },
  en: {
    usage: `Usage:
  kgc-feed build [--projects FILE] [--partners FILE] [--offices FILE] [--events FILE] [--news FILE]
                 (-o OUT | --split DIR) [--partial] [--lang de|en]
  kgc-feed build --config kgc-feed.config.json
  kgc-feed template projects.csv|partners.csv|offices.csv|events.csv|news.csv
Each source option may repeat. Spreadsheets: .csv, .tsv, .txt, .xlsx.`,
    problems: (n: number) => `✗ ${n} ${n === 1 ? 'problem' : 'problems'} found:`,
    nothing: 'Nothing was written (with --partial the valid items are written).',
    notes: (n: number) => `${n} ${n === 1 ? 'note' : 'notes'}:`,
    written: (file: string, counts: string) => `✓ ${file} written: ${counts}.`,
    unreadable: (detail: string) => `the file cannot be read (${detail})`,
    format: (ext: string) => `the format "${ext || 'without extension'}" is not read: please save as .csv or .xlsx`,
    config: (detail: string) => `the configuration is invalid: ${detail}`,
    noSource: 'no source given (e.g. --projects projects.csv)',
    noOutput: 'no output given (-o feed.json or --split DIR)',
    template: (file: string) => `✓ Template ${file} written.`,
  },
};

const COUNT_LABELS: Record<Lang, Record<CollectionName, string>> = {
  de: {
    projects: 'Projekte',
    partners: 'Partner',
    offices: 'Koordinierungsstellen',
    events: 'Termine',
    news: 'Meldungen',
  },
  en: { projects: 'projects', partners: 'partners', offices: 'offices', events: 'events', news: 'news items' },
};

class UsageError extends Error {}

function parseArgs(args: string[], lang: Lang): { config: BuildConfig; base: string } | { configFile: string } {
  const sources: Partial<Record<CollectionName, string[]>> = {};
  let output: string | undefined;
  let split: string | undefined;
  let partial = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const next = args[++i];
      if (next === undefined || next.startsWith('-'))
        throw new UsageError(`${arg}: ${lang === 'de' ? 'Wert fehlt' : 'value missing'}`);
      return next;
    };
    const name = arg.replace(/^--/, '') as CollectionName;
    if (arg.startsWith('--') && COLLECTION_NAMES.includes(name)) (sources[name] ??= []).push(value());
    else if (arg === '-o' || arg === '--output') output = value();
    else if (arg === '--split') split = value();
    else if (arg === '--partial') partial = true;
    else if (arg === '--config') return { configFile: value() };
    else throw new UsageError(`${lang === 'de' ? 'unbekannte Angabe' : 'unknown argument'}: ${arg}`);
  }
  return { config: { sources, output, split, partial }, base: process.cwd() };
}

const legacy = (bytes: Uint8Array) => iconv.decode(Buffer.from(bytes), 'windows-1252');

/** One spreadsheet → its items and problems. */
async function readSpreadsheet(
  path: string,
  file: string,
  collection: CollectionName,
  mapping: ColumnMapping | undefined,
): Promise<Source> {
  const ext = extname(path).toLowerCase();
  const failed = (de: string, en: string): Source => ({
    collection,
    file,
    result: { items: [], problems: [{ file, message: { de, en } }] },
  });
  if (!['.xlsx', '.csv', '.tsv', '.txt'].includes(ext)) return failed(TEXT.de.format(ext), TEXT.en.format(ext));
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failed(TEXT.de.unreadable(detail), TEXT.en.unreadable(detail));
  }
  let rows: Cell[][];
  if (ext === '.xlsx') {
    try {
      rows = (await readSheet(bytes)) as Cell[][];
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return failed(TEXT.de.unreadable(detail), TEXT.en.unreadable(detail));
    }
  } else {
    const parsed = parseDelimited(decodeText(bytes, legacy), file);
    if (parsed.problems.length) return { collection, file, result: { items: [], problems: parsed.problems } };
    rows = parsed.rows;
  }
  const table = readTable(rows, file, collection, mapping);
  return { collection, file, result: table, origins: table.origins, notes: table.notes };
}

export async function buildCommand(args: string[], lang: Lang, out: (line: string) => void): Promise<number> {
  const text = TEXT[lang];
  let config: BuildConfig;
  let base: string;
  try {
    const parsed = parseArgs(args, lang);
    if ('configFile' in parsed) {
      base = dirname(resolve(parsed.configFile));
      let json: unknown;
      try {
        json = JSON.parse(await readFile(parsed.configFile, 'utf8'));
      } catch (error) {
        out(`${parsed.configFile}: ${text.unreadable(error instanceof Error ? error.message : String(error))}`);
        return 2;
      }
      const checked = BuildConfig.safeParse(json);
      if (!checked.success) {
        const detail = checked.error.issues.map((i) => `${i.path.join('.') || '/'}: ${i.message}`).join('; ');
        out(`${parsed.configFile}: ${text.config(detail)}`);
        return 2;
      }
      config = checked.data;
    } else ({ config, base } = parsed);
    if (!COLLECTION_NAMES.some((c) => config.sources[c]?.length)) throw new UsageError(text.noSource);
    if (!config.output && !config.split) throw new UsageError(text.noOutput);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out(`${error.message}\n${text.usage}`);
    return 2;
  }

  const sources: Source[] = [];
  for (const collection of COLLECTION_NAMES)
    for (const file of config.sources[collection] ?? [])
      sources.push(await readSpreadsheet(resolve(base, file), file, collection, config.columns?.[collection]));

  const head = Object.fromEntries(
    (['title', 'language', 'homePageUrl', 'calendarUrl', 'updated'] as const)
      .filter((k) => config[k] !== undefined)
      .map((k) => [k, config[k]]),
  );
  const { feed, problems, notes } = assemble(sources, head);
  if (problems.length) {
    out(text.problems(problems.length));
    for (const problem of problems) out(`  ${formatProblem(problem, lang)}`);
    if (!config.partial) {
      out(text.nothing);
      return 1;
    }
  }
  if (notes.length) {
    out(text.notes(notes.length));
    for (const note of notes) out(`  ${formatProblem(note, lang)}`);
  }
  const counts = COLLECTION_NAMES.filter((c) => feed[c].length)
    .map((c) => `${feed[c].length} ${COUNT_LABELS[lang][c]}`)
    .join(', ');
  if (config.output) {
    await writeFile(resolve(base, config.output), serialize(feed));
    out(text.written(config.output, counts || '0'));
  }
  if (config.split) {
    await writeSplit(feed, resolve(base, config.split));
    out(text.written(join(config.split, 'index.json'), counts || '0'));
  }
  return 0;
}

const TEMPLATES = new Set(COLLECTION_NAMES.map((c) => `${c}.csv`));

/** `kgc-feed template projects.csv`: writes the template under that name (a path may lead to it). */
export async function templateCommand(args: string[], lang: Lang, out: (line: string) => void): Promise<number> {
  const name = args.find((a) => !a.startsWith('-'));
  const file = name?.replace(/^.*[\\/]/, '');
  if (!name || !file || !TEMPLATES.has(file)) {
    out(TEXT[lang].usage);
    return 2;
  }
  await writeFile(name, templateCsv(file.slice(0, -'.csv'.length) as CollectionName));
  out(TEXT[lang].template(name));
  return 0;
}
