/**
 * Text search as visitors expect it in German: case, accents and the umlaut spellings compare equal
 * (ä = ae = a, ö = oe = o, ü = ue = u, ß = ss), and every word of a query must occur.
 *
 * Two folds of the same text: `fold` maps letter by letter (Ä → a, ß → ss, é → e); its digraph form also
 * reads ae/oe/ue as a/o/u. A text matches a word when its fold contains the word's fold or its digraph
 * form contains the word's digraph form: "Müller", "Mueller" and "Muller" find each other, and
 * "energie" still finds "Bioenergie" (whose digraph form is "bionergie").
 *
 * Widgets precompute `searchIndex(text)` once per item and test it with `matchesAll` on each keystroke;
 * `highlight` marks the matched words in a text, as text (never HTML).
 */
import { html, type TemplateResult } from 'lit';

const NON_ASCII = /[^\x00-\x7f]/;
const GERMAN = /[äöüß]/;
const GERMAN_ALL = /[äöüß]/g;
const GERMAN_BASE: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };
/** Letters that decompose into a base letter and marks (Latin-1 to Latin Extended, combining marks). */
const DECOMPOSABLE = /[\u00c0-\u036f\u1e00-\u1eff]/;
const MARKS = /[\u0300-\u036f]/g;
/** Latin letters that do not decompose but read as a base letter (Łódź, Ørsted, Æsop). */
const STROKED = /[æđħıłøœ]/g;
const STROKED_BASE: Record<string, string> = { æ: 'ae', đ: 'd', ħ: 'h', ı: 'i', ł: 'l', ø: 'o', œ: 'oe' };
const DIGRAPHS = /([aou])e/g;

/** Lower case without accents, ß → ss, ł → l: "Straße Ökologie" → "strasse okologie". */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  // German letters directly (the common case); Unicode decomposition only for other accented letters.
  const german = GERMAN.test(lower) ? lower.replace(GERMAN_ALL, (c) => GERMAN_BASE[c]) : lower;
  const plain = DECOMPOSABLE.test(german) ? german.normalize('NFD').replace(MARKS, '') : german;
  return plain.replace(STROKED, (c) => STROKED_BASE[c]);
}

/** A folded text with ae/oe/ue read as a/o/u: "mueller" → "muller". */
export const digraphs = (folded: string) => folded.replace(DIGRAPHS, '$1');

/** One word of a query in both forms. */
export interface Term {
  plain: string;
  digraph: string;
}

/** The words of a query (split at white space, folded, without repeats). */
export function searchTerms(query: string | null | undefined): Term[] {
  const words = [
    ...new Set(
      fold(query ?? '')
        .split(/\s+/)
        .filter(Boolean),
    ),
  ];
  return words.map((plain) => ({ plain, digraph: digraphs(plain) }));
}

/**
 * The searchable form of a text (several fields joined with line breaks, so no word spans two fields):
 * its fold, and its digraph form where that differs.
 */
export function searchIndex(text: string): string {
  const plain = fold(text);
  const digraph = digraphs(plain);
  return digraph === plain ? plain : `${plain}\n${digraph}`;
}

/** True when the index (from `searchIndex`) contains every term. */
export function matchesAll(index: string, terms: readonly Term[]): boolean {
  for (const { plain, digraph } of terms) {
    if (!index.includes(plain) && (digraph === plain || !index.includes(digraph))) return false;
  }
  return true;
}

/**
 * The folded text with, for each folded code unit, the range `[start, end)` of the original text it
 * comes from. In digraph form the e of ae/oe/ue adds no letter but widens the vowel's range.
 */
function foldWithPositions(text: string, digraph: boolean) {
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let previous = '';
  for (let i = 0; i < text.length;) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const next = i + char.length;
    const code = char.charCodeAt(0);
    const units = code < 128 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char) : fold(char);
    // A lone combining mark folds to nothing: it belongs to the letter before it.
    if (!units && end.length) end[end.length - 1] = next;
    for (const unit of units) {
      const drop = digraph && unit === 'e' && (previous === 'a' || previous === 'o' || previous === 'u');
      previous = unit;
      if (drop) {
        end[end.length - 1] = next;
        continue;
      }
      folded += unit;
      start.push(i);
      end.push(next);
    }
    i = next;
  }
  return { folded, start, end };
}

/** Ranges `[from, to)` of the original text where one of the terms occurs (sorted, merged). */
export function matchRanges(text: string, terms: readonly Term[]): Array<[number, number]> {
  if (!terms.length || !text) return [];
  const index = searchIndex(text);
  if (!terms.some((term) => matchesAll(index, [term]))) return [];
  const ranges: Array<[number, number]> = [];
  for (const digraph of [false, true]) {
    const { folded, start, end } = foldWithPositions(text, digraph);
    for (const term of terms) {
      const word = digraph ? term.digraph : term.plain;
      for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
        ranges.push([start[at], end[at + word.length - 1]]);
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** The text with the words of `terms` in `<mark>` (lit template parts; the text stays text). */
export function highlight(text: string, terms: readonly Term[]): string | Array<string | TemplateResult> {
  const ranges = matchRanges(text, terms);
  if (!ranges.length) return text;
  const parts: Array<string | TemplateResult> = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (from > at) parts.push(text.slice(at, from));
    parts.push(html`<mark part="mark">${text.slice(from, to)}</mark>`);
    at = to;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
