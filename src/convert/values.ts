/**
 * From a spreadsheet cell to a feed value: dates (ISO, German `TT.MM.JJJJ`, real date cells), Länder by
 * name or code, keys, numbers with a decimal comma, lists. Each failure is a German and English message.
 */
import { DATE, DATE_TIME, MONTH_OR_DATE } from '../feed/schema.js';
import { LAENDER } from '../feed/laender.js';
import type { CellKind } from './columns.js';
import { BERLIN, berlinDateTime, wallToInstant } from './time.js';

/** What a spreadsheet cell holds: text from a CSV file; numbers, booleans and dates from an .xlsx file. */
export type Cell = string | number | boolean | Date | null | undefined;

export type Converted = { value: unknown } | { error: { de: string; en: string } };

const fail = (de: string, en: string): Converted => ({ error: { de, en } });

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** True when the day exists (no 30 February). */
function realDay(y: number, m: number, d: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A wall-clock time in Europe/Berlin as ISO 8601 with its offset (`2026-04-26T10:00:00+02:00`). */
const berlinWall = (year: number, month: number, day: number, hour: number, minute: number): string =>
  berlinDateTime(wallToInstant(BERLIN, { year, month, day, hour, minute, second: 0 }));

const DATE_HINT = {
  de: 'erwartet wird ein Datum wie 26.04.2026 oder 2026-04-26, mit Uhrzeit 26.04.2026 10:00',
  en: 'expected a date such as 26.04.2026 or 2026-04-26, with a time 26.04.2026 10:00',
};

function toDate(cell: Cell): Converted {
  if (cell instanceof Date) {
    // A date cell carries the wall-clock time in its UTC fields (spreadsheets have no time zone), as a
    // fraction of a day: 09:30 may come back as 09:29:59.999, so it is rounded to the second.
    cell = new Date(Math.round(cell.getTime() / 1000) * 1000);
    const [y, m, d] = [cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()];
    const [hh, mm] = [cell.getUTCHours(), cell.getUTCMinutes()];
    if (hh === 0 && mm === 0 && cell.getUTCSeconds() === 0) return { value: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
    return { value: berlinWall(y, m, d, hh, mm) };
  }
  const text = String(cell).trim();
  if (DATE_TIME.test(text)) return { value: text };
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*Uhr)?)?$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2})?)?$/.exec(text);
  const match = german ? [german[3], german[2], german[1], german[4], german[5]] : iso ? iso.slice(1, 6) : undefined;
  if (!match) return fail(`„${text}“ ist kein Datum: ${DATE_HINT.de}`, `"${text}" is not a date: ${DATE_HINT.en}`);
  const [y, m, d] = match.slice(0, 3).map(Number);
  if (!realDay(y, m, d)) return fail(`den Tag „${text}“ gibt es nicht`, `the day "${text}" does not exist`);
  if (match[3] === undefined) return { value: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
  const [hh, mm] = [Number(match[3]), Number(match[4])];
  if (hh > 23 || mm > 59) return fail(`„${text}“ hat keine gültige Uhrzeit`, `"${text}" has no valid time`);
  return { value: berlinWall(y, m, d, hh, mm) };
}

function toPeriod(cell: Cell): Converted {
  if (cell instanceof Date || (typeof cell === 'string' && /[.:-]\d{2}$|\d{1,2}\.\d{1,2}\.\d{4}/.test(cell.trim()))) {
    const day = toDate(cell);
    if ('value' in day && typeof day.value === 'string' && DATE.test(day.value)) return day;
  }
  const text = String(cell).trim();
  if (typeof cell === 'number' && Number.isInteger(cell)) return { value: pad(cell, 4) };
  const month = /^(\d{1,2})[./](\d{4})$/.exec(text);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12)
    return { value: `${month[2]}-${pad(Number(month[1]))}` };
  if (MONTH_OR_DATE.test(text) && (text.length < 10 || 'value' in toDate(text))) return { value: text };
  return fail(
    `„${text}“ ist kein Zeitpunkt: erwartet wird ein Jahr (2024), ein Monat (04.2024 oder 2024-04) oder ein Tag (26.04.2024)`,
    `"${text}" is not a point in time: expected a year (2024), a month (04.2024 or 2024-04) or a day (26.04.2024)`,
  );
}

const normalize = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

function toLand(cell: Cell): Converted {
  const text = normalize(String(cell));
  const land = LAENDER.find(
    (l) =>
      normalize(l.de) === text ||
      normalize(l.en) === text ||
      l.iso.toLowerCase() === text ||
      l.iso.slice(3).toLowerCase() === text,
  );
  if (land) return { value: land.iso };
  return fail(
    `„${String(cell).trim()}“ ist kein Bundesland: erwartet wird ein Name wie Baden-Württemberg oder ein Kürzel wie BW oder DE-BW`,
    `"${String(cell).trim()}" is not a Land: expected a name such as Baden-Württemberg or a code such as BW or DE-BW`,
  );
}

function toKey(cell: Cell, digits: number, name: { de: string; en: string }): Converted {
  // A number cell has lost its leading zero (Schleswig-Holstein's keys start with 01).
  const text = typeof cell === 'number' ? String(cell).padStart(digits, '0') : String(cell).replace(/\s/g, '');
  if (new RegExp(`^\\d{${digits}}$`).test(text)) return { value: text };
  const lost = /^\d+$/.test(text) && text.length === digits - 1;
  return fail(
    `„${text}“ ist ungültig: ${name.de} hat genau ${digits} Ziffern` +
      (lost ? ' (fehlt die führende 0? Die Spalte als Text formatieren)' : ''),
    `"${text}" is invalid: ${name.en} has exactly ${digits} digits` +
      (lost ? ' (leading 0 lost? Format the column as text)' : ''),
  );
}

function toNumber(cell: Cell): Converted {
  if (typeof cell === 'number') return { value: cell };
  const text = String(cell).trim().replace(',', '.');
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return { value: Number(text) };
  return fail(`„${String(cell).trim()}“ ist keine Zahl`, `"${String(cell).trim()}" is not a number`);
}

function toBool(cell: Cell): Converted {
  if (typeof cell === 'boolean') return { value: cell };
  const text = normalize(String(cell));
  if (['ja', 'x', 'wahr', 'true', 'yes', '1'].includes(text)) return { value: true };
  if (['nein', 'falsch', 'false', 'no', '0', '-'].includes(text)) return { value: false };
  return fail(`„${String(cell).trim()}“: erwartet wird ja oder nein`, `"${String(cell).trim()}": expected ja or nein`);
}

const STATUS: Record<string, string> = {
  geplant: 'scheduled',
  'findet statt': 'scheduled',
  scheduled: 'scheduled',
  abgesagt: 'cancelled',
  'fällt aus': 'cancelled',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  verschoben: 'postponed',
  postponed: 'postponed',
};

function toStatus(cell: Cell): Converted {
  const status = STATUS[normalize(String(cell))];
  if (status) return { value: status };
  return fail(
    `„${String(cell).trim()}“: erwartet wird geplant, abgesagt oder verschoben`,
    `"${String(cell).trim()}": expected geplant, abgesagt or verschoben`,
  );
}

function toUrl(cell: Cell): Converted {
  const text = String(cell).trim();
  const url = /^www\./i.test(text) ? `https://${text}` : text;
  if (/^https?:\/\/[^\s/]+\.[^\s]*$/i.test(url) && URL.canParse(url)) return { value: url };
  return fail(
    `„${text}“ ist keine Web-Adresse: erwartet wird https://…`,
    `"${text}" is not a web address: expected https://…`,
  );
}

function toEmail(cell: Cell): Converted {
  const text = String(cell)
    .trim()
    .replace(/^mailto:/i, '');
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return { value: text };
  return fail(`„${text}“ ist keine E-Mail-Adresse`, `"${text}" is not an e-mail address`);
}

/** Splits a cell with several values on line breaks or `;`. */
export function splitList(cell: Cell): string[] {
  return String(cell)
    .split(/\r\n|\r|\n|;/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Sets `value` at a dotted path (`contacts.0.name` makes an array). */
export function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node: Record<string, unknown> = target;
  keys.slice(0, -1).forEach((key, i) => {
    node[key] ??= /^\d+$/.test(keys[i + 1]) ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
  node[keys[keys.length - 1]] = value;
}

/** True when a cell holds nothing. */
export const isEmpty = (cell: Cell) => cell === null || cell === undefined || String(cell).trim() === '';

/** Reads a non-empty cell as a value of the given kind. */
export function convert(kind: CellKind, cell: Cell): Converted {
  switch (kind) {
    case 'text':
      return cell instanceof Date ? toDate(cell) : { value: String(cell).replace(/\r\n?/g, '\n').trim() };
    case 'list':
      return { value: splitList(cell) };
    case 'date':
      return toDate(cell);
    case 'period':
      return toPeriod(cell);
    case 'land':
      return toLand(cell);
    case 'ags':
      return toKey(cell, 8, {
        de: 'ein Amtlicher Gemeindeschlüssel (AGS)',
        en: 'an Amtlicher Gemeindeschlüssel (AGS)',
      });
    case 'ars':
      return toKey(cell, 12, {
        de: 'ein Amtlicher Regionalschlüssel (ARS)',
        en: 'an Amtlicher Regionalschlüssel (ARS)',
      });
    case 'plz':
      return toKey(cell, 5, { de: 'eine Postleitzahl', en: 'a postal code' });
    case 'email':
      return toEmail(cell);
    case 'url':
      return toUrl(cell);
    case 'number':
      return toNumber(cell);
    case 'bool':
      return toBool(cell);
    case 'status':
      return toStatus(cell);
  }
}
