/**
 * The matrix every widget's axe audit runs through: each state a visitor can meet, in German and English,
 * in a 320 px and a 760 px wide container (within the viewport: axe checks contrast only of what is laid
 * out), in forced colours (Chromium, which can emulate them), with a dark token set and with text at 200 %.
 * axe-core runs with the WCAG 2.1 A/AA tags, then with its best practices. States are set up as a visitor
 * reaches them: by clicking and typing in the shadow DOM.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { captureWarnings, feedUrl } from '../helpers/server.js';
import { BEST_PRACTICE, WCAG21AA, expectNoViolations } from './axe.js';

export type Lang = 'de' | 'en';
export interface Setup {
  /** The container (lang and width set); the state goes in it. */
  host: HTMLElement;
  lang: Lang;
}
/** Builds a state in `host` and returns the element to audit. */
export type State = (setup: Setup) => Promise<Element>;

const LANGS: Lang[] = ['de', 'en'];
const WIDTHS = [320, 760];

export const root = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const busy = (el: Element) => $(el, '[part="base"]')?.getAttribute('aria-busy');
export const settled = (el: Element) =>
  waitUntil(() => busy(el) === 'false', `<${el.localName}> settles`, { timeout: 8000 }).then(
    () => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
  );
export const afterFrames = async (el: Element) => {
  for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
};
export const shown = (el: Element, selector: string, what: string) =>
  waitUntil(() => !!$(el, selector), what, { timeout: 8000 });

/** Makes a widget in `host` with these attributes (and `src`) and waits until it has settled. */
export async function widget<T extends HTMLElement>(
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

export async function click(el: Element, selector: string): Promise<void> {
  const target = $(el, selector);
  if (!target) throw new Error(`nothing to click: ${selector}`);
  // SVG elements have no click(): a synthetic click does for them what a pointer does.
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

export async function type(el: Element, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

export async function choose(el: Element, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

export const absolute = (url: string) => new URL(url, location.href).href;
/** A port nobody listens on: the request fails as a network error. */
const UNREACHABLE = 'http://127.0.0.1:9/feed.json';

/** The states every widget shares (the base element's): loading and each kind of error. */
export function common(name: string, attributes: Record<string, string>, fixtureName: string): Record<string, State> {
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

function auditStates(name: string, states: Record<string, State>, langs: Lang[], style = '', widths = WIDTHS): void {
  for (const [state, build] of Object.entries(states)) {
    for (const lang of langs) {
      for (const width of widths) {
        it(`${state} (${lang}, ${width}px)`, async () => {
          const host = await fixture<HTMLDivElement>(
            html`<div lang=${lang} style="width: ${width}px; ${style}"></div>`,
          );
          const el = await build({ host, lang });
          const label = `<${name}> ${state}, ${lang}, ${width}px${style ? `, ${style.slice(0, 40)}` : ''}`;
          await expectNoViolations(el, label, WCAG21AA);
          await expectNoViolations(el, label, BEST_PRACTICE);
        });
      }
    }
  }
}

/** The smallest text a widget shows at the default size (the visitor's `medium`, 16 px), in px. */
const MIN_TEXT_PX = 12;

/** Every visible text in a widget's shadow roots (nested ones too), with its font size in px. */
export function textSizes(el: Element): { text: string; px: number }[] {
  const found: { text: string; px: number }[] = [];
  const walk = (shadow: ShadowRoot) => {
    const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
      const parent = node.parentElement;
      const text = node.nodeType === Node.TEXT_NODE ? node.textContent!.trim() : '';
      if (!text || !parent?.checkVisibility() || !parent.getClientRects().length) continue;
      found.push({ text: text.slice(0, 40), px: parseFloat(getComputedStyle(parent).fontSize) });
    }
  };
  // The element's own shadow root, and those of widgets in its light DOM (<kgc-feed>'s children).
  for (const host of [el, ...el.querySelectorAll('*')]) if (host.shadowRoot) walk(host.shadowRoot);
  return found;
}

/** Registers the audit of every state of the widget `name` in every variant. */
export function auditWidget(name: string, states: Record<string, State>): void {
  // Small print is hard to read for many visitors (and 11 px badges were measured): nothing below 12 px.
  describe(`no text below ${MIN_TEXT_PX} px at the default size: <${name}>`, () => {
    for (const [state, build] of Object.entries(states)) {
      for (const width of WIDTHS) {
        it(`${state} (${width}px)`, async () => {
          const host = await fixture<HTMLDivElement>(html`<div lang="de" style="width: ${width}px"></div>`);
          const el = await build({ host, lang: 'de' });
          const texts = textSizes(el);
          expect(texts.length, 'visible text').to.be.greaterThan(0);
          const small = texts.filter((t) => t.px < MIN_TEXT_PX - 0.01).map((t) => `${t.text}: ${t.px.toFixed(2)} px`);
          expect(small.join('; '), `<${name}> ${state}, ${width}px`).to.equal('');
        });
      }
    }
  });

  describe(`axe, WCAG 2.1 AA and best practices: <${name}>`, () => {
    auditStates(name, states, LANGS);

    // Forced colours (Windows contrast themes) can be emulated in Chromium only (forced-colors-plugin.mjs).
    if (/Chrome\//.test(navigator.userAgent)) {
      describe('forced colours', () => {
        before(async () => {
          expect(await executeServerCommand('kgc-forced-colors', { active: true })).to.equal(true);
          expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        });
        after(async () => {
          await executeServerCommand('kgc-forced-colors', { active: false });
        });
        auditStates(name, states, ['de']);
      });
    }

    describe('dark colour tokens', () => auditStates(name, states, ['de'], DARK));

    // Text at 200 % (WCAG 1.4.4) in the wide container: as much room per letter as 380 px at 100 %.
    describe('text at 200 %', () => auditStates(name, states, ['de'], 'font-size: 200%', [760]));
  });
}
