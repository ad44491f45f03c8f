/**
 * A spreadsheet's rows (header first) → feed items of one collection, each with the row it came from.
 * Row numbers are the spreadsheet's: the header is row 1.
 */
import { landOfKey } from '../feed/laender.js';
import { COLUMNS, EMPTY_LISTS, type Column } from './columns.js';
import type { CollectionName, SourceProblem, SourceResult } from './types.js';
import { convert, isEmpty, setPath, type Cell } from './values.js';
import { agsOfArs, locate } from './locate.js';

/** Where an item came from: file, row and the header (as written there) of each field it filled. */
export interface Origin {
  file: string;
  row: number;
  columns: Record<string, string>;
}

export interface TableResult extends SourceResult {
  /** One per item, in the same order. */
  origins: Origin[];
  /** What the build filled in (a partner's point from its AGS), per row. */
  notes: SourceProblem[];
}

/** A config's column mapping for one collection: header in the file → feed field (`title`, `region.ags`). */
export type ColumnMapping = Record<string, string>;

const normalize = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

const LAND_FIELD = 'region.land';

export function readTable(
  rows: readonly (readonly Cell[])[],
  file: string,
  collection: CollectionName,
  mapping: ColumnMapping = {},
): TableResult {
  const columns = COLUMNS[collection];
  const problems: SourceProblem[] = [];
  const result: TableResult = { items: [], problems, origins: [], notes: [] };
  const header = rows[0]?.map((cell) => (isEmpty(cell) ? '' : String(cell).trim())) ?? [];
  if (header.every((h) => h === '')) {
    problems.push({
      file,
      row: 1,
      message: {
        de: 'die Datei ist leer: erwartet wird eine Kopfzeile mit den Spaltennamen (Vorlage: kgc-feed template)',
        en: 'the file is empty: expected a header row with the column names (template: kgc-feed template)',
      },
    });
    return result;
  }

  const byField = new Map(columns.map((c) => [c.field, c]));
  const byHeader = new Map<string, Column>();
  for (const c of columns) byHeader.set(normalize(c.header), c).set(normalize(c.field), c);
  for (const [from, field] of Object.entries(mapping)) {
    const column = byField.get(field);
    if (column) byHeader.set(normalize(from), column);
    else
      problems.push({
        file,
        row: 1,
        column: from,
        message: {
          de: `die Zuordnung nennt das unbekannte Feld „${field}“`,
          en: `the mapping names the unknown field "${field}"`,
        },
      });
  }

  // Column index → the column it fills; a field filled by two columns is an error.
  const used = new Map<number, Column>();
  const seen = new Map<string, string>();
  header.forEach((name, index) => {
    const column = name ? byHeader.get(normalize(name)) : undefined;
    if (!column) return;
    const earlier = seen.get(column.field);
    if (earlier !== undefined) {
      problems.push({
        file,
        row: 1,
        column: name,
        message: {
          de: `die Spalte füllt dasselbe Feld wie „${earlier}“ (${column.field})`,
          en: `the column fills the same field as "${earlier}" (${column.field})`,
        },
      });
      return;
    }
    seen.set(column.field, name);
    used.set(index, column);
  });
  const hasKeys = seen.has('region.ags') || seen.has('region.ars');
  for (const column of columns) {
    if (!column.required || seen.has(column.field) || (column.field === LAND_FIELD && hasKeys)) continue;
    problems.push({
      file,
      row: 1,
      column: column.header,
      message: {
        de: `die Pflichtspalte „${column.header}“ fehlt in der Kopfzeile`,
        en: `the required column "${column.header}" is missing from the header row`,
      },
    });
  }
  if (problems.length) return result;

  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every(isEmpty)) return;
    const item: Record<string, unknown> = {};
    const origin: Origin = { file, row, columns: {} };
    const before = problems.length;
    for (const [index, column] of used) {
      const cell = cells[index];
      const name = header[index];
      origin.columns[column.field] = name;
      if (isEmpty(cell)) {
        const keyGiven = !isEmpty(cells[keyIndex('region.ags')]) || !isEmpty(cells[keyIndex('region.ars')]);
        const fromKey = column.field === LAND_FIELD && keyGiven;
        if (column.required && !fromKey)
          problems.push({
            file,
            row,
            column: name,
            message: {
              de:
                column.field === LAND_FIELD
                  ? 'das Bundesland fehlt (oder ein AGS/ARS, aus dem es folgt)'
                  : 'die Angabe fehlt (Pflichtfeld)',
              en:
                column.field === LAND_FIELD
                  ? 'the Land is missing (or an AGS/ARS to take it from)'
                  : 'the value is missing (required)',
            },
          });
        continue;
      }
      const converted = convert(column.kind, cell);
      if ('error' in converted) problems.push({ file, row, column: name, message: converted.error });
      else if (!(Array.isArray(converted.value) && converted.value.length === 0))
        setPath(item, column.field, converted.value);
    }
    const region = item.region as Record<string, string> | undefined;
    if (region && !region.land) {
      const land = landOfKey(region.ags ?? region.ars ?? '');
      if (land) region.land = land;
      else if (problems.length === before)
        problems.push({
          file,
          row,
          column: seen.get(LAND_FIELD) ?? 'Bundesland',
          message: {
            de: 'zu Landkreis, Gemeinde oder Schlüssel fehlt das Bundesland',
            en: 'the Land is missing for the district, municipality or key',
          },
        });
    }
    if (collection === 'partners' && !item.location && problems.length === before) {
      const located = locate(region?.ags, region?.ars);
      const keyColumn = seen.get(region?.ags ? 'region.ags' : 'region.ars') ?? 'AGS';
      if (located) {
        item.location = { lat: located.lat, lon: located.lon };
        const key = region?.ags ?? agsOfArs(region!.ars);
        result.notes.push({
          file,
          row,
          column: keyColumn,
          message:
            located.level === 'gemeinde'
              ? { de: `Lage: Mittelpunkt der Gemeinde ${key}`, en: `location: centre of the Gemeinde ${key}` }
              : {
                  de: `Lage: Mittelpunkt des Kreises ${key!.slice(0, 5)} (Gemeinde ${key} nicht im Stand 2016)`,
                  en: `location: centre of the Kreis ${key!.slice(0, 5)} (Gemeinde ${key} not in the 2016 data)`,
                },
        });
      } else
        problems.push({
          file,
          row,
          column: region?.ags || region?.ars ? keyColumn : (seen.get('location.lat') ?? 'Breitengrad'),
          message:
            region?.ags || region?.ars
              ? {
                  de: 'keine Koordinaten, und zu diesem Schlüssel ist weder Gemeinde noch Kreis bekannt',
                  en: 'no coordinates, and neither a Gemeinde nor a Kreis is known for this key',
                }
              : {
                  de: 'Breitengrad und Längengrad fehlen (oder ein AGS/ARS, aus dem die Lage folgt)',
                  en: 'latitude and longitude are missing (or an AGS/ARS to take the location from)',
                },
        });
    }
    for (const field of EMPTY_LISTS[collection] ?? []) item[field] ??= [];
    if (problems.length > before) return;
    result.items.push(item);
    result.origins.push(origin);
  });
  return result;

  function keyIndex(field: string): number {
    for (const [index, column] of used) if (column.field === field) return index;
    return -1;
  }
}
