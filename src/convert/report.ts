/** A problem or note of the conversion as one line, the same in the CLI and in the Feed-Werkstatt page. */
import type { SourceProblem } from './types.js';

const WORDS = {
  de: { row: 'Zeile', column: (name: string) => `Spalte „${name}“` },
  en: { row: 'row', column: (name: string) => `column "${name}"` },
};

/** `projekte.csv, Zeile 4, Spalte „Beginn“: …` (English: `projects.csv, row 4, column "Beginn": …`) */
export function formatProblem(problem: SourceProblem, lang: keyof SourceProblem['message']): string {
  const words = WORDS[lang];
  const where = [
    problem.file,
    problem.row === undefined ? undefined : `${words.row} ${problem.row}`,
    problem.column === undefined ? undefined : words.column(problem.column),
  ].filter(Boolean);
  return `${where.join(', ')}: ${problem.message[lang]}`;
}
