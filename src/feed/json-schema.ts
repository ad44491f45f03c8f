/** The published JSON Schema of the feed, generated from the zod schema. */
import * as z from 'zod/mini';
import {
  Ags,
  Ars,
  CalendarUrls,
  DATE,
  DATE_TIME,
  Count,
  DateOnly,
  Email,
  Feed,
  FeedIndex,
  IsoDate,
  IsoMonthOrDate,
  MONTH_OR_DATE,
  PostalCode,
  Text,
  Url,
} from './schema.js';
import { LAND_CODES } from './laender.js';

/**
 * What JSON Schema can say but a zod refinement cannot: patterns and descriptions of the checked strings.
 * Registered here, not in schema.ts, so none of it is shipped in the widget bundles.
 */
function describeRefinedStrings() {
  const strip = (re: RegExp) => re.source;
  z.globalRegistry.add(IsoDate, {
    description: 'ISO 8601 date (all day) or date-time with offset; shown in Europe/Berlin time.',
    pattern: `${strip(DATE)}|${strip(DATE_TIME)}`,
    examples: ['2016-04-26', '2016-04-26T10:00:00+02:00'],
  });
  z.globalRegistry.add(IsoMonthOrDate, {
    description: 'ISO 8601 year, month or date.',
    pattern: strip(MONTH_OR_DATE),
    examples: ['2014-07', '2017-06-30'],
  });
  z.globalRegistry.add(Ags, {
    description: 'Amtlicher Gemeindeschlüssel, 8 digits; the first two name the Land and must match `land`.',
    pattern: '^\\d{8}$',
  });
  z.globalRegistry.add(Ars, {
    description: 'Amtlicher Regionalschlüssel, 12 digits; the first two name the Land and must match `land`.',
    pattern: '^\\d{12}$',
  });
  z.globalRegistry.add(PostalCode, { description: 'Postleitzahl, 5 digits.', pattern: '^\\d{5}$' });
  z.globalRegistry.add(DateOnly, {
    description: 'ISO 8601 calendar date.',
    pattern: strip(DATE),
    examples: ['2026-03-01'],
  });
  // A whole number from 0, as zod's z.int() and z.nonnegative() would say (schema.ts checks it by hand).
  z.globalRegistry.add(Count, { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
  // A trimmed, non-empty text, as z.minLength(1) would say (schema.ts checks it by hand).
  z.globalRegistry.add(Text, { minLength: 1 });
  // The formats zod's z.url() and z.email() would name (schema.ts checks them by hand).
  z.globalRegistry.add(Url, { format: 'uri' });
  z.globalRegistry.add(Email, { format: 'email', pattern: z.regexes.email.source });
  // Keyed by Land, each a non-empty text, as zod's z.partialRecord(LandCode, text()) would say.
  z.globalRegistry.add(CalendarUrls, {
    type: 'object',
    propertyNames: { type: 'string', enum: [...LAND_CODES] },
    additionalProperties: { type: 'string', minLength: 1 },
  });
}

/** What each field of the index and of a part means (JSON Schema `description`). */
const INDEX_FIELDS: Record<string, string> = {
  version: 'Version of the format: 1.',
  kind: 'Marks the document as a feed index (a feed has no `kind`).',
  title: 'Name of the data; also the name of the subscribable calendar.',
  updated: 'When the data was last changed.',
  calendarUrl: 'Address of the `.ics` file with all events (for "Kalender abonnieren"); may be relative to the index.',
  calendarUrls:
    "Address of each Land's `.ics` file (its events and those without a Land), keyed by ISO 3166-2 code; may be relative to the index.",
  parts: 'The parts; each is an ordinary feed document holding one collection.',
};
const PART_FIELDS: Record<string, string> = {
  collection: 'The one collection the part holds.',
  url: "Address of the part, resolved against the index's address; same origin rules as `src`.",
  land: 'The Land of every item in the part (ISO 3166-2); absent: the items without a Land.',
  from: 'Events: the first day (Europe/Berlin) any event of the part covers.',
  to: 'Events: the last day (Europe/Berlin) any event of the part covers.',
  count: 'Number of items in the part.',
  sha256: "SHA-256 of the part's bytes, 64 lower-case hex digits.",
};

type JsonObject = Record<string, unknown> & { properties: Record<string, Record<string, unknown>> };

/** The published JSON Schema of the feed index (`kind: "index"`), generated from the zod schema. */
export function feedIndexJsonSchema(): Record<string, unknown> {
  describeRefinedStrings();
  const schema = z.toJSONSchema(FeedIndex, { io: 'input', unrepresentable: 'any' }) as JsonObject;
  for (const [key, description] of Object.entries(INDEX_FIELDS)) schema.properties[key].description ??= description;
  const part = (schema.properties.parts as { items: JsonObject }).items;
  for (const [key, description] of Object.entries(PART_FIELDS)) part.properties[key].description ??= description;
  part.properties.sha256.pattern = '^[0-9a-f]{64}$';
  return {
    ...schema,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'kgc-widgets feed index, version 1',
    description:
      'Index of a feed split into parts (written by `kgc-feed split`). Widgets accept it wherever they accept a feed and fetch only the parts they show. Check it with `npx kgc-feed validate index.json --parts`.',
  };
}

export function feedJsonSchema(): Record<string, unknown> {
  describeRefinedStrings();
  // `io: 'input'` describes what publishers write: objects stay open (unknown fields are allowed and
  // ignored); the Land-vs-AGS check and "end after start" are checked by the validator CLI.
  const schema = z.toJSONSchema(Feed, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'kgc-widgets feed, version 1',
    description:
      'Data of the Kooperationsverbund Gesundheitliche Chancengleichheit for kgc-widgets. Check a feed with `npx kgc-feed validate FILE`.',
  };
}
