/**
 * The feed, version 1: the executable form of DESIGN.md's field list.
 *
 * Built with `zod/mini` (measured: full zod would add ~24 KB gzip to every bundle, mini ~7 KB). Where one of
 * zod's formats or checks would ship its own code in every bundle for one field's rule (text, url, email, a
 * count, a record keyed by Land), a plain `z.check` raises the same issue instead; json-schema.ts says for
 * them what zod would have said, and test/node/schema-checks.test.ts compares each with its zod original.
 * Objects are not strict: unknown fields are dropped, so newer feeds stay readable.
 * The JSON Schema in docs/feed.schema.json is generated from these definitions.
 */
import * as z from 'zod/mini';
import { LAND_CODES, landOfKey, type LandCode as LandCodeValue } from './laender.js';
import { readPlain } from './plain-reader.js';

export const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
export const MONTH_OR_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * True when a `YYYY-MM-DD` prefix names a day that exists (no 30 February); a year or a month alone is true.
 * For values that passed DATE, DATE_TIME or MONTH_OR_DATE (month 01–12, day 01–31). Gregorian leap years,
 * counted without Date objects (a feed has thousands of dates).
 */
function realDay(value: string): boolean {
  if (value.length < 10) return true;
  const year = +value.slice(0, 4);
  const month = +value.slice(5, 7);
  const day = +value.slice(8, 10);
  if (month === 2) return day <= (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28);
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

/**
 * A trimmed, non-empty text (what `z.string().check(z.trim(), z.minLength(1))` says) as one plain check with
 * zod's issue (so the same messages), without zod's overwrite and length checks in every bundle;
 * json-schema.ts adds `minLength: 1`.
 */
export const Text = z.string().check(
  z.check<string>((ctx) => {
    ctx.value = ctx.value.trim();
    if (!ctx.value)
      ctx.issues.push({ origin: 'string', code: 'too_small', minimum: 1, inclusive: true, input: '', continue: true });
  }),
);

/** A date (`2016-04-26`, all day) or a date-time with offset (`2016-04-26T10:00:00+02:00`). */
export const IsoDate = z.string().check(
  z.refine((v) => (DATE.test(v) || DATE_TIME.test(v)) && realDay(v), {
    message: 'expected an ISO 8601 date (2016-04-26) or date-time with offset (2016-04-26T10:00:00+02:00)',
    params: { kgc: 'date' },
  }),
);

/** A year, month or day (`2014`, `2014-07`, `2014-07-01`), for project periods. */
export const IsoMonthOrDate = z.string().check(
  z.refine((v) => MONTH_OR_DATE.test(v) && realDay(v), {
    message: 'expected an ISO 8601 year, month or date (2014, 2014-07, 2014-07-01)',
    params: { kgc: 'month' },
  }),
);

/**
 * A plain web address every URL parser reads: http(s), host names of letters, digits and inner hyphens (the
 * last label starting with a letter, so no IPv4 number), no port, no user, printable ASCII after the host.
 * Labels with "--" (such as punycode's `xn--`) are left to the parser, as is everything else.
 */
const PLAIN_URL =
  /^https?:\/\/(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)*[a-z](?:[a-z\d-]{0,61}[a-z\d])?(?:[/?#][!-~]*)?$/i;

/**
 * True when the URL parser reads `value`; a plain web address without asking it (a feed has thousands, and the
 * parser is the slower way). URL.canParse where there is one, but not for text beyond ASCII: Node 20 and 22
 * answer false for it once canParse has run hot (nodejs/node#48816's kind; `kgc-feed validate` runs there).
 */
function parsesAsUrl(value: string): boolean {
  if (PLAIN_URL.test(value) && !value.includes('--')) return true;
  try {
    if (/[^\0-\x7f]/.test(value)) return !!new URL(value);
    return URL.canParse ? URL.canParse(value) : !!new URL(value);
  } catch {
    return false;
  }
}

/**
 * An address the URL parser reads, kept trimmed and without tabs and line breaks (as the parser drops them):
 * the rule and issue of zod's `z.url()`, without its URL schema code in every bundle; json-schema.ts adds
 * `format: uri`.
 */
export const Url = z.string().check(
  z.check<string>((ctx) => {
    const trimmed = ctx.value.trim();
    if (parsesAsUrl(trimmed)) ctx.value = trimmed.replace(/[\t\n\r]/g, '');
    else ctx.issues.push({ code: 'invalid_format', format: 'url', input: ctx.value, continue: true });
  }),
);

/** An e-mail address: the rule and issue of zod's `z.email()` (its pattern), without its format schema code. */
export const Email = z.string().check(
  z.check<string>((ctx) => {
    const pattern = z.regexes.email;
    if (!pattern.test(ctx.value))
      ctx.issues.push({
        origin: 'string',
        code: 'invalid_format',
        format: 'email',
        input: ctx.value,
        pattern: pattern.toString(),
        continue: true,
      });
  }),
);

/** A string of exactly `n` digits (AGS, ARS, Postleitzahl); `key` names the rule for translated messages. */
const digits = (n: number, key: string, message: string) => {
  const pattern = new RegExp(`^\\d{${n}}$`);
  return z.string().check(z.refine((v) => pattern.test(v), { message, params: { kgc: key } }));
};

export const LandCode = z.enum(LAND_CODES);
export const Ags = digits(8, 'ags', 'expected an 8-digit Amtlicher Gemeindeschlüssel');
export const Ars = digits(12, 'ars', 'expected a 12-digit Amtlicher Regionalschlüssel');
export const PostalCode = digits(5, 'plz', 'expected a 5-digit Postleitzahl');

export const Region = z
  .object({
    land: LandCode,
    district: z.optional(Text),
    municipality: z.optional(Text),
    ags: z.optional(Ags),
    ars: z.optional(Ars),
  })
  .check(
    z.check((ctx) => {
      const region = ctx.value;
      for (const key of ['ags', 'ars'] as const) {
        const value = region[key];
        if (value && landOfKey(value) !== region.land) {
          ctx.issues.push({
            code: 'custom',
            input: value,
            path: [key],
            message: `${key} ${value} belongs to ${landOfKey(value) ?? 'no Land'}, not to ${region.land}`,
            params: { kgc: 'land-mismatch', land: region.land },
          });
        }
      }
    }),
  );

export const Address = z.object({
  street: z.optional(Text),
  postalCode: z.optional(PostalCode),
  locality: Text,
  land: z.optional(LandCode),
});

export const Contact = z.object({
  name: z.optional(Text),
  role: z.optional(Text),
  email: z.optional(Email),
  phone: z.optional(Text),
  url: z.optional(Url),
});

export const Org = z.object({
  name: Text,
  address: z.optional(Address),
  url: z.optional(Url),
});

/** WGS84 degrees. Range checks stay with the map: a point outside Germany is listed, not dropped. */
export const GeoPoint = z.object({
  lat: z.number(),
  lon: z.number(),
});

const labels = () => z.array(Text);

export const Project = z.object({
  id: Text,
  title: Text,
  summary: z.optional(Text),
  url: z.optional(Url),
  targetAreas: labels(),
  settings: labels(),
  targetGroups: labels(),
  ageGroups: z.optional(labels()),
  goals: z.optional(labels()),
  activities: z.optional(labels()),
  status: z.optional(Text),
  period: z.optional(z.object({ start: IsoMonthOrDate, end: z.optional(IsoMonthOrDate) })),
  provider: z.optional(Org),
  contact: z.optional(Contact),
  funders: z.optional(labels()),
  region: Region,
  goodPractice: z.optional(z.boolean()),
  updated: z.optional(IsoDate),
});

export const Partner = z.object({
  id: Text,
  name: Text,
  kind: Text,
  region: Region,
  location: GeoPoint,
  joined: z.optional(IsoMonthOrDate),
  url: z.optional(Url),
  contact: z.optional(Contact),
  focus: z.optional(labels()),
});

export const Office = z.object({
  id: Text,
  name: Text,
  region: Region,
  organization: z.optional(Org),
  location: z.optional(GeoPoint),
  contacts: z.optional(z.array(Contact)),
  email: z.optional(Email),
  phone: z.optional(Text),
  url: z.optional(Url),
  focus: z.optional(labels()),
});

export const EventStatus = z.enum(['scheduled', 'cancelled', 'postponed']);

export const Event = z
  .object({
    id: Text,
    title: Text,
    start: IsoDate,
    end: z.optional(IsoDate),
    location: z.optional(
      z.object({
        name: z.optional(Text),
        address: z.optional(Address),
        online: z.optional(z.boolean()),
        url: z.optional(Url),
      }),
    ),
    organizer: z.optional(Text),
    category: z.optional(Text),
    summary: z.optional(Text),
    url: z.optional(Url),
    registrationUrl: z.optional(Url),
    region: z.optional(Region),
    tags: z.optional(labels()),
    status: z.optional(EventStatus),
  })
  .check(
    z.refine((e) => !e.end || Date.parse(e.end) >= Date.parse(e.start), {
      message: 'end is before start',
      path: ['end'],
      params: { kgc: 'end-before-start' },
    }),
  );

export const NewsItem = z.object({
  id: Text,
  title: Text,
  date: IsoDate,
  author: z.optional(Text),
  summary: z.optional(Text),
  url: z.optional(Url),
  tags: z.optional(labels()),
});

/** The collections a feed may hold, each with the schema of one item. */
export const COLLECTIONS = {
  projects: Project,
  partners: Partner,
  offices: Office,
  events: Event,
  news: NewsItem,
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** The feed's head: everything but the collections, which are checked item by item. */
export const FeedHead = z.object({
  version: z.literal(1),
  title: z.optional(Text),
  language: z.optional(Text),
  homePageUrl: z.optional(Url),
  updated: z.optional(IsoDate),
  nextUrl: z.optional(Url),
  calendarUrl: z.optional(Url),
});

/** The whole feed, as published (used for the JSON Schema and the CLI's strict check). */
export const Feed = z.extend(FeedHead, {
  projects: z.optional(z.array(Project)),
  partners: z.optional(z.array(Partner)),
  offices: z.optional(z.array(Office)),
  events: z.optional(z.array(Event)),
  news: z.optional(z.array(NewsItem)),
});

/** A calendar date, `2026-03-01` (the dates an events part covers). */
const isDay = (v: string) => DATE.test(v) && realDay(v);

export const DateOnly = z.string().check(
  z.refine(isDay, {
    message: 'expected an ISO 8601 date (2026-03-01)',
    params: { kgc: 'date' },
  }),
);

/**
 * A count of items: a whole number from 0. It raises the issues of zod's `z.int()` and `z.nonnegative()` (so
 * the same messages) without shipping zod's number-format and comparison code in every bundle;
 * json-schema.ts says `integer` and `minimum: 0` for it.
 */
export const Count = z.number().check(
  z.check<number>((ctx) => {
    const input = ctx.value;
    if (!Number.isInteger(input)) {
      ctx.issues.push({ code: 'invalid_type', expected: 'int', format: 'safeint', continue: false, input });
      return;
    }
    const note = 'Integers must be within the safe integer range.';
    const safe = { origin: 'int', inclusive: true, note, continue: true, input } as const;
    if (input > Number.MAX_SAFE_INTEGER)
      ctx.issues.push({ code: 'too_big', maximum: Number.MAX_SAFE_INTEGER, ...safe });
    else if (input < Number.MIN_SAFE_INTEGER)
      ctx.issues.push({ code: 'too_small', minimum: Number.MIN_SAFE_INTEGER, ...safe });
    if (input < 0)
      ctx.issues.push({ code: 'too_small', origin: 'number', minimum: 0, inclusive: true, continue: true, input });
  }),
);

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * One part of a split feed: an ordinary feed document that holds one collection, of one Land (or of the
 * items without a Land) and, for events, of a date range. Its URL resolves against the index's URL.
 */
export const Part = z
  .object({
    collection: z.enum(['projects', 'partners', 'offices', 'events', 'news']),
    url: Text,
    land: z.optional(LandCode),
    from: z.optional(DateOnly),
    to: z.optional(DateOnly),
    count: Count,
    sha256: z.optional(
      z
        .string()
        .check(z.refine((v) => SHA256.test(v), { message: 'expected 64 hex digits', params: { kgc: 'sha256' } })),
    ),
  })
  .check(
    z.refine((p) => !p.from || !p.to || p.from <= p.to, {
      message: 'to is before from',
      path: ['to'],
      params: { kgc: 'end-before-start' },
    }),
  );

/**
 * Addresses keyed by Land (`DE-ST`), each a non-empty text; other keys are refused. It raises the issues of
 * zod's `z.partialRecord(LandCode, Text)` (so the same messages) without shipping zod's record schema in
 * every bundle; json-schema.ts describes it for the JSON Schema.
 */
export const CalendarUrls = z.custom<Partial<Record<LandCodeValue, string>>>().check(
  z.check((ctx) => {
    const input = ctx.value as Record<string, unknown>;
    if (!z.core.util.isPlainObject(input)) {
      ctx.issues.push({ code: 'invalid_type', expected: 'record', input });
      return;
    }
    const output: Record<string, string> = {};
    const unrecognized: string[] = [];
    for (const key of Object.keys(input)) {
      if (key === '__proto__') continue;
      if (!(LAND_CODES as readonly string[]).includes(key)) {
        unrecognized.push(key);
        continue;
      }
      const value = input[key];
      // A valid text without zod's machinery (an index is what a page checks first, while zod's code is cold);
      // anything else through Text, for its issues, which the parse running this check finalises.
      const text = readPlain(Text, value);
      if (text !== undefined) {
        output[key] = text;
        continue;
      }
      const result = Text._zod.run({ value, issues: [] }, {}) as z.core.ParsePayload<string>;
      ctx.issues.push(...z.core.util.prefixIssues(key, result.issues));
      output[key] = result.value;
    }
    if (unrecognized.length) ctx.issues.push({ code: 'unrecognized_keys', keys: unrecognized, input, continue: true });
    ctx.value = output;
  }),
);

/** The index's head: everything but its parts (what a widget checks before it looks at any part). */
export const IndexHead = z.object({
  version: z.literal(1),
  kind: z.literal('index'),
  title: z.optional(Text),
  updated: z.optional(IsoDate),
  calendarUrl: z.optional(Text),
  calendarUrls: z.optional(CalendarUrls),
});

/**
 * The index of a split feed; its URLs (parts, calendars) may be relative to the index. `calendarUrls` (an addition to DESIGN.md's list: subscription addresses per
 * Land, keyed `DE-ST`, written by `kgc-feed split`) lets a calendar with `land` offer its Land's `.ics`.
 */
export const FeedIndex = z.extend(IndexHead, { parts: z.array(Part) });

export type Region = z.infer<typeof Region>;
export type Address = z.infer<typeof Address>;
export type Contact = z.infer<typeof Contact>;
export type Org = z.infer<typeof Org>;
export type GeoPoint = z.infer<typeof GeoPoint>;
export type Project = z.infer<typeof Project>;
export type Partner = z.infer<typeof Partner>;
export type Office = z.infer<typeof Office>;
export type Event = z.infer<typeof Event>;
export type EventStatus = z.infer<typeof EventStatus>;
export type NewsItem = z.infer<typeof NewsItem>;
export type FeedHead = z.infer<typeof FeedHead>;
export type Part = z.infer<typeof Part>;
export type IndexHead = z.infer<typeof IndexHead>;
export type FeedIndex = z.infer<typeof FeedIndex>;

/** The feed as widgets see it: every collection present (possibly empty), every item valid. */
export type Feed = FeedHead & {
  projects: Project[];
  partners: Partner[];
  offices: Office[];
  events: Event[];
  news: NewsItem[];
};
