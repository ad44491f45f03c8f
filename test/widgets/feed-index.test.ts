/** The widgets on a feed index (test/fixtures/split/basic): only the parts they show, one request per part. */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { KgcEventCalendar } from '../../src/widgets/event-calendar/event-calendar.js';
import { fault, hits, splitUrl } from '../helpers/server.js';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const chips = (el: Element, day: string) =>
  $$(el, `[role="gridcell"][data-day="${day}"] .chip`).map((c) => squash(c.textContent));
const busy = (el: Element) => $(el, '[part="base"]')?.getAttribute('aria-busy');

async function counts(ns: string, files: string[]): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const file of files) result[file] = await hits(`${ns}/basic/${file}`);
  return result;
}

/** Resolves once every element has fired kgc-load (the first view of each is complete). */
function allLoaded(elements: Element[]): Promise<unknown> {
  return Promise.all(elements.map((el) => oneEvent(el, 'kgc-load')));
}

describe('widgets on a feed index', () => {
  it('a Land page fetches the index once and only its Land’s parts, one request each for 20 widgets', async () => {
    const { url, ns } = splitUrl('basic/index.json');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const elements: Element[] = [];
    for (let i = 0; i < 5; i++) {
      for (const tag of ['kgc-event-calendar', 'kgc-partner-map', 'kgc-office-card', 'kgc-news-list']) {
        const el = document.createElement(tag);
        el.setAttribute('src', url);
        if (tag !== 'kgc-news-list') el.setAttribute('land', 'ST');
        if (tag === 'kgc-event-calendar') el.setAttribute('month', '2026-03');
        elements.push(el);
      }
    }
    const loaded = allLoaded(elements);
    wrapper.append(...elements);
    await loaded;
    expect(
      await counts(ns, [
        'index.json',
        'events/DE-ST-2026.json',
        'events/national-2026.json',
        'events/DE-ST-2027.json',
        'events/DE-SN-2026.json',
        'partners/DE-ST.json',
        'partners/DE-SN.json',
        'offices/DE-ST.json',
        'offices/DE-SN.json',
        'projects/DE-ST.json',
        'news/all.json',
      ]),
    ).to.deep.equal({
      'index.json': 1,
      'events/DE-ST-2026.json': 1,
      'events/national-2026.json': 1,
      'events/DE-ST-2027.json': 0,
      'events/DE-SN-2026.json': 0,
      'partners/DE-ST.json': 1,
      // The map shows Germany's places around its Land: every partner and office part.
      'partners/DE-SN.json': 1,
      'offices/DE-ST.json': 1,
      'offices/DE-SN.json': 1,
      'projects/DE-ST.json': 0,
      'news/all.json': 1,
    });
    const [calendar, map, office, news] = elements;
    expect(chips(calendar, '2026-03-12')).to.deep.equal(['10:00 Fachtag Gesundheit im Quartier']);
    expect(chips(calendar, '2026-03-25')).to.deep.equal(['bundesweit 14:00 Online-Seminar Partnerprozess']);
    expect(squash(map.shadowRoot!.textContent)).to.contain('Magdeburg');
    expect(squash($(office, '[part="card"]')?.textContent)).to.contain('KGC Sachsen-Anhalt');
    expect(squash(news.shadowRoot!.textContent)).to.contain('Neue Partnerkommune');
  });

  it('the calendar pages across a part boundary: the next part is fetched while the month stays on screen', async () => {
    const { url, ns } = splitUrl('basic/index.json');
    await fault(`${ns}/basic/events/DE-ST-2027.json`, { delay: 400 });
    const el = document.createElement('kgc-event-calendar') as KgcEventCalendar;
    Object.assign(el.style, { width: '1000px' });
    el.setAttribute('src', url);
    el.setAttribute('land', 'ST');
    el.setAttribute('month', '2026-12');
    el.setAttribute('today', '2026-12-01');
    const loaded = oneEvent(el, 'kgc-load');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await loaded;
    await el.updateComplete;
    expect(chips(el, '2026-12-30')).to.deep.equal(['Netzwerktreffen Magdeburg']);
    expect(await hits(`${ns}/basic/events/DE-ST-2027.json`)).to.equal(0);

    const loads: Event[] = [];
    el.addEventListener('kgc-load', (e) => loads.push(e));
    el.showMonth('2027-01');
    await el.updateComplete;
    // While the 2027 part is on its way: January's grid is there, busy, with what is known already.
    expect(busy(el)).to.equal('true');
    expect($(el, '[role="grid"]')).to.exist;
    expect(chips(el, '2027-01-01')).to.deep.equal(['Netzwerktreffen Magdeburg (Fortsetzung)']);
    await waitUntil(() => busy(el) === 'false', 'the 2027 part arrives', { timeout: 5000 });
    expect(chips(el, '2027-01-20')).to.deep.equal(['09:30 Werkstatt Kommunale Strategien']);
    expect(await hits(`${ns}/basic/events/DE-ST-2027.json`)).to.equal(1);
    expect(loads, 'kgc-load fires for the first view only').to.have.length(0);
  });

  it('a part that fails shows the error with "Erneut versuchen", which asks again for that part only', async () => {
    const { url, ns } = splitUrl('basic/index.json');
    await fault(`${ns}/basic/offices/DE-ST.json`, { status: 503 }, 1);
    const el = document.createElement('kgc-partner-map');
    el.setAttribute('src', url);
    el.setAttribute('land', 'ST');
    const failed = oneEvent(el, 'kgc-error');
    (await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`)).append(el);
    expect((await failed).detail.kind).to.equal('http');
    await el.updateComplete;
    const retry = $(el, '[part="retry"]')!;
    expect(squash(retry.textContent)).to.equal('Erneut versuchen');
    const loaded = oneEvent(el, 'kgc-load');
    retry.click();
    expect((await loaded).detail.count).to.equal(4);
    expect(await counts(ns, ['index.json', 'partners/DE-ST.json', 'offices/DE-ST.json'])).to.deep.equal({
      'index.json': 1,
      'partners/DE-ST.json': 1,
      'offices/DE-ST.json': 2,
    });
  });

  it('a project card with its Land fetches that Land’s part alone', async () => {
    const { url, ns } = splitUrl('basic/index.json');
    const el = document.createElement('kgc-project-card');
    el.setAttribute('src', url);
    el.setAttribute('land', 'SN');
    el.setAttribute('project-id', 'p-sn-1');
    const loaded = oneEvent(el, 'kgc-load');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    expect((await loaded).detail.count).to.equal(1);
    await el.updateComplete;
    expect(squash(el.shadowRoot!.textContent)).to.contain('Stadtteilmütter Leipzig');
    expect(await counts(ns, ['projects/DE-ST.json', 'projects/DE-SN.json'])).to.deep.equal({
      'projects/DE-ST.json': 0,
      'projects/DE-SN.json': 1,
    });
  });

  it('an index handed over as data works like one at a URL, and its strings stay text', async () => {
    const { url } = splitUrl('basic/news/all.json');
    const el = document.createElement('kgc-news-list');
    el.data = {
      version: 1,
      kind: 'index',
      title: '<img src=x onerror="window.__kgcIndexPwned = 1">',
      parts: [{ collection: 'news', url, count: 1 }],
    };
    const loaded = oneEvent(el, 'kgc-load');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    expect((await loaded).detail.count).to.equal(1);
    await el.updateComplete;
    expect(squash(el.shadowRoot!.textContent)).to.contain('Neue Partnerkommune');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __kgcIndexPwned?: number }).__kgcIndexPwned).to.equal(undefined);
  });

  it('a hostile part URL shows the error state, and nothing is requested or run', async () => {
    const { url } = splitUrl('faulty/hostile.json');
    const el = document.createElement('kgc-news-list');
    el.setAttribute('src', url);
    const failed = oneEvent(el, 'kgc-error');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const { detail } = await failed;
    expect(detail.kind).to.equal('invalid');
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.exist;
  });
});
