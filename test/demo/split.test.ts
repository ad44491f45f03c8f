/**
 * The demo's split feed (demo/data/split, `kgc-feed split` of demo/data/feed.json) shows the same items as the
 * single feed in every widget: each widget is rendered twice, once per form, and what a visitor reads is compared.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';

const SINGLE = new URL('/demo/data/feed.json', location.href).href;
const SPLIT = new URL('/demo/data/split/index.json', location.href).href;

/**
 * What a visitor reads in a widget (or in its parts matching `scope`), without the filter menus, whose
 * choices come from the data loaded.
 */
function text(el: Element, scope?: string): string {
  const roots = scope ? [...el.shadowRoot!.querySelectorAll(scope)] : [el.shadowRoot!];
  expect(roots.length, `${el.localName} has ${scope}`).to.be.greaterThan(0);
  const parts: string[] = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (!node.parentElement?.closest('select, style')) parts.push(node.textContent ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Renders `tag` with `attributes` on both forms; resolves with the loaded counts and texts. */
async function both(tag: string, attributes: Record<string, string>, scope?: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const [single, split] = [SINGLE, SPLIT].map((src) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries({ ...attributes, src })) el.setAttribute(name, value);
    return el;
  });
  const loaded = Promise.all([single, split].map((el) => oneEvent(el, 'kgc-load')));
  wrapper.append(single, split);
  const [a, b] = (await loaded) as CustomEvent<{ count: number }>[];
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return { counts: [a.detail.count, b.detail.count], texts: [text(single, scope), text(split, scope)] };
}

describe('demo: the sample feed in split form shows what the single feed shows', () => {
  // The map's list twin and the calendar's grid or list: the items shown (the map's Kreise arrive later, and
  // the calendar's list download holds what was loaded, which on an index are the parts fetched).
  const cases: [string, Record<string, string>, string?][] = [
    ['kgc-office-card', { land: 'ST' }],
    ['kgc-office-card', { land: 'BE' }],
    ['kgc-partner-map', { land: 'ST' }, '[part~="list"]'],
    ['kgc-news-list', { limit: '20' }],
    ['kgc-event-calendar', { land: 'ST', month: '2026-11' }, '[part~="grid"]'],
    ['kgc-event-calendar', { land: 'BE', month: '2027-03', view: 'list' }, '[part~="list"]'],
    ['kgc-project-card', { 'project-id': 'p-halle-neustadt-fruehstart', land: 'ST', variant: 'full' }],
    ['kgc-project-list', { 'page-size': '50' }],
  ];
  for (const [tag, attributes, scope] of cases) {
    it(`<${tag} ${Object.entries(attributes)
      .map(([k, v]) => `${k}="${v}"`)
      .join(' ')}>`, async () => {
      // kgc-load counts what was loaded: the whole collection of the single feed, the fetched parts of the
      // index; what the widget shows must be the same.
      const { counts, texts } = await both(tag, attributes, scope);
      expect(counts[1]).to.be.greaterThan(0);
      expect(texts[1]).to.equal(texts[0]);
    });
  }
});
