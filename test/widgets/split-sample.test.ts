/**
 * The sample feed and its split form (demo/data/split/, written by `kgc-feed split`) show the same: every
 * widget, in the configurations a site uses, renders the same text from either.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';

const SINGLE = '/demo/data/feed.json';
const SPLIT = '/demo/data/split/index.json';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Every text of a widget's shadow tree, nested widgets' (cards in the list) included. */
function shownText(root: ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node instanceof HTMLSlotElement) return;
    node.childNodes.forEach(walk);
  };
  walk(root);
  return squash(parts.join(' '));
}

async function render(tag: string, attributes: Record<string, string>, src: string): Promise<string> {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('src', src);
  const loaded = oneEvent(el, 'kgc-load');
  (await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`)).append(el);
  const { detail } = await loaded;
  // Settled: what follows the data on its own (a focused Land's Kreise) has arrived when the text stays put.
  let text = '';
  for (let tries = 0; tries < 20 && text !== (text = shownText(el.shadowRoot!)); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return `${detail.count}: ${text}`;
}

const CASES: [string, Record<string, string>][] = [
  ['kgc-project-list', {}],
  ['kgc-project-list', { land: 'BE', 'page-size': '50' }],
  ['kgc-project-card', { 'project-id': 'p-leipzig-koordinierungsstelle', variant: 'full' }],
  ['kgc-project-card', { 'project-id': 'p-kooperationsverbund', land: 'BE' }],
  ['kgc-event-calendar', { month: '2026-11', today: '2026-11-01', view: 'month' }],
  ['kgc-event-calendar', { month: '2027-01', today: '2026-11-01', view: 'month', land: 'ST' }],
  ['kgc-event-calendar', { today: '2026-11-01', view: 'list', land: 'ST', limit: '50' }],
  ['kgc-partner-map', {}],
  ['kgc-partner-map', { land: 'BE' }],
  ['kgc-news-list', { limit: '20' }],
  ['kgc-office-card', { land: 'ST' }],
];

describe('the sample feed, single and split, shows the same in every widget', function () {
  this.timeout(20_000);
  for (const [tag, attributes] of CASES) {
    it(`<${tag}> ${JSON.stringify(attributes)}`, async () => {
      // Once before: what a widget loads besides the feed (a Land's Kreise for the map) is then there for both.
      await render(tag, attributes, SINGLE);
      const single = await render(tag, attributes, SINGLE);
      const split = await render(tag, attributes, SPLIT);
      expect(single.length).to.be.above(40);
      // Where they differ, with some context (the whole texts are long).
      let at = 0;
      while (at < single.length && single[at] === split[at]) at++;
      expect(split.slice(Math.max(0, at - 60), at + 60)).to.equal(single.slice(Math.max(0, at - 60), at + 60));
      expect(split.length).to.equal(single.length);
    });
  }
});
