/**
 * Alphabetical order as a German reader expects it, and as `Intl.Collator('de', { numeric: true })` sorts:
 * case and accents count only between otherwise equal texts, "Ärzte" sorts with "A", "ß" as "ss", "Haus 2"
 * before "Haus 10", spaces and punctuation before digits and digits before letters.
 *
 * By hand, not through `Intl.Collator`: a page's first collator costs 60–360 ms on a phone (4× CPU) while
 * ICU loads its collation data, in one task that cannot be sliced, to sort a few dozen names.
 */
import { fold } from './fold.js';

const RUNS = /\d+|[^\p{L}\p{N}]/gu;
const DIGIT = /^\d/;
const SPACE = /\s/;
/** Common signs in the order of CLDR's root collation; others follow them by code point. */
const SIGNS = '_-–—,;:!?.…·\'‘’‚‹›"“”„«»()[]{}§¶@*/\\&#%‰†‡•`´^¨°©®+±÷×<=>¬|¦~¤$£¥€™';

/**
 * A part of a sort key: a digit run as "0", its length and its digits ("10" → "0" "2" "10"; lengths up to 48
 * stay below the letters), a space as \x01 and any other sign as \x02 and its rank, below digits and letters.
 */
const keyPart = (run: string): string => {
  if (DIGIT.test(run)) {
    const digits = run.replace(/^0+(?=\d)/, '');
    return `0${String.fromCharCode(0x30 + Math.min(digits.length, 48))}${digits}`;
  }
  if (SPACE.test(run)) return '\x01';
  const rank = SIGNS.indexOf(run);
  return `\x02${rank < 0 ? run : String.fromCharCode(0x21 + rank)}`;
};

/** Keys made so far: widgets sort the same labels on every update (emptied when it grows past KEPT). */
const keys = new Map<string, string>();
const KEPT = 10_000;

/** The sort key of a text: compare two keys by their code units (`<`) for the primary order. */
export function sortKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size >= KEPT) keys.clear();
    keys.set(text, (key = fold(text).replace(RUNS, keyPart)));
  }
  return key;
}

/** Between texts of the same key: unaccented before accented, then lower case before upper case. */
function tieBreak(a: string, b: string): number {
  const [la, lb] = [a.toLowerCase(), b.toLowerCase()];
  if (la !== lb) return la < lb ? -1 : 1;
  return a === b ? 0 : a < b ? 1 : -1;
}

/** Compares two texts whose sort keys are already known (for sorting many, keys made once). */
export const compareKeyed = (a: string, keyA: string, b: string, keyB: string): number =>
  keyA < keyB ? -1 : keyA > keyB ? 1 : tieBreak(a, b);

/** Compares two texts in German alphabetical order (a comparator for `Array.prototype.sort`). */
export const compareText = (a: string, b: string): number => compareKeyed(a, sortKey(a), b, sortKey(b));
