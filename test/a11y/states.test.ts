/**
 * Every widget in every state a visitor can meet, audited with axe-core's WCAG 2.1 A/AA rules (and, as a
 * second pass, its best practices): loading, each kind of error with its retry button, empty and partly
 * invalid feeds, loaded, filtered to nothing, and the interactive states of each widget — in German and
 * English, in a 320 px and a 760 px wide container (the viewport's width: axe checks contrast only of what
 * is laid out). The states are set up as a visitor reaches them: by clicking and typing in the shadow DOM.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { KgcEventCalendar } from '../../src/widgets/event-calendar/event-calendar.js';
import type { KgcNewsList } from '../../src/widgets/news-list/news-list.js';
import type { KgcProjectCard } from '../../src/widgets/project-card/project-card.js';
import type { Project } from '../../src/feed/schema.js';
import { captureWarnings, feedUrl } from '../helpers/server.js';
import { BEST_PRACTICE, WCAG21AA, describeViolations, expectNoViolations, runAxe } from './axe.js';

type Lang = 'de' | 'en';
interface Setup {
  /** The container (lang and width set); the state goes in it. */
  host: HTMLElement;
  lang: Lang;
}
/** Builds a state in `host` and returns the element to audit. */
type State = (setup: Setup) => Promise<Element>;

const LANGS: Lang[] = ['de', 'en'];
const WIDTHS = [320, 760];

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const busy = (el: Element) => $(el, '[part="base"]')?.getAttribute('aria-busy');
const settled = (el: Element) =>
  waitUntil(() => busy(el) === 'false', `<${el.localName}> settles`, { timeout: 8000 }).then(
    () => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
  );
const afterFrames = async (el: Element) => {
  for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
};
const shown = (el: Element, selector: string, what: string) =>
  waitUntil(() => !!$(el, selector), what, { timeout: 8000 });

/** Makes a widget in `host` with these attributes (and `src`) and waits until it has settled. */
async function widget<T extends HTMLElement>(
  host: HTMLElement,
  name: string,
  attributes: Record<string, string>,
  properties: Record<string, unknown> = {},
): Promise<T> {
  const el = document.createElement(name) as T;
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
  Object.assign(el, properties);
  // Partly invalid feeds warn about their skipped items: expected here, not the subject of this file.
  await captureWarnings(async () => {
    host.append(el);
    if (attributes.src?.includes('delay=') && !attributes.timeout)
      await shown(el, '[part="loading"]', 'the loading state');
    else await settled(el);
    // Widgets that size themselves by their container (ResizeObserver) settle in the frames after.
    await afterFrames(el);
  });
  return el;
}

async function click(el: Element, selector: string): Promise<void> {
  const target = $(el, selector);
  if (!target) throw new Error(`nothing to click: ${selector}`);
  // SVG elements have no click(): a synthetic click does for them what a pointer does.
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

async function type(el: Element, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

async function choose(el: Element, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

const absolute = (url: string) => new URL(url, location.href).href;
/** A port nobody listens on: the request fails as a network error. */
const UNREACHABLE = 'http://127.0.0.1:9/feed.json';

/** The states every widget shares (the base element's): loading and each kind of error. */
function common(name: string, attributes: Record<string, string>, fixtureName: string): Record<string, State> {
  const at = (src: string) => ({ ...attributes, src });
  return {
    loading: ({ host }) => widget(host, name, at(feedUrl(fixtureName, { delay: 60000 }))),
    'error: network': ({ host }) => widget(host, name, at(UNREACHABLE)),
    'error: timeout': ({ host }) =>
      widget(host, name, { ...at(feedUrl(fixtureName, { delay: 60000 })), timeout: '0.2' }),
    'error: HTTP 500': ({ host }) => widget(host, name, at(feedUrl(fixtureName, { status: 500 }))),
    'error: not JSON': ({ host }) => widget(host, name, at(feedUrl(fixtureName, { body: 'notjson' }))),
    'error: not a feed': ({ host }) => widget(host, name, at(feedUrl('array'))),
    'error: version 2': ({ host }) => widget(host, name, at(feedUrl('version2'))),
  };
}

// --- fixtures for the cards ---------------------------------------------------------------------------------

const MINIMAL_PROJECT: Project = {
  id: 'p-min',
  title: 'Kiezläufer',
  targetAreas: [],
  settings: [],
  targetGroups: [],
  region: { land: 'DE-BE' },
};

async function maximalProject(): Promise<Project> {
  const feed = (await (await fetch(feedUrl('project-feed'))).json()) as { projects: Project[] };
  const full = feed.projects.find((p) => p.goodPractice && p.contact && p.provider?.address) ?? feed.projects[0];
  return { ...full, goodPractice: true, updated: full.updated ?? '2024-05-02', period: { start: '2014-07' } };
}

async function newsPage(nextUrl: string) {
  const feed = (await (await fetch(feedUrl('news-feed'))).json()) as { news: unknown[] };
  return { version: 1, nextUrl: absolute(nextUrl), news: feed.news.slice(0, 3) };
}

// --- the matrix ---------------------------------------------------------------------------------------------

const LIST = 'kgc-project-list';
const CARD = 'kgc-project-card';
const CALENDAR = 'kgc-event-calendar';
const MAP = 'kgc-partner-map';
const NEWS = 'kgc-news-list';
const OFFICE = 'kgc-office-card';

const list = (host: HTMLElement, attributes: Record<string, string> = {}, fixtureName = 'project-feed') =>
  widget(host, LIST, { src: feedUrl(fixtureName), ...attributes });
const calendar = (host: HTMLElement, attributes: Record<string, string> = {}, fixtureName = 'event-calendar') =>
  widget<KgcEventCalendar>(host, CALENDAR, { today: '2026-06-10', src: feedUrl(fixtureName), ...attributes });
const map = (host: HTMLElement, attributes: Record<string, string> = {}, fixtureName = 'map-valid') =>
  widget(host, MAP, { src: feedUrl(fixtureName), ...attributes });
const news = (host: HTMLElement, attributes: Record<string, string> = {}, fixtureName = 'news-feed') =>
  widget<KgcNewsList>(host, NEWS, { src: feedUrl(fixtureName), ...attributes });
const office = (host: HTMLElement, land: string, fixtureName = 'office-valid') =>
  widget(host, OFFICE, { src: feedUrl(fixtureName), land });

/** Opens the calendar's details dialog for one event (a chip in the grid, a title in the list). */
async function openEvent(el: Element): Promise<void> {
  const opener = $(el, '.chip') ?? $(el, '.item-heading button');
  opener!.click();
  await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the dialog opens', { timeout: 5000 });
}

const STATES: Record<string, Record<string, State>> = {
  [LIST]: {
    ...common(LIST, {}, 'project-feed'),
    loaded: ({ host }) => list(host),
    'empty feed': ({ host }) => list(host, {}, 'empty'),
    'partial feed': ({ host }) => list(host, {}, 'project-partial'),
    'search typed': async ({ host }) => {
      const el = await list(host);
      await type(el, '[part="search-input"]', 'gesund quartier');
      return el;
    },
    'filtered to zero results': async ({ host }) => {
      const el = await list(host);
      await type(el, '[part="search-input"]', 'xylophon');
      return el;
    },
    'filters open': async ({ host }) => {
      const el = await list(host);
      await click(el, '[part="filter-toggle"]');
      return el;
    },
    'filters applied': async ({ host }) => {
      const el = await list(host);
      await click(el, '[part="filter-toggle"]');
      await click(el, '[part="facet"] input[type="checkbox"]');
      return el;
    },
    'long facet expanded and searched': async ({ host }) => {
      const el = await list(host);
      await click(el, '[part="filter-toggle"]');
      const toggle = $(el, '[part="facet"] button[aria-expanded]');
      if (toggle) {
        toggle.click();
        await type(el, '.facet-filter', 'ge');
      }
      return el;
    },
    'more projects shown': async ({ host }) => {
      const el = await list(host, { 'page-size': '5' });
      await click(el, '[part="more-button"]');
      return el;
    },
    'sorted by date, url-state': async ({ host }) => {
      const el = await list(host, { 'url-state': 'a11y', sort: 'updated' });
      return el;
    },
    'no facets': ({ host }) => list(host, { facets: '' }),
  },
  [CARD]: {
    ...common(CARD, { 'project-id': 'p-leipzig-koordinierungsstelle' }, 'project-feed'),
    'loaded from the feed': ({ host }) =>
      widget(host, CARD, { src: feedUrl('project-feed'), 'project-id': 'p-leipzig-koordinierungsstelle' }),
    'loaded from the feed, full': ({ host }) =>
      widget(host, CARD, {
        src: feedUrl('project-feed'),
        'project-id': 'p-leipzig-koordinierungsstelle',
        variant: 'full',
      }),
    'not in the feed': ({ host }) => widget(host, CARD, { src: feedUrl('project-feed'), 'project-id': 'nope' }),
    'teaser, minimal data': ({ host }) => widget<KgcProjectCard>(host, CARD, {}, { project: MINIMAL_PROJECT }),
    'teaser, maximal data, highlighted': async ({ host }) =>
      widget<KgcProjectCard>(host, CARD, { highlight: 'gesund stadt' }, { project: await maximalProject() }),
    'full, minimal data': ({ host }) => widget(host, CARD, { variant: 'full' }, { project: MINIMAL_PROJECT }),
    'full, maximal data': async ({ host }) =>
      widget(host, CARD, { variant: 'full' }, { project: await maximalProject() }),
  },
  [CALENDAR]: {
    ...common(CALENDAR, { today: '2026-06-10' }, 'event-calendar'),
    'loaded, default view for the width': ({ host }) => calendar(host),
    'month grid': ({ host }) => calendar(host, { view: 'month' }),
    'list (agenda)': ({ host }) => calendar(host, { view: 'list' }),
    'list with "more"': async ({ host }) => {
      const el = await calendar(host, { view: 'list', limit: '2' });
      await click(el, '.more-list');
      return el;
    },
    'day focused by keyboard': async ({ host }) => {
      const el = await calendar(host, { view: 'month' });
      const cell = $(el, '[role="gridcell"][data-day="2026-06-10"]')!;
      cell.focus();
      cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await waitUntil(() => root(el).activeElement?.getAttribute('data-day') === '2026-06-11', 'the next day');
      return el;
    },
    'day with many events open': async ({ host }) => {
      const el = await calendar(host, { view: 'month' });
      await click(el, '[data-day="2026-06-24"] .more');
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the day dialog opens', { timeout: 5000 });
      return el;
    },
    'event details open (month)': async ({ host }) => {
      const el = await calendar(host, { view: 'month' });
      await openEvent(el);
      return el;
    },
    'event details open (list)': async ({ host }) => {
      const el = await calendar(host, { view: 'list' });
      await openEvent(el);
      return el;
    },
    'next month': async ({ host }) => {
      const el = await calendar(host, { view: 'month' });
      await click(el, '.nav button:last-child');
      return el;
    },
    'month without events': ({ host }) => calendar(host, { view: 'month', month: '2026-08' }),
    'list of a month without events': ({ host }) => calendar(host, { view: 'list', month: '2029-01' }),
    'filters, Land chosen': async ({ host }) => {
      const el = await calendar(host, { view: 'month', filters: '' });
      await choose(el, '.filter select', 'DE-BE');
      return el;
    },
    'filters, none match': ({ host }) => calendar(host, { filters: '', land: 'HB' }),
    'filters folded (narrow default)': ({ host }) => calendar(host, { filters: '' }),
    'empty feed': ({ host }) => calendar(host, {}, 'event-empty'),
    'partial feed': ({ host }) => calendar(host, {}, 'event-partial'),
  },
  [MAP]: {
    ...common(MAP, {}, 'map-valid'),
    'Germany loaded': ({ host }) => map(host),
    'Land focused, Kreise loaded': async ({ host }) => {
      const el = await map(host, { land: 'ST' });
      await waitUntil(() => $$(el, 'path.kreis').length > 0, 'the Kreise of Sachsen-Anhalt', { timeout: 8000 });
      return el;
    },
    'Land chosen in the select': async ({ host }) => {
      const el = await map(host);
      await choose(el, '.controls select', 'DE-SN');
      return el;
    },
    'partner panel open': async ({ host }) => {
      const el = await map(host, { land: 'ST' });
      await click(el, '.marker.partner');
      await shown(el, '.panel', 'the panel');
      return el;
    },
    'office panel open': async ({ host }) => {
      const el = await map(host, { land: 'ST' });
      await click(el, '.item.office > button');
      await shown(el, '.panel', 'the panel');
      return el;
    },
    'group panel open': async ({ host }) => {
      const el = await map(host);
      const group = $(el, '.marker.group');
      if (!group) throw new Error('no group of markers at this width');
      await click(el, '.marker.group');
      await shown(el, '.panel', 'the panel');
      return el;
    },
    'list twin: place opened from the list': async ({ host }) => {
      const el = await map(host);
      await click(el, '.list .item.partner > button');
      await shown(el, '.panel', 'the panel');
      return el;
    },
    'filtered to zero results': async ({ host }) => {
      const el = await map(host);
      for (const box of $$<HTMLInputElement>(el, '.show input[type="checkbox"]')) {
        box.click();
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      }
      return el;
    },
    'kind chosen': async ({ host }) => {
      const el = await map(host);
      const select = $$<HTMLSelectElement>(el, '.controls select')[1];
      await choose(el, `#${select.id}`, select.options[1].value);
      return el;
    },
    'empty feed': ({ host }) => map(host, {}, 'map-empty'),
    'partial feed': ({ host }) => map(host, {}, 'map-partial'),
  },
  [NEWS]: {
    ...common(NEWS, {}, 'news-feed'),
    loaded: ({ host }) => news(host, { 'more-href': '/aktuelles' }),
    'tag filter, one chosen': async ({ host }) => {
      const el = await news(host, { filters: '' });
      await click(el, '[part="filter"]:nth-of-type(1)');
      const second = $$(el, '[part="filter"]')[1];
      second.click();
      await el.updateComplete;
      return el;
    },
    'preset tag, nothing matches': ({ host }) => news(host, { tag: 'Gibt es nicht', filters: '' }),
    'next page appended': async ({ host }) => {
      const el = await widget<KgcNewsList>(host, NEWS, { limit: '3' }, { data: await newsPage(feedUrl('news-page2')) });
      await click(el, '[part="more-button"]');
      await waitUntil(() => $$(el, 'article').length > 3, 'the next page is appended', { timeout: 8000 });
      return el;
    },
    'next page failed': async ({ host }) => {
      const el = await widget<KgcNewsList>(
        host,
        NEWS,
        { limit: '3' },
        { data: await newsPage(feedUrl('news-page2', { status: 503 })) },
      );
      await click(el, '[part="more-button"]');
      await shown(el, '.page-error', 'the page error');
      return el;
    },
    'next page loading': async ({ host }) => {
      const el = await widget<KgcNewsList>(
        host,
        NEWS,
        { limit: '3' },
        { data: await newsPage(feedUrl('news-page2', { delay: 60000 })) },
      );
      await click(el, '[part="more-button"]');
      return el;
    },
    compact: ({ host }) => news(host, { variant: 'compact', limit: '3' }),
    'JSON Feed': ({ host }) => news(host, {}, 'news-jsonfeed'),
    'empty feed': ({ host }) => news(host, {}, 'empty'),
    'partial feed': ({ host }) => news(host, {}, 'news-partial'),
  },
  [OFFICE]: {
    ...common(OFFICE, { land: 'ST' }, 'office-valid'),
    'maximal data': ({ host }) => office(host, 'ST'),
    'minimal data': ({ host }) => office(host, 'BE'),
    'no office in the Land': ({ host }) => office(host, 'HB'),
    'no Land given': ({ host }) => office(host, ''),
  },
  'kgc-feed': {
    'loading, two widgets': async ({ host }) => {
      const feed = document.createElement('kgc-feed');
      feed.setAttribute('src', feedUrl('valid', { delay: 60000 }));
      feed.innerHTML = '<kgc-news-list></kgc-news-list><kgc-office-card land="ST"></kgc-office-card>';
      host.append(feed);
      await Promise.all([...feed.children].map((child) => shown(child, '[part="loading"]', 'the loading state')));
      return feed;
    },
    'loaded, two widgets': async ({ host }) => {
      const feed = document.createElement('kgc-feed');
      feed.setAttribute('src', feedUrl('valid'));
      feed.innerHTML = '<kgc-news-list></kgc-news-list><kgc-office-card land="ST"></kgc-office-card>';
      host.append(feed);
      await Promise.all([...feed.children].map(settled));
      return feed;
    },
    'error, two widgets': async ({ host }) => {
      const feed = document.createElement('kgc-feed');
      feed.setAttribute('src', feedUrl('valid', { status: 404 }));
      feed.innerHTML =
        '<kgc-event-calendar today="2026-06-10"></kgc-event-calendar><kgc-partner-map></kgc-partner-map>';
      host.append(feed);
      await Promise.all([...feed.children].map(settled));
      return feed;
    },
  },
};

describe('axe, the audit itself', () => {
  it('sees into the shadow DOM and names rule and target: a widget with a pale token fails', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div lang="de" style="width: 760px; --kgc-color-muted: #b8b8b8"></div>`,
    );
    const el = await widget(host, NEWS, { src: feedUrl('news-feed', { delay: 60000 }) });
    const found = describeViolations(await runAxe(el, WCAG21AA));
    expect(found.length).to.equal(1, found.join('\n'));
    expect(found[0]).to.match(/^color-contrast \(serious\) at \[\["kgc-news-list","\.state"\]\]: /);
  });

  it('finds a button without a name inside a widget', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="de" style="width: 760px"></div>`);
    const el = await widget(host, NEWS, { src: feedUrl('news-feed', { status: 500 }) });
    $(el, '[part="retry"]')!.textContent = '';
    const found = describeViolations(await runAxe(el, WCAG21AA));
    expect(found.map((line) => line.split(' ')[0])).to.deep.equal(['button-name']);
  });
});

/** Audits every state of every widget, once per language and width given, in a host styled with `style`. */
function auditAll(variant: string, langs: Lang[], style = '', widths = WIDTHS): void {
  for (const [name, states] of Object.entries(STATES)) {
    describe(`<${name}>`, () => {
      for (const [state, build] of Object.entries(states)) {
        for (const lang of langs) {
          for (const width of widths) {
            const label = `<${name}> ${state}, ${lang}, ${width}px${variant}`;
            it(`${state} (${lang}, ${width}px)`, async () => {
              const host = await fixture<HTMLDivElement>(
                html`<div lang=${lang} style="width: ${width}px; ${style}"></div>`,
              );
              const el = await build({ host, lang });
              await expectNoViolations(el, label, WCAG21AA);
              await expectNoViolations(el, label, BEST_PRACTICE);
            });
          }
        }
      }
    });
  }
}

/**
 * A dark host page that sets every colour token (as docs/theming.md tells hosts to): any colour a widget
 * hard-codes instead of taking it from a token shows up here as a contrast failure.
 */
const DARK = [
  'background: #0f1114',
  'color: #eef0f2',
  '--kgc-color-primary: #9cc7ff',
  '--kgc-color-on-primary: #0b1b2b',
  '--kgc-color-text: #eef0f2',
  '--kgc-color-muted: #c3c9d1',
  '--kgc-color-surface: #16191d',
  '--kgc-color-surface-alt: #262b31',
  '--kgc-color-border: #8a939e',
  '--kgc-color-divider: #3a4149',
  '--kgc-color-focus: #ffb35c',
  '--kgc-color-danger: #ff9b9b',
  '--kgc-color-success: #86d9a4',
  '--kgc-color-highlight: #5c4d00',
  '--kgc-map-partner-color: #9cc7ff',
  '--kgc-map-office-color: #f2a900',
  '--kgc-map-land-color: #2b3138',
  '--kgc-map-shade-color: #9cc7ff',
].join('; ');

describe('axe, WCAG 2.1 AA and best practices', () => auditAll('', LANGS));

// Forced colours (Windows contrast themes) can be emulated in Chromium only (see forced-colors-plugin.mjs).
if (/Chrome\//.test(navigator.userAgent)) {
  describe('axe, WCAG 2.1 AA and best practices, forced colours', () => {
    before(async () => {
      expect(await executeServerCommand('kgc-forced-colors', { active: true })).to.equal(true);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    });
    after(async () => {
      await executeServerCommand('kgc-forced-colors', { active: false });
    });
    auditAll(', forced colours', ['de']);
  });
}

describe('axe, WCAG 2.1 AA and best practices, dark colour tokens', () => auditAll(', dark tokens', ['de'], DARK));

// Text enlarged to 200 % (WCAG 1.4.4) in the wide container: as much room per letter as 380 px at 100 %.
describe('axe, WCAG 2.1 AA and best practices, text at 200 %', () =>
  auditAll(', text at 200 %', ['de'], 'font-size: 200%', [760]));
