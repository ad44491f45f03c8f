/**
 * One source's bytes → its items and problems, whatever it is: a spreadsheet (CSV, TSV, .xlsx), an iCalendar
 * file or a news feed (RSS, Atom, JSON Feed). The reader is chosen by the file's extension, or, where the name
 * says nothing (`https://example.org/feed`, `…/export?type=ics`), by the content. Runs in Node and in a page:
 * what needs Node (a Windows-1252 codec, the .xlsx reader) is passed in.
 */
import type { Source } from './assemble.js';
import { decodeText, parseDelimited } from './csv.js';
import { readIcal, type Period } from './ical.js';
import { readNewsFeed } from './news.js';
import { readTable, type ColumnMapping } from './table.js';
import { addDays, berlinDateTime } from './time.js';
import type { CollectionName, SourceProblem } from './types.js';
import type { Cell } from './values.js';

export interface ReadOptions {
  collection: CollectionName;
  /** The name problems give: the path or URL as the publisher wrote it. */
  file: string;
  mapping?: ColumnMapping;
  /** The days whose occurrences of calendar series are kept. */
  window: Period;
  /** Windows-1252 decoder, for text that is not UTF-8 (Node: iconv-lite). */
  legacy: (bytes: Uint8Array) => string;
  /** The first sheet of an .xlsx file as rows of cells (Node: read-excel-file/node). */
  readXlsx: (bytes: Uint8Array) => Promise<Cell[][]>;
}

type Kind = 'table' | 'xlsx' | 'calendar' | 'news';

const EXTENSIONS: Record<string, Kind> = {
  '.csv': 'table',
  '.tsv': 'table',
  '.txt': 'table',
  '.xlsx': 'xlsx',
  '.ics': 'calendar',
  '.ical': 'calendar',
  '.rss': 'news',
  '.atom': 'news',
  '.xml': 'news',
  '.json': 'news',
};

const isAddress = (file: string) => /^https?:\/\//i.test(file) && URL.canParse(file);

/** `.ics` of `termine.ics`, of `https://example.org/kalender.ics?x=1`; empty when the name has none. */
function extensionOf(file: string): string {
  const path = isAddress(file) ? new URL(file).pathname : file;
  const name = path.replace(/^.*[\\/]/, '');
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** What the content is, from its first characters: a calendar, a news feed, an .xlsx (a ZIP file), or unknown. */
function sniff(bytes: Uint8Array, text: () => string): Kind | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  const head = text()
    .replace(/^\uFEFF/, '')
    .slice(0, 2000)
    .trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'calendar';
  // After the XML declaration, processing instructions (`<?xml-stylesheet …?>`) and comments.
  if (/^(<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(head)) return 'news';
  if (/^\{[\s\S]*"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head)) return 'news';
  return undefined;
}

const NAMES: Record<'calendar' | 'news', { de: string; en: string; option: CollectionName }> = {
  calendar: { de: 'ein Kalender (iCalendar)', en: 'a calendar (iCalendar)', option: 'events' },
  news: { de: 'ein Newsfeed (RSS, Atom oder JSON Feed)', en: 'a news feed (RSS, Atom or JSON Feed)', option: 'news' },
};

/** A collection's name in a sentence ("keine Termine", "12 Termine"). */
export const LABELS: Record<CollectionName, { de: string; en: string }> = {
  projects: { de: 'Projekte', en: 'projects' },
  partners: { de: 'Partner', en: 'partners' },
  offices: { de: 'Koordinierungsstellen', en: 'offices' },
  events: { de: 'Termine', en: 'events' },
  news: { de: 'Meldungen', en: 'news items' },
};

const failed = (options: ReadOptions, message: SourceProblem['message']): Source => ({
  collection: options.collection,
  file: options.file,
  result: { items: [], problems: [{ file: options.file, message }] },
});

/** Reads one source of a collection; every problem names `options.file`. */
export async function readSource(bytes: Uint8Array, options: ReadOptions): Promise<Source> {
  const { collection, file } = options;
  let decoded: string | undefined;
  const text = () => (decoded ??= decodeText(bytes, options.legacy));
  const ext = extensionOf(file);
  // A local file's unknown extension is a format of its own (.ods, .docx); an address's may say nothing (.php).
  const kind = EXTENSIONS[ext] ?? (ext === '' || isAddress(file) ? sniff(bytes, text) : undefined);
  if (!kind && (ext === '' || isAddress(file)))
    return failed(options, {
      de: 'am Inhalt ist kein Format zu erkennen: erwartet wird ein Kalender (BEGIN:VCALENDAR) oder ein Newsfeed (RSS, Atom, JSON Feed); Tabellen brauchen die Endung .csv, .tsv oder .xlsx',
      en: 'the content has no format that is read: expected a calendar (BEGIN:VCALENDAR) or a news feed (RSS, Atom, JSON Feed); spreadsheets need the extension .csv, .tsv or .xlsx',
    });
  if (!kind)
    return failed(options, {
      de: `das Format „${ext}“ wird nicht gelesen: erwartet werden Tabellen (.csv, .tsv, .xlsx), Kalender (.ics) oder Newsfeeds (RSS, Atom, JSON Feed)`,
      en: `the format "${ext}" is not read: expected spreadsheets (.csv, .tsv, .xlsx), calendars (.ics) or news feeds (RSS, Atom, JSON Feed)`,
    });

  if ((kind === 'calendar' || kind === 'news') && NAMES[kind].option !== collection) {
    const { de, en, option } = NAMES[kind];
    return failed(options, {
      de: `die Datei ist ${de} und liefert keine ${LABELS[collection].de}: bitte als ${LABELS[option].de} angeben (--${option})`,
      en: `the file is ${en} and gives no ${LABELS[collection].en}: please give it as ${LABELS[option].en} (--${option})`,
    });
  }
  if (kind === 'calendar') return { collection, file, result: readIcal(text(), file, options.window) };
  if (kind === 'news') return { collection, file, result: readNewsFeed(text(), file) };

  let rows: Cell[][];
  if (kind === 'xlsx') {
    try {
      rows = await options.readXlsx(bytes);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return failed(options, {
        de: `die Datei kann nicht gelesen werden (${detail})`,
        en: `the file cannot be read (${detail})`,
      });
    }
  } else {
    const parsed = parseDelimited(text(), file);
    if (parsed.problems.length) return { collection, file, result: { items: [], problems: parsed.problems } };
    rows = parsed.rows;
  }
  const table = readTable(rows, file, collection, options.mapping);
  return { collection, file, result: table, origins: table.origins, notes: table.notes };
}

/** The default window of series: a year before today (in Berlin) to two years after. */
export function defaultPeriod(now: number = Date.now()): Period {
  const today = berlinDateTime(now).slice(0, 10);
  const shift = (years: number) => {
    const moved = `${String(Number(today.slice(0, 4)) + years).padStart(4, '0')}${today.slice(4)}`;
    // 29 February of a year without it: the day before.
    return moved.endsWith('-02-29') && addDays(moved, 0) !== moved ? addDays(moved, -1) : moved;
  };
  return { from: shift(-1), to: shift(2) };
}
