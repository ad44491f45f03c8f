/**
 * `kgc-feed.config.json`: the sources of `kgc-feed build`, column mappings, the window of calendar series, the
 * feed's head and the output.
 * Its JSON Schema, docs/kgc-feed.config.schema.json, is generated from this (scripts/write-schema.ts).
 */
import * as z from 'zod/mini';

const COLLECTIONS = ['projects', 'partners', 'offices', 'events', 'news'] as const;

const sourceList = z.optional(z.array(z.string().check(z.minLength(1))));
const day = z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));

export const BuildConfig = z.strictObject({
  $schema: z.optional(z.string()),
  title: z.optional(z.string()),
  language: z.optional(z.string()),
  homePageUrl: z.optional(z.string()),
  calendarUrl: z.optional(z.string()),
  updated: z.optional(z.string()),
  sources: z.strictObject({
    projects: sourceList,
    partners: sourceList,
    offices: sourceList,
    events: sourceList,
    news: sourceList,
  }),
  from: day,
  to: day,
  columns: z.optional(z.partialRecord(z.enum(COLLECTIONS), z.record(z.string(), z.string()))),
  output: z.optional(z.string()),
  split: z.optional(z.string()),
  partial: z.optional(z.boolean()),
});
export type BuildConfig = z.infer<typeof BuildConfig>;

/** The published JSON Schema of the config file, with a description of each field. */
export function buildConfigJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(BuildConfig, { io: 'input' }) as {
    properties: Record<string, Record<string, unknown>>;
  };
  const describe: Record<string, string> = {
    $schema: 'Address of this schema, for editors.',
    title: 'The feed’s title.',
    language: 'The feed’s language, e.g. "de".',
    homePageUrl: 'The publisher’s web page.',
    calendarUrl: 'Where the iCalendar file of the events is served (kgc-feed ics).',
    updated: 'Date of the last change, ISO 8601; left out when absent (the build writes no clock time).',
    sources:
      'Files per collection, relative to this config file, or http(s) addresses; the sources of one collection are merged. Spreadsheets: .csv, .tsv, .txt, .xlsx; events also iCalendar (.ics); news also RSS, Atom and JSON Feed.',
    from: 'First day (YYYY-MM-DD, Europe/Berlin) whose occurrences of calendar series are kept; default: a year before today.',
    to: 'Last day (YYYY-MM-DD, inclusive) whose occurrences of calendar series are kept; default: two years after today.',
    columns:
      'Per collection: header in your file → feed field (e.g. {"Projektname": "title", "Land": "region.land"}); the default headers stay valid.',
    output: 'The feed file to write, relative to this config file.',
    split:
      'A folder for the feed index (index.json), its parts and calendars (as kgc-feed split writes them), relative to this config file.',
    partial: 'Write the valid items even when rows have problems (each skipped row is listed); exit code 0.',
  };
  for (const [key, description] of Object.entries(describe)) schema.properties[key].description = description;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'kgc-feed build configuration (kgc-feed.config.json)',
    ...schema,
  };
}
