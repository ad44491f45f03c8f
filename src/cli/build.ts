/**
 * `kgc-feed build`: the feed from the publishers' own files: spreadsheets, calendars (iCalendar) and news
 * feeds (RSS, Atom, JSON Feed), as files or http(s) addresses. Node only: reads files, fetches addresses,
 * decodes legacy code pages, opens .xlsx; the conversion itself is src/convert/ (read.ts picks the reader; it
 * is shared with the browser page).
 *
 *   kgc-feed build [--projects F] [--partners F] [--offices F] [--events F|URL] [--news F|URL]
 *                  [--from YYYY-MM-DD --to YYYY-MM-DD] (-o FILE | --split DIR) [--partial]
 *   kgc-feed build --config kgc-feed.config.json
 *
 * Exit codes: 0 written, 1 invalid data (nothing written unless --partial), 2 wrong usage.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { readSheet } from 'read-excel-file/node';
import { assemble, COLLECTION_NAMES, serialize, type Assembled, type Source } from '../convert/assemble.js';
import { BuildConfig } from '../convert/config.js';
import type { Period } from '../convert/ical.js';
import { LABELS, defaultPeriod, readSource } from '../convert/read.js';
import { formatProblem } from '../convert/report.js';
import { addDays } from '../convert/time.js';
import { templateCsv } from '../convert/template.js';
import type { CollectionName } from '../convert/types.js';
import type { Cell } from '../convert/values.js';
import type { Lang } from './common.js';
import { writeSplit } from './split.js';

const TEXT = {
  de: {
    usage: `Aufruf:
  kgc-feed build [--projects DATEI] [--partners DATEI] [--offices DATEI] [--events DATEI|URL] [--news DATEI|URL]
                 [--from JJJJ-MM-TT --to JJJJ-MM-TT] (-o AUSGABE | --split ORDNER) [--partial] [--lang de|en]
  kgc-feed build --config kgc-feed.config.json
  kgc-feed template projects.csv|partners.csv|offices.csv|events.csv|news.csv
Jede Quellenoption darf mehrfach vorkommen. Tabellen: .csv, .tsv, .txt, .xlsx; Termine auch als iCalendar (.ics),
Meldungen auch als RSS, Atom oder JSON Feed. --from/--to: die Tage, aus denen Terminserien übernommen werden
(Standard: ein Jahr vor bis zwei Jahre nach heute).`,
    problems: (n: number) => `✗ ${n} ${n === 1 ? 'Problem' : 'Probleme'} gefunden:`,
    nothing: 'Es wurde nichts geschrieben (mit --partial werden die gültigen Einträge geschrieben).',
    notes: (n: number) => `${n} ${n === 1 ? 'Hinweis' : 'Hinweise'}:`,
    written: (file: string, counts: string) => `✓ ${file} geschrieben: ${counts}.`,
    unreadable: (detail: string) => `die Datei kann nicht gelesen werden (${detail})`,
    unreachable: (detail: string) => `die Adresse ist nicht erreichbar (${detail})`,
    status: (status: string) => `der Server antwortet mit HTTP ${status}`,
    timeout: (seconds: number) => `der Server antwortet nicht innerhalb von ${seconds} Sekunden`,
    scheme: 'nur http- und https-Adressen werden abgerufen',
    day: (option: string, value: string) =>
      `${option}: „${value}“ ist kein Tag (erwartet: JJJJ-MM-TT, z. B. 2026-01-31)`,
    order: (from: string, to: string) => `der Zeitraum endet (${to}) vor seinem Beginn (${from})`,
    config: (detail: string) => `die Konfiguration ist ungültig: ${detail}`,
    noSource: 'keine Quelle angegeben (z. B. --projects projekte.csv)',
    noOutput: 'keine Ausgabe angegeben (-o feed.json oder --split ORDNER)',
    template: (file: string) => `✓ Vorlage ${file} geschrieben.`,
  },
  en: {
    usage: `Usage:
  kgc-feed build [--projects FILE] [--partners FILE] [--offices FILE] [--events FILE|URL] [--news FILE|URL]
                 [--from YYYY-MM-DD --to YYYY-MM-DD] (-o OUT | --split DIR) [--partial] [--lang de|en]
  kgc-feed build --config kgc-feed.config.json
  kgc-feed template projects.csv|partners.csv|offices.csv|events.csv|news.csv
Each source option may repeat. Spreadsheets: .csv, .tsv, .txt, .xlsx; events also as iCalendar (.ics), news
also as RSS, Atom or JSON Feed. --from/--to: the days whose occurrences of calendar series are kept
(default: a year before to two years after today).`,
    problems: (n: number) => `✗ ${n} ${n === 1 ? 'problem' : 'problems'} found:`,
    nothing: 'Nothing was written (with --partial the valid items are written).',
    notes: (n: number) => `${n} ${n === 1 ? 'note' : 'notes'}:`,
    written: (file: string, counts: string) => `✓ ${file} written: ${counts}.`,
    unreadable: (detail: string) => `the file cannot be read (${detail})`,
    unreachable: (detail: string) => `the address cannot be reached (${detail})`,
    status: (status: string) => `the server answers HTTP ${status}`,
    timeout: (seconds: number) => `the server does not answer within ${seconds} seconds`,
    scheme: 'only http and https addresses are fetched',
    day: (option: string, value: string) => `${option}: "${value}" is not a day (expected YYYY-MM-DD, e.g. 2026-01-31)`,
    order: (from: string, to: string) => `the period ends (${to}) before it begins (${from})`,
    config: (detail: string) => `the configuration is invalid: ${detail}`,
    noSource: 'no source given (e.g. --projects projects.csv)',
    noOutput: 'no output given (-o feed.json or --split DIR)',
    template: (file: string) => `✓ Template ${file} written.`,
  },
};

class UsageError extends Error {}

function parseArgs(args: string[], lang: Lang): { config: BuildConfig; base: string } | { configFile: string } {
  const sources: Partial<Record<CollectionName, string[]>> = {};
  let output: string | undefined;
  let split: string | undefined;
  let partial = false;
  let from: string | undefined;
  let to: string | undefined;
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
    else if (arg === '--from') from = value();
    else if (arg === '--to') to = value();
    else if (arg === '--config') return { configFile: value() };
    else throw new UsageError(`${lang === 'de' ? 'unbekannte Angabe' : 'unknown argument'}: ${arg}`);
  }
  return { config: { sources, output, split, partial, from, to }, base: process.cwd() };
}

const legacy = (bytes: Uint8Array) => iconv.decode(Buffer.from(bytes), 'windows-1252');
const readXlsx = async (bytes: Uint8Array) => (await readSheet(Buffer.from(bytes))) as Cell[][];

/** How long a source address may take to answer. */
const FETCH_TIMEOUT_S = 30;

/** The bytes of a file or an http(s) address (redirects followed), or the problem that stopped it, in both languages. */
async function readBytes(source: string, base: string): Promise<Uint8Array | { de: string; en: string }> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source) && !/^https?:\/\//i.test(source))
    return { de: TEXT.de.scheme, en: TEXT.en.scheme };
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await fetch(source, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_S * 1000) });
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError')
        return { de: TEXT.de.timeout(FETCH_TIMEOUT_S), en: TEXT.en.timeout(FETCH_TIMEOUT_S) };
      const detail = describeError(error);
      return { de: TEXT.de.unreachable(detail), en: TEXT.en.unreachable(detail) };
    }
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return { de: TEXT.de.status(status), en: TEXT.en.status(status) };
    }
    return new Uint8Array(await response.arrayBuffer());
  }
  try {
    return await readFile(resolve(base, source));
  } catch (error) {
    const detail = describeError(error);
    return { de: TEXT.de.unreadable(detail), en: TEXT.en.unreadable(detail) };
  }
}

/** An error's own words; for a failed fetch its cause's (`connect ECONNREFUSED 127.0.0.1:9`). */
function describeError(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** `--from`/`--to` or the config's `from`/`to`, each a real day, in order; the default for what is not given. */
function periodOf(config: BuildConfig, lang: Lang): Period {
  const fallback = defaultPeriod();
  const period = { from: config.from ?? fallback.from, to: config.to ?? fallback.to };
  for (const [option, value] of [
    ['--from', period.from],
    ['--to', period.to],
  ] as const)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || addDays(value, 0) !== value)
      throw new UsageError(TEXT[lang].day(option, value));
  if (period.to < period.from) throw new UsageError(TEXT[lang].order(period.from, period.to));
  return period;
}

/** The feed from a config's sources (files relative to `base`, or addresses), with every problem and note; writes nothing. */
export async function buildFeed(config: BuildConfig, base: string, window: Period): Promise<Assembled> {
  const sources: Source[] = [];
  for (const collection of COLLECTION_NAMES)
    for (const file of config.sources[collection] ?? []) {
      const bytes = await readBytes(file, base);
      if (bytes instanceof Uint8Array)
        sources.push(
          await readSource(bytes, {
            collection,
            file,
            mapping: config.columns?.[collection],
            window,
            legacy,
            readXlsx,
          }),
        );
      else sources.push({ collection, file, result: { items: [], problems: [{ file, message: bytes }] } });
    }

  const head = Object.fromEntries(
    (['title', 'language', 'homePageUrl', 'calendarUrl', 'updated'] as const)
      .filter((k) => config[k] !== undefined)
      .map((k) => [k, config[k]]),
  );
  return assemble(sources, head);
}

export async function buildCommand(args: string[], lang: Lang, out: (line: string) => void): Promise<number> {
  const text = TEXT[lang];
  let config: BuildConfig;
  let base: string;
  let window: Period;
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
    window = periodOf(config, lang);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out(`${error.message}\n${text.usage}`);
    return 2;
  }

  const { feed, problems, notes } = await buildFeed(config, base, window);
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
    .map((c) => `${feed[c].length} ${LABELS[c][lang]}`)
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
