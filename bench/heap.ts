// The page side of the heap section of scripts/bench.mjs: each widget (and <kgc-feed> with widgets inside)
// added to the stage and removed again, `cycles` times, either after its feed has loaded (with the
// interaction that starts work of its own: a search, a month change, a focused Land and its Kreise, a tag
// filter) or while its feed is still loading (a URL that never answers). The script forces garbage
// collection through CDP and reads the heap before and after; `keep` leaves the widgets on the page, to
// show what one live widget holds (what a leak of one widget per cycle would add).
import '../src/index.js';
import type { LitElement } from 'lit';

type Widget = LitElement;

interface Case {
  create(src: string, cycle: number): { root: HTMLElement; widgets: Widget[] };
  interact?(widget: Widget, cycle: number): void;
}

const LAENDER = ['ST', 'SN', 'TH', 'BB', 'MV', 'SH', 'HB', 'HH', 'NI', 'NW', 'HE', 'RP', 'SL', 'BW', 'BY', 'BE'];

const make = (tag: string, attributes: Record<string, string> = {}) => {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
};
const single =
  (tag: string, attributes: Record<string, string> = {}) =>
  (src: string) => {
    const widget = make(tag, { ...attributes, src });
    return { root: widget as HTMLElement, widgets: [widget] };
  };
const $ = (widget: Widget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);

export const cases: Record<string, Case> = {
  'kgc-project-list': {
    create: single('kgc-project-list'),
    interact(widget, cycle) {
      const input = $(widget, 'input[type="search"]') as HTMLInputElement;
      input.value = cycle % 2 ? 'gesund' : 'kita';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    },
  },
  'kgc-project-card': {
    create: single('kgc-project-card', { 'project-id': 'p-leipzig-koordinierungsstelle', variant: 'full' }),
  },
  'kgc-event-calendar': {
    create: single('kgc-event-calendar', { today: '2026-06-10' }),
    interact(widget) {
      $(widget, '.nav button:last-child')!.click();
    },
  },
  'kgc-partner-map': {
    create: (src, cycle) =>
      single('kgc-partner-map', cycle % 4 < 2 ? { land: LAENDER[(cycle + 8) % LAENDER.length] } : {})(src),
    interact(widget, cycle) {
      $(widget, `path.land[data-land="DE-${LAENDER[cycle % LAENDER.length]}"]`)!.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true }),
      );
    },
  },
  'kgc-news-list': {
    create: single('kgc-news-list', { filters: '' }),
    interact(widget) {
      $(widget, '[part="filter"]')!.click();
    },
  },
  'kgc-office-card': { create: single('kgc-office-card', { land: 'ST' }) },
  'kgc-feed': {
    create(src) {
      const root = make('kgc-feed', { src });
      const widgets = [make('kgc-news-list'), make('kgc-office-card', { land: 'ST' })];
      root.append(...widgets);
      return { root, widgets };
    },
  },
};

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function settle(root: HTMLElement, widgets: Widget[]): Promise<void> {
  for (let i = 0; i < 2; i++) {
    if (root !== widgets[0]) await (root as Widget).updateComplete;
    for (const widget of widgets) await widget.updateComplete;
  }
}

function loaded(root: HTMLElement, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let n = 0;
    root.addEventListener('kgc-load', () => ++n === count && resolve());
    root.addEventListener('kgc-error', (e) => reject(new Error(JSON.stringify((e as CustomEvent).detail))));
  });
}

/**
 * Adds and removes the widget `cycles` times: `loaded` waits for its feed and interacts, `loading` removes
 * it while its feed (at a URL that never answers) is pending. With `keep`, the widgets stay on the page.
 */
export async function run(
  name: string,
  cycles: number,
  src: string,
  mode: 'loaded' | 'loading',
  keep = false,
): Promise<void> {
  const c = cases[name];
  const stage = document.getElementById('stage') ?? document.body;
  for (let cycle = 0; cycle < cycles; cycle++) {
    const { root, widgets } = c.create(src, cycle);
    const ready = mode === 'loaded' ? loaded(root, widgets.length) : undefined;
    stage.append(root);
    if (ready) {
      await ready;
      await settle(root, widgets);
      for (const widget of widgets) c.interact?.(widget, cycle);
      await settle(root, widgets);
      await frame();
    } else {
      await settle(root, widgets);
    }
    if (!keep) root.remove();
  }
}

/** Empties the stage (after a `keep` run is measured). */
export function clear(): void {
  (document.getElementById('stage') ?? document.body).replaceChildren();
}
