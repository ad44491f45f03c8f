/**
 * CSV and TSV as office suites write them: UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text"),
 * or a legacy 8-bit code page (Windows-1252 from older Excel), `;`, `,` or tab detected from the header line.
 */
// The browser build: the same parser with its own Buffer shim, so this module runs in a page (the
// Feed-Werkstatt) as well as in Node; the default entry needs Node's Buffer.
import { parse } from 'csv-parse/browser/esm/sync';
import type { SourceProblem } from './types.js';

/**
 * Bytes → text. UTF-8 is decoded strictly; what is not UTF-8 goes to `legacy` (the CLI passes a real
 * Windows-1252 codec: Node 20's own TextDecoder maps € to U+0080).
 */
export function decodeText(bytes: Uint8Array, legacy: (bytes: Uint8Array) => string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return legacy(bytes);
  }
}

/** The separator the header line uses most, outside quotes: `;` (German Excel), `,` or tab. */
export function detectDelimiter(text: string): string {
  const counts = new Map([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/** Text → rows of cells (header first); an unreadable file is one problem naming the row. */
export function parseDelimited(text: string, file: string): { rows: string[][]; problems: SourceProblem[] } {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  try {
    const rows = parse(body, {
      delimiter: detectDelimiter(body),
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
    return { rows, problems: [] };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const records = (error as { records?: number }).records;
    return {
      rows: [],
      problems: [
        {
          file,
          row: records === undefined ? undefined : records + 1,
          message: {
            de: `die Datei ist keine lesbare CSV-Datei (${detail})`,
            en: `the file is not a readable CSV file (${detail})`,
          },
        },
      ],
    };
  }
}
