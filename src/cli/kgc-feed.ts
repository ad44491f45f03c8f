/**
 * kgc-feed: the publishers' tool.
 *   kgc-feed validate FILE|URL [--lang de|en] [--json] [--parts]   every problem with its JSON path; exit 1 on
 *                                                        errors (a feed index too; --parts checks its parts)
 *   kgc-feed schema                                      prints the feed's JSON Schema
 *   kgc-feed ics FILE|URL [-o OUT]                       iCalendar of the feed's events (subscription file)
 *   kgc-feed split FEED --out DIR [--partial]            feed index (DIR/index.json) and content-hashed parts
 *   kgc-feed build --projects F … -o OUT | --config F    the feed from spreadsheets, calendars, news feeds (build.ts)
 *   kgc-feed template projects.csv                       an empty spreadsheet template with an example row
 * Node only: imports the feed layer, never lit or the DOM. Importing this module runs nothing: the bin
 * entry (src/cli/bin.ts) calls `main`.
 */
import * as z from 'zod/mini';
import type { FeedIssue } from '../feed/parse.js';
import { readDocument } from '../feed/document.js';
import { FeedError } from '../feed/errors.js';
import { feedJsonSchema } from '../feed/json-schema.js';
import type { Feed } from '../feed/schema.js';
import { icsCommand } from './ics.js';
import { buildCommand, templateCommand } from './build.js';
import { splitCommand } from './split.js';
import { isIndexDocument, validateIndex } from './validate-index.js';
import { explain, readJson, type Lang } from './common.js';

const TEXT = {
  de: {
    usage: `Aufruf:
  kgc-feed validate DATEI|URL [--lang de|en] [--json]   prüft einen Feed und nennt jeden Fehler mit seinem JSON-Pfad
                    [--parts]                           bei einem Feed-Index: auch jeden Teil prüfen
  kgc-feed schema                                       gibt das JSON Schema des Feeds aus
  kgc-feed ics DATEI|URL [-o AUSGABE]                   schreibt die Termine als iCalendar-Datei (Abo-Adresse)
  kgc-feed split FEED --out ORDNER [--partial]          teilt einen großen Feed: Index (ORDNER/index.json) und Teile
  kgc-feed build --projects DATEI … -o AUSGABE         baut den Feed aus Tabellen, Kalendern (.ics) und Newsfeeds
                                                        (auch: build --config DATEI)
  kgc-feed template projects.csv                        schreibt eine Tabellenvorlage (projects, partners, offices, events, news)`,
    ok: (n: number) => `✓ Der Feed ist gültig (${n} Einträge).`,
    errors: (n: number) => `✗ ${n} Fehler gefunden:`,
    warnings: (n: number) => `${n} Hinweise:`,
    unreadable: 'Der Feed kann nicht gelesen werden:',
    outside: 'liegt außerhalb Deutschlands (wird nur in der Liste gezeigt, nicht auf der Karte)',
    unlinked: 'diese Adresse wird nicht verlinkt (nur http, https, mailto und tel werden zu Links)',
  },
  en: {
    usage: `Usage:
  kgc-feed validate FILE|URL [--lang de|en] [--json]   checks a feed and names each error by its JSON path
                    [--parts]                          for a feed index: checks each part too
  kgc-feed schema                                      prints the feed's JSON Schema
  kgc-feed ics FILE|URL [-o OUT]                       writes the events as an iCalendar file (subscription URL)
  kgc-feed split FEED --out DIR [--partial]            splits a large feed: index (DIR/index.json) and parts
  kgc-feed build --projects FILE … -o OUT              builds the feed from spreadsheets, calendars (.ics) and news
                                                       feeds (also: build --config FILE)
  kgc-feed template projects.csv                       writes a spreadsheet template (projects, partners, offices, events, news)`,
    ok: (n: number) => `✓ The feed is valid (${n} items).`,
    errors: (n: number) => `✗ ${n} errors found:`,
    warnings: (n: number) => `${n} notes:`,
    unreadable: 'The feed cannot be read:',
    outside: 'lies outside Germany (listed only, not shown on the map)',
    unlinked: 'this address is not linked (only http, https, mailto and tel become links)',
  },
};

const WHOLE_FEED: Record<Lang, Record<string, string>> = {
  de: {
    json: 'Die Datei ist kein gültiges JSON',
    invalid: 'Das Dokument ist kein JSON-Objekt',
    version: 'Nicht unterstützte Version: erwartet wird "version": 1',
    network: 'Die Datei oder Adresse ist nicht lesbar',
    http: 'Der Server antwortet mit einem Fehler',
  },
  en: {
    json: 'The file is not valid JSON',
    invalid: 'The document is not a JSON object',
    version: 'Unsupported version: expected "version": 1',
    network: 'The file or address cannot be read',
    http: 'The server answers with an error',
  },
};

/** Notes that do not make an item invalid: coordinates outside Germany. */
function notes(feed: Feed): FeedIssue[] {
  const inGermany = (p: { lat: number; lon: number }) =>
    p.lat >= 47.2 && p.lat <= 55.1 && p.lon >= 5.8 && p.lon <= 15.1;
  const found: FeedIssue[] = [];
  feed.partners.forEach((p, i) => {
    if (!inGermany(p.location))
      found.push({ path: `partners[${i}].location`, message: 'outside Germany', code: 'outside' });
  });
  feed.offices.forEach((o, i) => {
    if (o.location && !inGermany(o.location))
      found.push({ path: `offices[${i}].location`, message: 'outside Germany', code: 'outside' });
  });
  // Addresses the widgets will not link (only http, https, mailto and tel become links).
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        const at = path ? `${path}.${key}` : key;
        if (/url$/i.test(key) && typeof v === 'string' && !/^(https?|mailto|tel):/i.test(v)) {
          found.push({ path: at, message: 'not linked', code: 'unlinked' });
        } else walk(v, at);
      }
    }
  };
  walk(feed, '');
  return found;
}

async function validate(args: string[], lang: Lang, out: (line: string) => void): Promise<number> {
  const source = args.find((a) => !a.startsWith('-'));
  const text = TEXT[lang];
  if (!source) {
    out(text.usage);
    return 2;
  }
  z.config(lang === 'de' ? z.locales.de() : z.locales.en());
  let json: unknown;
  try {
    json = await readJson(source);
    if (isIndexDocument(json)) {
      return await validateIndex(
        json,
        source,
        { parts: args.includes('--parts'), json: args.includes('--json') },
        lang,
        out,
      );
    }
    const { feed, issues } = readDocument(json);
    const count =
      feed.projects.length + feed.partners.length + feed.offices.length + feed.events.length + feed.news.length;
    const hints = notes(feed);
    if (args.includes('--json')) {
      out(
        JSON.stringify(
          {
            valid: issues.length === 0,
            errors: issues.map((i) => ({ path: i.path, code: i.code, message: explain(i, lang) })),
            notes: hints.map((i) => ({ path: i.path, message: text[i.code as 'outside' | 'unlinked'] })),
          },
          null,
          2,
        ),
      );
      return issues.length ? 1 : 0;
    }
    if (issues.length) {
      out(`${source}: ${text.errors(issues.length)}`);
      for (const issue of issues) out(`  ${issue.path}: ${explain(issue, lang)}`);
    } else {
      out(`${source}: ${text.ok(count)}`);
    }
    if (hints.length) {
      out(text.warnings(hints.length));
      for (const hint of hints) out(`  ${hint.path}: ${text[hint.code as 'outside' | 'unlinked']}`);
    }
    return issues.length ? 1 : 0;
  } catch (error) {
    if (error instanceof FeedError) {
      out(`${source}: ${text.unreadable} ${WHOLE_FEED[lang][error.kind] ?? error.kind} (${error.detail})`);
      return 1;
    }
    out(`${source}: ${text.unreadable} ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

export async function main(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  const [command, ...args] = argv;
  const langIndex = args.indexOf('--lang');
  const lang: Lang =
    langIndex >= 0
      ? args[langIndex + 1] === 'en'
        ? 'en'
        : 'de'
      : (process.env.LANG ?? '').startsWith('en')
        ? 'en'
        : 'de';
  const rest = langIndex >= 0 ? args.filter((_, i) => i !== langIndex && i !== langIndex + 1) : args;
  switch (command) {
    case 'validate':
      return validate(rest, lang, out);
    case 'schema':
      out(JSON.stringify(feedJsonSchema(), null, 2));
      return 0;
    case 'ics':
      return icsCommand(rest);
    case 'split':
      return splitCommand(rest, lang);
    case 'build':
      return buildCommand(rest, lang, out);
    case 'template':
      return templateCommand(rest, lang, out);
    default:
      out(TEXT[lang].usage);
      return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
  }
}
