/**
 * Network faults against the real test server (test/helpers/test-server.mjs): each fault ends in the right
 * German or English text with the retry button, and a click on it loads the feed once the server is fixed.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/widgets/project-list/project-list.js';
import '../../src/widgets/event-calendar/event-calendar.js';
import { loadFeed } from '../../src/feed/loader.js';
import { FeedError } from '../../src/feed/errors.js';
import { errorMessage } from '../../src/i18n/messages.js';
import '../../src/widgets/feed/kgc-feed.js';
import {
  failure,
  fault,
  feedUrl,
  fix,
  hits,
  openRequests,
  secondOrigin,
  uniqueKey,
  type FeedFaults,
} from '../helpers/server.js';

const shadow = (el: Element) => el.shadowRoot!;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Fault {
  name: string;
  faults: FeedFaults;
  /** Part of the address itself (kept after the fix), not of the fault. */
  redirect?: 302;
  /** Served from the second origin. */
  second?: boolean;
  /** The widget's `timeout` attribute in seconds. */
  timeout?: number;
  kind: string;
  status?: number;
  de: RegExp;
  en: RegExp;
}

const HTTP_404 = { de: /keine Daten gefunden \(HTTP-Status 404\)/, en: /No data was found .*\(HTTP status 404\)/ };
const TIMEOUT = { de: /nicht rechtzeitig geantwortet/, en: /did not answer in time/ };
const NOT_JSON = { de: /kein JSON-Dokument/, en: /not a JSON document/ };
const NETWORK = { de: /nicht erreichbar/, en: /cannot be reached/ };

const FAULTS: Fault[] = [
  { name: '404', faults: { status: 404 }, kind: 'http', status: 404, ...HTTP_404 },
  {
    name: '500',
    faults: { status: 500 },
    kind: 'http',
    status: 500,
    de: /mit einem Fehler geantwortet \(HTTP-Status 500\)/,
    en: /answered with an error \(HTTP status 500\)/,
  },
  {
    name: '503 with Retry-After',
    faults: { status: 503, retryAfter: '120' },
    kind: 'http',
    status: 503,
    de: /vorübergehend nicht verfügbar \(HTTP-Status 503\)\. Bitte versuchen Sie es in 2 Minuten erneut\./,
    en: /temporarily unavailable \(HTTP status 503\)\. Please try again in 2 minutes\./,
  },
  {
    name: 'a 503 the browser may cache (max-age)',
    faults: { status: 503, maxAge: 300 },
    kind: 'http',
    status: 503,
    de: /vorübergehend nicht verfügbar \(HTTP-Status 503\)\. Bitte versuchen Sie es später erneut\./,
    en: /temporarily unavailable \(HTTP status 503\)\. Please try again later\./,
  },
  {
    name: 'an HTML page with status 200',
    faults: { body: 'notjson', type: 'text/html' },
    kind: 'json',
    ...NOT_JSON,
  },
  { name: 'a truncated JSON body', faults: { body: 'truncated' }, kind: 'json', ...NOT_JSON },
  { name: 'a connection dropped inside the body', faults: { body: 'cut' }, kind: 'network', ...NETWORK },
  { name: 'a server that never answers', faults: { hang: true }, timeout: 1, kind: 'timeout', ...TIMEOUT },
  { name: 'a body trickling beyond the timeout', faults: { trickle: 6000 }, timeout: 1, kind: 'timeout', ...TIMEOUT },
  { name: 'a redirect to a 404', faults: { status: 404 }, redirect: 302, kind: 'http', status: 404, ...HTTP_404 },
  { name: 'CORS refused by another origin', faults: { cors: 'refuse' }, second: true, kind: 'network', ...NETWORK },
];

async function address(fixture: string, key: string, item: Pick<Fault, 'redirect' | 'second'>): Promise<string> {
  return feedUrl(fixture, { key, redirect: item.redirect, origin: item.second ? await secondOrigin() : undefined });
}

/** Clicks the element's centre with the real mouse, as a visitor would. */
async function click(element: HTMLElement) {
  element.scrollIntoView({ block: 'center' });
  const { x, y, width, height } = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
  await resetMouse();
}

interface WidgetUnderTest {
  tag: 'kgc-project-list' | 'kgc-event-calendar';
  fixture: string;
  attributes: Record<string, string>;
  /** True once the widget shows the feed's data. */
  shows: (el: Element) => boolean;
}

const WIDGETS: WidgetUnderTest[] = [
  {
    tag: 'kgc-project-list',
    fixture: 'project-feed',
    attributes: {},
    shows: (el) => shadow(el).querySelectorAll('li[part="item"] > kgc-project-card').length > 0,
  },
  {
    tag: 'kgc-event-calendar',
    fixture: 'event-calendar',
    attributes: { today: '2026-06-10' },
    shows: (el) => squash(shadow(el).querySelector('[role="grid"]')?.textContent).includes('Fachforum'),
  },
];

/** The widget on the page, with every kgc-load and kgc-error it fires counted. */
function mount(widget: WidgetUnderTest, src: string, lang: string, timeout?: number) {
  const el = document.createElement(widget.tag);
  for (const [name, value] of Object.entries(widget.attributes)) el.setAttribute(name, value);
  el.setAttribute('lang', lang);
  if (timeout) el.setAttribute('timeout', String(timeout));
  el.setAttribute('src', src);
  el.style.width = '1000px';
  const events = { load: [] as CustomEvent[], error: [] as CustomEvent[] };
  el.addEventListener('kgc-load', (e) => events.load.push(e as CustomEvent));
  el.addEventListener('kgc-error', (e) => events.error.push(e as CustomEvent));
  document.body.append(el);
  return { el, events };
}

describe('network faults', () => {
  for (const widget of WIDGETS) {
    describe(`<${widget.tag}>`, () => {
      for (const item of FAULTS) {
        for (const lang of ['de', 'en'] as const) {
          it(`${item.name} (${lang}): error text, retry button, then the data once the server is fixed`, async () => {
            const key = uniqueKey(widget.fixture);
            await fault(key, item.faults);
            const { el, events } = mount(widget, await address(widget.fixture, key, item), lang, item.timeout);
            try {
              await waitUntil(() => events.error.length > 0, 'kgc-error', { timeout: 8000 });
              await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
              const alert = squash(shadow(el).querySelector('[part="error"][role="alert"]')?.textContent);
              expect(alert).to.match(item[lang]);
              expect(events.error[0].detail.kind).to.equal(item.kind);
              expect(events.error[0].detail.message).to.match(item[lang]);
              const retry = shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
              expect(squash(retry.textContent)).to.equal(lang === 'de' ? 'Erneut versuchen' : 'Try again');
              expect(widget.shows(el)).to.equal(false);

              await fix(key);
              await click(retry);
              await waitUntil(() => events.load.length > 0 && widget.shows(el), 'the data after the retry', {
                timeout: 8000,
              });
              await pause(400);
              expect([events.error.length, events.load.length]).to.deep.equal([1, 1]);
              expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
            } finally {
              el.remove();
            }
          });
        }
      }

      it('loads a feed whose body trickles in within the timeout', async () => {
        const { el, events } = mount(widget, feedUrl(widget.fixture, { trickle: 600 }), 'de', 10);
        try {
          await waitUntil(() => events.load.length > 0 && widget.shows(el), 'the data', { timeout: 8000 });
          expect(events.error.length).to.equal(0);
        } finally {
          el.remove();
        }
      });

      for (const status of [301, 302, 307] as const) {
        it(`follows a ${status} redirect to the feed`, async () => {
          const key = uniqueKey(widget.fixture);
          const { el, events } = mount(widget, feedUrl(widget.fixture, { key, redirect: status }), 'de');
          try {
            await waitUntil(() => events.load.length > 0 && widget.shows(el), 'the data', { timeout: 8000 });
            expect(await hits(key)).to.equal(2);
          } finally {
            el.remove();
          }
        });
      }
    });
  }
});

describe('loadFeed against network faults', () => {
  for (const item of FAULTS) {
    it(`${item.name}: a FeedError of kind ${item.kind}, and the next load asks the fixed server again`, async () => {
      const key = uniqueKey();
      await fault(key, item.faults);
      const url = await address('valid', key, item);
      const error = await failure(loadFeed(url, { timeout: item.timeout }));
      expect([error.kind, error.status]).to.deep.equal([item.kind, item.status]);
      await fix(key);
      const { feed } = await loadFeed(url, { timeout: item.timeout });
      expect(feed.title).to.equal('Testfeed');
    });
  }

  for (const status of [404, 410, 500, 503]) {
    it(`asks the server again after a ${status} that the browser may cache (max-age)`, async () => {
      const key = uniqueKey();
      await fault(key, { status, maxAge: 300 });
      const url = feedUrl('valid', { key });
      expect((await failure(loadFeed(url))).status).to.equal(status);
      await fix(key);
      expect((await loadFeed(url)).feed.title).to.equal('Testfeed');
      expect(await hits(key)).to.equal(2);
    });
  }

  it('aborts a request the server never answers when the timeout is over', async () => {
    const key = uniqueKey();
    const pending = failure(loadFeed(feedUrl('valid', { key, hang: true }), { timeout: 1 }));
    await waitUntil(async () => (await openRequests(key)) === 1, 'the request reaches the server');
    expect((await pending).kind).to.equal('timeout');
    await waitUntil(async () => (await openRequests(key)) === 0, 'the server sees the request aborted');
  });

  it('counts the body into the timeout, not only the headers', async () => {
    const started = performance.now();
    const error = await failure(loadFeed(feedUrl('project-feed', { trickle: 6000 }), { timeout: 1 }));
    expect(error.kind).to.equal('timeout');
    expect(performance.now() - started).to.be.below(5000);
    expect((await loadFeed(feedUrl('project-feed', { trickle: 500 }), { timeout: 10 })).feed.projects).not.to.be.empty;
  });

  it('gives up a body that trickles too long (the server sees the request go away)', async () => {
    const key = uniqueKey();
    const url = feedUrl('project-feed', { key, trickle: 6000 });
    expect((await failure(loadFeed(url, { timeout: 0.5 }))).kind).to.equal('timeout');
    await waitUntil(async () => (await openRequests(key)) === 0, 'the server sees the request aborted');
    // The abandoned request is forgotten: the next load is a new request, not the one still trickling.
    expect((await failure(loadFeed(url, { timeout: 0.5 }))).kind).to.equal('timeout');
    expect(await hits(key)).to.equal(2);
  });

  it('fails the first requests only, for a fault with `until`', async () => {
    const key = uniqueKey();
    await fault(key, { status: 503 }, 1);
    const url = feedUrl('valid', { key });
    expect((await failure(loadFeed(url))).status).to.equal(503);
    expect((await loadFeed(url)).feed.title).to.equal('Testfeed');
    expect(await hits(key)).to.equal(2);
  });

  for (const status of [301, 302, 307] as const) {
    it(`follows a ${status} redirect`, async () => {
      const key = uniqueKey();
      expect((await loadFeed(feedUrl('valid', { key, redirect: status }))).feed.title).to.equal('Testfeed');
      expect(await hits(key)).to.equal(2);
    });
  }

  it('loads from another origin that allows it (Access-Control-Allow-Origin)', async () => {
    const origin = await secondOrigin();
    expect(origin).not.to.equal(location.origin);
    expect((await loadFeed(feedUrl('valid', { origin }))).feed.title).to.equal('Testfeed');
  });
});

describe('Retry-After', () => {
  const retryAfter = async (faults: FeedFaults & { origin?: string }) =>
    (await failure(loadFeed(feedUrl('valid', { status: 503, ...faults })))).retryAfter;

  it('is read in seconds or as an HTTP date (against the server’s own clock), else ignored', async () => {
    expect(await retryAfter({ retryAfter: '120' })).to.equal(120);
    expect(await retryAfter({ retryAfter: 'date:90' })).to.equal(90);
    for (const nonsense of ['soon', '0', '-5', '1.5', 'date:0'])
      expect(await retryAfter({ retryAfter: nonsense })).to.equal(undefined);
    expect(await retryAfter({})).to.equal(undefined);
  });

  it('from another origin only when the server exposes it (Access-Control-Expose-Headers)', async () => {
    const origin = await secondOrigin();
    expect(await retryAfter({ origin, retryAfter: '120' })).to.equal(undefined);
    const exposed = await failure(loadFeed(feedUrl('valid', { origin, status: 503, retryAfter: '120', expose: true })));
    expect([exposed.status, exposed.retryAfter]).to.deep.equal([503, 120]);
  });

  it('tells the visitor when to try again, in words that stay true for a while', () => {
    const text = (lang: 'de' | 'en', status: number, seconds?: number) =>
      errorMessage(lang, new FeedError('http', 'test', status, seconds));
    expect(text('de', 503)).to.equal(
      'Der Server mit den Daten ist vorübergehend nicht verfügbar (HTTP-Status 503). Bitte versuchen Sie es später erneut.',
    );
    expect(text('en', 503)).to.equal(
      'The server with the data is temporarily unavailable (HTTP status 503). Please try again later.',
    );
    expect(text('de', 503, 30)).to.match(/Bitte versuchen Sie es in 30 Sekunden erneut\.$/);
    expect(text('de', 503, 61)).to.match(/in 2 Minuten erneut\.$/);
    expect(text('en', 429, 7200)).to.match(/\(HTTP status 429\)\. Please try again in 2 hours\.$/);
    expect(text('de', 503, 3 * 24 * 3600)).to.match(/es später erneut\.$/);
    expect(text('de', 500, 120)).to.equal(
      'Der Server hat mit einem Fehler geantwortet (HTTP-Status 500). Bitte versuchen Sie es in 2 Minuten erneut.',
    );
    expect(text('de', 500)).to.equal('Der Server hat mit einem Fehler geantwortet (HTTP-Status 500).');
    expect(text('en', 410)).to.equal('No data was found at the given address (HTTP status 410).');
  });
});

describe('timeout attribute', () => {
  it('falls back to the default for a timeout that is not a positive number, or too long for a timer', async () => {
    for (const timeout of [0, -1, Number.NaN, 3e6]) {
      const { feed } = await loadFeed(feedUrl('valid', { delay: 300 }), { timeout });
      expect(feed.title).to.equal('Testfeed');
    }
  });

  for (const value of ['0', 'abc', '-2']) {
    it(`timeout="${value}" waits the default time instead of failing at once`, async () => {
      const { el, events } = mount(WIDGETS[0], feedUrl('project-feed', { delay: 300 }), 'de');
      el.setAttribute('timeout', value);
      try {
        await waitUntil(() => events.load.length + events.error.length > 0, 'settles', { timeout: 8000 });
        expect(events.error.map((e) => e.detail.kind)).to.deep.equal([]);
      } finally {
        el.remove();
      }
    });
  }

  it('applies <kgc-feed timeout> to the widgets inside; each retries on its own, the second without a request', async () => {
    const key = uniqueKey();
    await fault(key, { hang: true });
    const wrapper = document.createElement('kgc-feed');
    wrapper.setAttribute('timeout', '1');
    wrapper.setAttribute('src', feedUrl('event-calendar', { key }));
    wrapper.innerHTML =
      '<kgc-project-list lang="en"></kgc-project-list><kgc-event-calendar today="2026-06-10"></kgc-event-calendar>';
    const [list, calendar] = [...wrapper.children] as HTMLElement[];
    const events = new Map([list, calendar].map((el) => [el, [] as string[]]));
    for (const el of [list, calendar]) {
      el.addEventListener('kgc-load', () => events.get(el)!.push('load'));
      el.addEventListener('kgc-error', (e) => events.get(el)!.push((e as CustomEvent).detail.kind));
    }
    document.body.append(wrapper);
    try {
      await waitUntil(() => events.get(list)!.length && events.get(calendar)!.length, 'both fail', { timeout: 8000 });
      expect(squash(shadow(list).querySelector('[role="alert"]')?.textContent)).to.match(TIMEOUT.en);
      expect(squash(shadow(calendar).querySelector('[role="alert"]')?.textContent)).to.match(TIMEOUT.de);
      await fix(key);
      await click(shadow(calendar).querySelector<HTMLElement>('[part="retry"]')!);
      await waitUntil(() => WIDGETS[1].shows(calendar), 'the calendar shows the data', { timeout: 8000 });
      expect(events.get(list)).to.deep.equal(['timeout']);
      const requests = await hits(key);
      await click(shadow(list).querySelector<HTMLElement>('[part="retry"]')!);
      await waitUntil(() => events.get(list)!.length === 2, 'the list settles', { timeout: 8000 });
      await pause(400);
      expect(await hits(key)).to.equal(requests);
      expect(events.get(list)).to.deep.equal(['timeout', 'load']);
      expect(events.get(calendar)).to.deep.equal(['timeout', 'load']);
    } finally {
      wrapper.remove();
    }
  });
});

describe('retry by keyboard', () => {
  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: the focus stays in the widget, on the new button after a failure, then in the data`, async () => {
      const key = uniqueKey(widget.fixture);
      await fault(key, { status: 503 });
      const { el, events } = mount(widget, feedUrl(widget.fixture, { key }), 'de');
      const root = shadow(el);
      const outside = document.body.appendChild(document.createElement('button'));
      const focusedPart = () => (document.activeElement === el ? root.activeElement?.getAttribute('part') : null);
      try {
        await waitUntil(() => events.error.length === 1, 'kgc-error', { timeout: 8000 });
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        root.querySelector<HTMLElement>('[part="retry"]')!.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => events.error.length === 2 && focusedPart() === 'retry', 'focus on the new button', {
          timeout: 8000,
        });
        await fix(key);
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => events.load.length === 1 && widget.shows(el), 'the data', { timeout: 8000 });
        await pause(100);
        expect(focusedPart()).to.equal('base');
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement === el && root.activeElement !== root.querySelector('[part="base"]')).to.equal(
          true,
        );
        expect(root.querySelector('[part="base"]')!.hasAttribute('tabindex')).to.equal(true);
        outside.focus();
        expect(root.querySelector('[part="base"]')!.hasAttribute('tabindex')).to.equal(false);
      } finally {
        el.remove();
        outside.remove();
      }
    });
  }
});
