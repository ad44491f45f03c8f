// One type scale (src/shared/styles.ts): every text a widget shows, in each state a visitor opens, is set in a
// size of the scale and a weight of 400 or 700. Each other size or weight is a font strike more that the
// browser sets up in the frame that first lays it out (page (a) of the bench went from 21 strikes to 9 with
// the scale); a size written outside the tokens, or an em inside an em, shows up here.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { feedUrl } from '../helpers/server.js';
import { settled, shadowElements, stable, visible } from '../helpers/layout.js';

const FEED = feedUrl('demo');

/** The scale, in em of the widget's own size; the full project card's title and a map marker's count outside it. */
const SCALE = [0.875, 1, 1.125, 1.25, 1.5];
const FULL_CARD_TITLE = 1.75;
const MARKER_COUNT = 0.75;
const WEIGHTS = ['400', '700'];

interface Case {
  tag: string;
  attrs: Record<string, string>;
  /** What a visitor opens after the first view (a dialog, a panel, the filters). */
  open?: (root: ShadowRoot) => Promise<void>;
  extra?: number[];
}

const click = async (root: ShadowRoot, selector: string, what: string) => {
  await waitUntil(() => root.querySelector(selector), what, { timeout: 8000 });
  root.querySelector<HTMLElement>(selector)!.click();
};

const CASES: Case[] = [
  {
    tag: 'kgc-project-list',
    attrs: {},
    open: async (root) => {
      // Every closed disclosure (the filters on a narrow screen, then each facet's "more").
      for (let round = 0; round < 3; round++) {
        for (const button of root.querySelectorAll<HTMLElement>('button[aria-expanded="false"]')) button.click();
        await new Promise(requestAnimationFrame);
      }
    },
  },
  {
    tag: 'kgc-project-card',
    attrs: { 'project-id': 'p-leipzig-koordinierungsstelle', variant: 'full' },
    extra: [FULL_CARD_TITLE],
  },
  { tag: 'kgc-project-card', attrs: { 'project-id': 'p-leipzig-koordinierungsstelle' } },
  {
    tag: 'kgc-event-calendar',
    attrs: { month: '2026-12', today: '2026-12-10', filters: '' },
    // The month grid's chip, or (narrow, where the calendar shows a list) the list's first event.
    open: (root) => click(root, '[part="event"], [part="item"] .link-button', 'an event'),
  },
  {
    tag: 'kgc-event-calendar',
    attrs: { view: 'list', today: '2026-12-10' },
    open: (root) => click(root, '[part="item"] .link-button', 'an event in the list'),
  },
  {
    tag: 'kgc-partner-map',
    attrs: {},
    open: (root) => click(root, '.item > button', 'a place in the list twin'),
    extra: [MARKER_COUNT],
  },
  { tag: 'kgc-news-list', attrs: { filters: '' } },
  { tag: 'kgc-office-card', attrs: { land: 'ST' } },
];

/** The size (in em of the widget's) and weight of every visible text, with an example of each. */
function typeOf(host: HTMLElement): Map<string, { size: number; weight: string; text: string }> {
  const base = parseFloat(getComputedStyle(host).fontSize);
  const found = new Map<string, { size: number; weight: string; text: string }>();
  for (const el of shadowElements(host)) {
    if (el.localName === 'option' || !visible(el)) continue;
    const text = [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent!.trim())
      .join(' ')
      .trim();
    if (!text) continue;
    const style = getComputedStyle(el);
    const size = Math.round((parseFloat(style.fontSize) / base) * 1000) / 1000;
    const key = `${size}em ${style.fontWeight}`;
    if (!found.has(key)) found.set(key, { size, weight: style.fontWeight, text: text.slice(0, 40) });
  }
  return found;
}

describe('the type scale', () => {
  let container: HTMLElement;
  afterEach(() => container?.remove());

  for (const width of [1000, 360])
    for (const { tag, attrs, open, extra = [] } of CASES) {
      const label = Object.entries(attrs)
        .map(([k, v]) => (v ? `${k}=${v}` : k))
        .join(' ');
      it(`<${tag}${label ? ` ${label}` : ''}> at ${width} px: sizes of the scale, weights 400 and 700`, async () => {
        container = document.body.appendChild(document.createElement('section'));
        container.style.width = `${width}px`;
        const el = document.createElement(tag);
        for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
        el.setAttribute('src', FEED);
        container.append(el);
        await waitUntil(() => settled(el), 'the widget renders', { timeout: 20000 });
        await stable(el);
        const seen = typeOf(el);
        if (open) {
          await open(el.shadowRoot!);
          await stable(el);
          for (const [key, value] of typeOf(el)) if (!seen.has(key)) seen.set(key, value);
        }
        const allowed = [...SCALE, ...extra];
        const off = [...seen.values()]
          .filter(({ size, weight }) => !allowed.includes(size) || !WEIGHTS.includes(weight))
          .map(({ size, weight, text }) => `"${text}" at ${size}em, weight ${weight}`);
        expect(off, 'texts outside the scale').to.deep.equal([]);
        // The first view and its opened state did show text (the walk found the widget's content).
        expect(seen.size).to.be.greaterThan(1);
      });
    }
});
