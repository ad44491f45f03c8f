/**
 * HTML → plain text, for news summaries that CMSs send as HTML (RSS `description`, Atom `content`, JSON
 * Feed `content_html`). Shared by `<kgc-news-list>` and the converters; a string walk without DOMParser or
 * innerHTML (Trusted Types stay untouched, nothing is parsed as a document, no request is made).
 *
 * - `script`, `style`, `template`, `noscript` and `head` are dropped with their content, comments too;
 * - paragraphs and other blocks become blank-line separated, `<br>` and list items a line break;
 * - every other tag is dropped, its text kept; entities are decoded (numeric ones all, named ones from
 *   the set German CMSs write; an unknown name stays as written);
 * - white space is collapsed the way a browser shows it, lines trimmed.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  ccedil: 'ç',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  sbquo: '‚',
  lsquo: '‘',
  rsquo: '’',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
  sect: '§',
  deg: '°',
  middot: '·',
  bull: '•',
  times: '×',
  para: '¶',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
};

/** Decodes character references: `&#228;`, `&#xE4;`, `&auml;` (a known name, with or without `;`). */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g,
    (all, dec, hex, name) => {
      if (name !== undefined) return Object.hasOwn(NAMED, name) ? NAMED[name] : all;
      const code = dec !== undefined ? Number(dec) : parseInt(hex, 16);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    },
  );
}

/** Elements whose content is not text to read. */
const HIDDEN =
  /<(script|style|template|noscript|head|title|svg|math)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>/g;
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const BLOCK =
  /^(p|div|h[1-6]|blockquote|pre|ul|ol|dl|table|section|article|aside|header|footer|nav|main|figure|figcaption|address|hr|form|fieldset|details|summary)$/i;
const LINE = /^(br|li|dt|dd|tr)$/i;

/** Marks in the text while tags are replaced (private-use characters never shown). */
const PARAGRAPH = '\ue000';
const BREAK = '\ue001';

/** The text of an HTML fragment: paragraphs separated by a blank line, `<br>` and list items by a line break. */
export function htmlToText(html: string): string {
  const marked = html
    .replace(/[\ue000\ue001]/g, '')
    .replace(COMMENT, '')
    .replace(HIDDEN, ' ')
    .replace(TAG, (_, closing: string, name: string) =>
      BLOCK.test(name) ? PARAGRAPH : LINE.test(name) ? (closing && !/^br$/i.test(name) ? '' : BREAK) : '',
    );
  const text = decodeEntities(marked.replace(/[ \t\n\r\f]+/g, ' '));
  return text
    .split(PARAGRAPH)
    .map((block) =>
      block
        .split(BREAK)
        .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
        .join('\n')
        .replace(/^\n+|\n+$/g, ''),
    )
    .filter((block) => block.trim() !== '')
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n');
}
