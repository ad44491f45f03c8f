// The WordPress plugin's release zip (dist/wordpress/kgc-widgets.zip): wordpress/kgc-widgets/ as it is,
// the CDN bundles (one per widget and the one with all widgets) with their hashes and the Kreise geometry
// in assets/, and the German translation compiled from its .po into a .mo (PHP) and a JSON file (the block
// editor's script).
// Run by scripts/build.mjs after the CDN build; the plugin itself needs no build step.
import { zipSync } from 'fflate';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const plugin = join(root, 'wordpress/kgc-widgets');
const cdn = join(root, 'dist/cdn');
const out = join(root, 'dist/wordpress');
/** The block's editor script handle (WordPress names it after the block: kgc/widget → kgc-widget-editor-script). */
const EDITOR_HANDLE = 'kgc-widget-editor-script';

const files = (dir) =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

/** The entries of a .po file: context (or undefined), msgid, msgstr; the header entry included. */
export function parsePo(text) {
  const entries = [];
  let entry = {};
  let field;
  const unquote = (s) => JSON.parse(s.replace(/\\([^"\\ntr])/g, '\\\\$1'));
  for (const line of text.split('\n')) {
    const keyword = line.match(/^(msgctxt|msgid|msgstr) (".*")$/);
    if (keyword) {
      if (keyword[1] !== 'msgstr' && 'msgstr' in entry) {
        entries.push(entry);
        entry = {};
      }
      field = keyword[1];
      entry[field] = unquote(keyword[2]);
    } else if (/^".*"$/.test(line) && field) entry[field] += unquote(line);
  }
  if ('msgstr' in entry) entries.push(entry);
  return entries;
}

const key = (e) => (e.msgctxt ? `${e.msgctxt}\u0004${e.msgid}` : e.msgid);

/** GNU .mo: magic, revision, count, the two tables of (length, offset), no hash table, then the strings. */
export function mo(entries) {
  const sorted = [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const originals = sorted.map((e) => Buffer.from(key(e)));
  const translations = sorted.map((e) => Buffer.from(e.msgstr));
  const n = sorted.length;
  const header = Buffer.alloc(28 + 16 * n);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(n, 8);
  header.writeUInt32LE(28, 12);
  header.writeUInt32LE(28 + 8 * n, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(28 + 16 * n, 24);
  let offset = header.length;
  const strings = [];
  [originals, translations].forEach((list, t) =>
    list.forEach((s, i) => {
      header.writeUInt32LE(s.length, 28 + t * 8 * n + 8 * i);
      header.writeUInt32LE(offset, 28 + t * 8 * n + 8 * i + 4);
      strings.push(s, Buffer.alloc(1));
      offset += s.length + 1;
    }),
  );
  return Buffer.concat([header, ...strings]);
}

/** The Jed 1.x JSON that wp_set_script_translations() loads for the editor script. */
function jed(entries, locale) {
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': 'nplurals=2; plural=(n != 1);' } };
  for (const e of entries) if (e.msgid) messages[key(e)] = [e.msgstr];
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}

const zip = {};
const add = (path, data) => (zip[`kgc-widgets/${path}`] = new Uint8Array(data));
for (const file of files(plugin)) add(relative(plugin, file), readFileSync(file));
for (const file of files(cdn)) {
  const name = relative(cdn, file);
  if (/^kgc-(?!embed)[a-z-]+\.js$/.test(name) || name === 'integrity.json' || name.startsWith('geo/'))
    add(`assets/${name}`, readFileSync(file));
}
for (const file of readdirSync(join(plugin, 'languages')).filter((f) => f.endsWith('.po'))) {
  const locale = file.match(/^kgc-widgets-(.+)\.po$/)[1];
  const entries = parsePo(readFileSync(join(plugin, 'languages', file), 'utf8'));
  add(`languages/kgc-widgets-${locale}.mo`, mo(entries));
  add(`languages/kgc-widgets-${locale}-${EDITOR_HANDLE}.json`, Buffer.from(jed(entries, locale)));
}
mkdirSync(out, { recursive: true });
const bytes = zipSync(zip, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
writeFileSync(join(out, 'kgc-widgets.zip'), bytes);
console.log(`dist/wordpress/kgc-widgets.zip        ${Object.keys(zip).length} files, ${bytes.length} bytes`);
