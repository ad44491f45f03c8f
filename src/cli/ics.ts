/**
 * `kgc-feed ics FILE|URL [-o OUT] [--refresh PT1H] [--uid-domain example.org]`: the feed's events as an
 * iCalendar file, for publishers to serve at the feed's `calendarUrl`. The feed is checked strictly first
 * (any problem: exit 1, nothing written). Subscribers are told to reload hourly (REFRESH-INTERVAL,
 * X-PUBLISHED-TTL); the calendar is named after the feed's title. Node only, no lit, no DOM.
 */
import { writeFile } from 'node:fs/promises';
import { checkFeed } from '../feed/parse.js';
import { FeedError } from '../feed/errors.js';
import type { Event, Feed } from '../feed/schema.js';
import { toICalendar } from '../widgets/event-calendar/ics.js';
import { explain, readJson } from './common.js';

const TEXT = {
  de: {
    usage: 'Aufruf: kgc-feed ics DATEI|URL [-o AUSGABE] [--refresh PT1H] [--uid-domain DOMAIN]',
    invalid: (n: number) =>
      `Der Feed hat ${n} Fehler; es wurde keine iCalendar-Datei geschrieben (Details: kgc-feed validate).`,
    unreadable: 'Der Feed kann nicht gelesen werden:',
    written: (n: number, file: string) => `${n} Termine nach ${file} geschrieben.`,
    refresh: 'Das Intervall --refresh muss eine Dauer nach RFC 5545 sein, z. B. PT1H oder P1D.',
  },
  en: {
    usage: 'Usage: kgc-feed ics FILE|URL [-o OUT] [--refresh PT1H] [--uid-domain DOMAIN]',
    invalid: (n: number) => `The feed has ${n} errors; no iCalendar file was written (details: kgc-feed validate).`,
    unreadable: 'The feed cannot be read:',
    written: (n: number, file: string) => `${n} events written to ${file}.`,
    refresh: 'The --refresh interval must be an RFC 5545 duration, e.g. PT1H or P1D.',
  },
};

/** Events by start instant (a stable sort: equal starts keep the feed's order). */
export const sortedEvents = (events: readonly Event[]): Event[] =>
  [...events].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

export interface FeedCalendarOptions {
  /** How often subscribers reload, an RFC 5545 duration; `PT1H` by default. */
  refresh?: string;
  /** Right-hand side of the UIDs; by default the host of the feed's `calendarUrl`, else of its `homePageUrl`. */
  uidDomain?: string;
  /** The calendar's name; the feed's title by default. */
  name?: string;
  /** DTSTAMP of every event; the current time by default. */
  now?: Date;
  /** Where this file is published (SOURCE); the feed's `calendarUrl` unless given, even as `undefined`. */
  source?: string;
}

/**
 * The subscription file of some of a feed's events. `kgc-feed ics` and `kgc-feed split` share it, so the
 * same event has the same UID in every file a publisher serves.
 */
export function feedCalendar(feed: Feed, events: readonly Event[], options: FeedCalendarOptions = {}): string {
  let uidDomain = options.uidDomain;
  for (const url of [feed.calendarUrl, feed.homePageUrl]) {
    try {
      uidDomain ??= url ? new URL(url).hostname : undefined;
    } catch {
      /* not a URL: try the next */
    }
  }
  return toICalendar(events, {
    name: options.name ?? feed.title,
    refresh: options.refresh ?? 'PT1H',
    source: 'source' in options ? options.source : feed.calendarUrl,
    uidDomain,
    now: options.now,
    lang: feed.language?.toLowerCase().startsWith('en') ? 'en' : 'de',
  });
}

/** Writes the iCalendar of a feed's events to stdout or `-o FILE`. Exit codes: 0 ok, 1 unreadable or invalid feed, 2 usage. */
export async function icsCommand(args: string[]): Promise<number> {
  const lang = (process.env.LANG ?? '').startsWith('en') ? 'en' : 'de';
  const text = TEXT[lang];
  const err = (line: string) => process.stderr.write(`${line}\n`);
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (['-o', '--output', '--refresh', '--uid-domain'].includes(arg) && i + 1 < args.length)
      options.set(arg, args[++i]);
    else if (arg.startsWith('-')) {
      err(text.usage);
      return 2;
    } else positional.push(arg);
  }
  const source = positional[0];
  const refresh = options.get('--refresh') ?? 'PT1H';
  if (!source || positional.length > 1) {
    err(text.usage);
    return 2;
  }
  if (!/^P(\d+W|(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)$/.test(refresh) || /^P(T)?$/.test(refresh)) {
    err(text.refresh);
    return 2;
  }
  let json: unknown;
  try {
    json = await readJson(source);
  } catch (error) {
    err(
      `${source}: ${text.unreadable} ${error instanceof FeedError ? error.detail : error instanceof Error ? error.message : String(error)}`,
    );
    return error instanceof FeedError ? 1 : 2;
  }
  let parsed;
  try {
    parsed = checkFeed(json);
  } catch (error) {
    err(`${source}: ${text.unreadable} ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const { feed, issues } = parsed;
  if (issues.length) {
    err(`${source}: ${text.invalid(issues.length)}`);
    for (const issue of issues) err(`  ${issue.path}: ${explain(issue, lang)}`);
    return 1;
  }
  const events = sortedEvents(feed.events);
  const ics = feedCalendar(feed, events, { refresh, uidDomain: options.get('--uid-domain') });
  const output = options.get('-o') ?? options.get('--output');
  if (output && output !== '-') {
    try {
      await writeFile(output, ics, 'utf8');
    } catch (error) {
      err(`${output}: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
    err(text.written(events.length, output));
  } else {
    process.stdout.write(ics);
  }
  return 0;
}
