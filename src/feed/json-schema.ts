/** The published JSON Schema of the feed, generated from the zod schema. */
import * as z from 'zod/mini';
import { Ags, Ars, DATE, DATE_TIME, Feed, IsoDate, IsoMonthOrDate, MONTH_OR_DATE, PostalCode } from './schema.js';

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
