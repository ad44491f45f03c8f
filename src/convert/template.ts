/** `kgc-feed template projects.csv`: the headers and one example row, as German Excel opens it (`;`, BOM, CRLF). */
import { COLUMNS } from './columns.js';
import type { CollectionName } from './types.js';

const quote = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

export function templateCsv(collection: CollectionName): string {
  const columns = COLUMNS[collection];
  const lines = [columns.map((c) => c.header), columns.map((c) => c.example)];
  return `\ufeff${lines.map((cells) => cells.map(quote).join(';')).join('\r\n')}\r\n`;
}
