/** What the CLI's subcommands share: reading a feed document, and explaining problems in German or English. */
import { readFile } from 'node:fs/promises';
import type { FeedIssue } from '../feed/parse.js';
import { FeedError } from '../feed/errors.js';
import { LAENDER, landOfKey } from '../feed/laender.js';

export type Lang = 'de' | 'en';

const landLabel = (code: string | undefined, lang: Lang) => {
  const land = LAENDER.find((l) => l.iso === code);
  return land ? `${land[lang]} (${land.iso})` : String(code);
};

/** Our own rules, in both languages; zod's built-in messages come from its locale. */
const RULES: Record<Lang, Record<string, (issue: FeedIssue) => string>> = {
  de: {
    date: () => 'kein gültiges Datum: erwartet wird ISO 8601, z. B. 2016-04-26 oder 2016-04-26T10:00:00+02:00',
    month: () => 'kein gültiges Datum: erwartet wird ein Jahr, Monat oder Tag nach ISO 8601, z. B. 2014-07',
    ags: () => 'der Amtliche Gemeindeschlüssel (ags) muss genau 8 Ziffern haben',
    ars: () => 'der Amtliche Regionalschlüssel (ars) muss genau 12 Ziffern haben',
    plz: () => 'die Postleitzahl muss genau 5 Ziffern haben',
    'end-before-start': () => 'das Ende liegt vor dem Beginn',
    'not-array': () => 'erwartet wird eine Liste (JSON-Array)',
    'duplicate-id': (i) => `${i.message.replace('duplicate id', 'die id')} kommt mehrfach vor`,
    'land-mismatch': (i) =>
      `der Schlüssel ${String(i.input)} gehört zu ${landLabel(landOfKey(String(i.input)), 'de')}, nicht zu ${landLabel(String(i.params?.land), 'de')}`,
  },
  en: {
    date: () => 'not a valid date: expected ISO 8601, e.g. 2016-04-26 or 2016-04-26T10:00:00+02:00',
    month: () => 'not a valid date: expected an ISO 8601 year, month or day, e.g. 2014-07',
    ags: () => 'the Amtlicher Gemeindeschlüssel (ags) must have exactly 8 digits',
    ars: () => 'the Amtlicher Regionalschlüssel (ars) must have exactly 12 digits',
    plz: () => 'the postal code must have exactly 5 digits',
    'end-before-start': () => 'the end is before the start',
    'not-array': () => 'expected a list (JSON array)',
    'duplicate-id': (i) => i.message,
    'jsonfeed-skipped': (i) => String(i.params?.en ?? i.message),
    'jsonfeed-dropped': (i) => String(i.params?.en ?? i.message),
    'land-mismatch': (i) =>
      `the key ${String(i.input)} belongs to ${landLabel(landOfKey(String(i.input)), 'en')}, not to ${landLabel(String(i.params?.land), 'en')}`,
  },
};

/** Reads the bytes of a file or an http(s) URL; a failure is a `FeedError` (`network` or `http`). */
export async function readBytes(source: string): Promise<Buffer> {
  if (/^https?:\/\//.test(source)) {
    let response: Response;
    try {
      response = await fetch(source, { credentials: 'omit' });
    } catch (error) {
      throw new FeedError('network', error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw new FeedError('http', `HTTP ${response.status}`, response.status);
    return Buffer.from(await response.arrayBuffer());
  }
  try {
    return await readFile(source);
  } catch (error) {
    throw new FeedError('network', error instanceof Error ? error.message : String(error));
  }
}

/** Parses a document's bytes as JSON; a failure is a `FeedError` (`json`). */
export function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new FeedError('json', error instanceof Error ? error.message : String(error));
  }
}

/** Reads a feed document from a file or an http(s) URL and parses its JSON. */
export async function readJson(source: string): Promise<unknown> {
  return parseJson(await readBytes(source));
}

export function explain(issue: FeedIssue, lang: Lang): string {
  const rule = RULES[lang][issue.code];
  return rule ? rule(issue) : issue.message;
}
