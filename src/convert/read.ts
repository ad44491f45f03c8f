/**
 * One source's bytes → its items and problems, whatever it is: a spreadsheet (CSV, TSV, .xlsx), an iCalendar
 * file or a news feed (RSS, Atom, JSON Feed). The file's extension picks the reader; a name without one is
 * read by its content. Environment-neutral: the CLI and the Feed-Werkstatt page pass what differs between
 * Node and a browser (the Windows-1252 decoder, the .xlsx reader).
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
  /** The name problems give (the path as the publisher wrote it, or the file's name in a page). */
  file: string;
  mapping?: ColumnMapping;
  /** The days whose occurrences of calendar series are kept. */
  window: Period;
  /** Windows-1252 decoder for text that is not UTF-8 (Node: iconv-lite; browsers: TextDecoder). */
  legacy: (bytes: Uint8Array) => string;
  /** The first sheet of an .xlsx file as rows of cells. */
  readXlsx: (bytes: Uint8Array) => Promise<Cell[][]>;
}

type Kind = 'table' | 'xlsx' | 'calendar' | 'news';

const EXTENSIONS: Record<string, Kind> = {
  '.csv': 'table',
  '.tsv': 'table',
  '.txt': 'table',
  '.xlsx': 'xlsx',
  '.ics': 'calendar',
  '.rss': 'news',
  '.atom': 'news',
  '.xml': 'news',
  '.json': 'news',
};

/** `.ics` of `termine.ics`; empty when the name has none. */
function extensionOf(file: string): string {
  const name = file.replace(/^.*[\\/]/, '');
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** What the content is, by its first bytes: an .xlsx (a ZIP file), a calendar, a news feed, or unknown. */
function sniff(bytes: Uint8Array, text: () => string): Kind | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  const head = text()
    .replace(/^\uFEFF/, '')
    .slice(0, 1000)
    .trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'calendar';
  if (/^</.test(head) || /^\{[\s\S]*jsonfeed\.org\/version\//.test(head)) return 'news';
  return undefined;
}

/** The collection a calendar or news feed fills, with its name for messages. */
const ONLY: Record<'calendar' | 'news', { collection: CollectionName; de: string; en: string }> = {
  calendar: {
    collection: 'events',
    de: 'ein Kalender (iCalendar) und liefert Termine',
    en: 'a calendar (iCalendar) and gives events',
  },
  news: {
    collection: 'news',
    de: 'ein Newsfeed (RSS, Atom oder JSON Feed) und liefert Meldungen',
    en: 'a news feed (RSS, Atom or JSON Feed) and gives news items',
  },
};

const failed = ({ collection, file }: ReadOptions, message: SourceProblem['message']): Source => ({
  collection,
  file,
  result: { items: [], problems: [{ file, message }] },
});

/** Reads one source of a collection; every problem names `options.file`. */
export async function readSource(bytes: Uint8Array, options: ReadOptions): Promise<Source> {
  const { collection, file } = options;
  let decoded: string | undefined;
  const text = () => (decoded ??= decodeText(bytes, options.legacy));
  const ext = extensionOf(file);
  const kind = EXTENSIONS[ext] ?? sniff(bytes, text);
  if (!kind)
    return failed(options, {
      de: `das Format „${ext || 'ohne Endung'}“ wird nicht gelesen: erwartet werden Tabellen (.csv, .tsv, .xlsx), Kalender (.ics) oder Newsfeeds (RSS, Atom, JSON Feed)`,
      en: `the format "${ext || 'without extension'}" is not read: expected spreadsheets (.csv, .tsv, .xlsx), calendars (.ics) or news feeds (RSS, Atom, JSON Feed)`,
    });
  if ((kind === 'calendar' || kind === 'news') && ONLY[kind].collection !== collection) {
    const only = ONLY[kind];
    return failed(options, {
      de: `die Datei ist ${only.de}: bitte als Sammlung „${only.collection}“ angeben`,
      en: `the file is ${only.en}: please give it as collection "${only.collection}"`,
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
    const day = `${String(Number(today.slice(0, 4)) + years).padStart(4, '0')}${today.slice(4)}`;
    // 29 February in a year without it: 28 February.
    return day.endsWith('-02-29') && addDays(day, 0) !== day ? addDays(day, -1) : day;
  };
  return { from: shift(-1), to: shift(2) };
}
