// <kgc-project-list> on the large feed (5,000 projects), beside a plain hand-written DOM rendering of the
// same visible items, in the same browser run.
//
// Rows:
//  - first render from `.data` (includes the feed layer's validation of every project), and from a feed
//    already loaded (a second widget on the page: `src` of a loaded feed, no validation), each from
//    setting the property until after the second animation frame; baseline: plain DOM of what is then
//    visible (search field, facets with counts, the first 12 projects by title), computed from the raw
//    JSON with the same work a careful hand-written page does (one pass for counts, one sort). A third
//    row starts both at a frame's start and stops after that frame's paint: the work itself, without the
//    frames the double requestAnimationFrame waits for.
//  - per keystroke: a word typed letter by letter into the real search input (input events), from the
//    input event until the updated results are painted (no debounce exists). Each keystroke is dispatched
//    at the start of a frame and timed to after that frame's paint, so waiting for the next vsync is not
//    counted; baseline: the plain page's search (substring test over lower-cased text) + re-rendering.
import '../src/widgets/project-list/project-list.js';
import { loadFeed } from '../src/feed/loader.js';
import type { KgcProjectList } from '../src/widgets/project-list/project-list.js';

interface Row {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
}

export type RawProject = {
  id: string;
  title: string;
  summary?: string;
  url?: string;
  targetAreas: string[];
  settings: string[];
  targetGroups: string[];
  ageGroups?: string[];
  goals?: string[];
  activities?: string[];
  goodPractice?: boolean;
  provider?: { name: string; address?: { locality: string } };
  region: { land: string; municipality?: string; district?: string };
};

const RUNS = 10;
const WORDS = ['gesundheit', 'quartier', 'bewegung'];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const twoFrames = async () => {
  await frame();
  await frame();
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` at the start of a frame; resolves with the time until that frame has been painted. */
function timedFrame(work: () => void): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      work();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - start);
      channel.port2.postMessage(0);
    }),
  );
}

function stage(): HTMLElement {
  const stage = document.getElementById('stage') ?? document.body;
  stage.replaceChildren();
  return stage;
}

/** Resolves once the list shows its projects: microtask hops first (no frame in between), frames only for a real wait. */
async function settled(el: KgcProjectList): Promise<void> {
  const ready = () =>
    el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('aria-busy') === 'false' &&
    !!el.shadowRoot.querySelector('[part="list"], [part="empty"]');
  for (let i = 0; i < 20 && !ready(); i++) await el.updateComplete;
  while (!ready()) await frame();
}

// --- the plain page ----------------------------------------------------------------------------------------

const FACETS: Array<[string, (p: RawProject) => string[]]> = [
  ['Bundesland', (p) => [p.region.land]],
  ['Zielbereich', (p) => p.targetAreas],
  ['Zielgruppe', (p) => p.targetGroups],
  ['Lebenswelt', (p) => p.settings],
  ['Altersgruppe', (p) => p.ageGroups ?? []],
  ['Good Practice', (p) => (p.goodPractice ? ['Nur Good-Practice-Projekte'] : [])],
];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** What a hand-written page does: count facet values in one pass, sort by title, render page 1. */
export function renderPlain(root: HTMLElement, projects: RawProject[], hits: number[], order: number[]) {
  const counts = FACETS.map(() => new Map<string, number>());
  for (const i of hits) {
    FACETS.forEach(([, of], f) => {
      for (const v of new Set(of(projects[i]))) counts[f].set(v, (counts[f].get(v) ?? 0) + 1);
    });
  }
  const hitSet = new Set(hits);
  const visible = order.filter((i) => hitSet.has(i));
  root.replaceChildren();
  const search = el('input');
  search.type = 'search';
  root.append(search);
  const side = el('div');
  FACETS.forEach(([name], f) => {
    const fieldset = el('fieldset');
    fieldset.append(el('legend', name));
    const ul = el('ul');
    [...counts[f]]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .slice(0, 16)
      .forEach(([value, n]) => {
        const label = el('label');
        const box = el('input');
        box.type = 'checkbox';
        label.append(box, el('span', value), el('span', String(n)));
        const li = el('li');
        li.append(label);
        ul.append(li);
      });
    fieldset.append(ul);
    side.append(fieldset);
  });
  const results = el('div');
  results.append(el('p', `${visible.length} Projekte gefunden`));
  const list = el('ul');
  for (const i of visible.slice(0, 12)) {
    const p = projects[i];
    const article = el('article');
    const h = el('h2');
    const a = el('a', p.title);
    a.href = p.url ?? '#';
    h.append(a);
    article.append(h, el('p', [p.provider?.name, p.region.municipality].filter(Boolean).join(' · ')));
    if (p.summary) article.append(el('p', p.summary));
    const tags = el('ul');
    for (const t of p.targetAreas) tags.append(el('li', t));
    article.append(tags);
    const li = el('li');
    li.append(article);
    list.append(li);
  }
  results.append(list, el('button', 'Weitere Projekte anzeigen'));
  root.append(side, results);
}

// --- the benchmark -------------------------------------------------------------------------------------------

export default async function bench(feed: unknown): Promise<Row[]> {
  const projects = ((feed as { projects?: RawProject[] }).projects ?? []) as RawProject[];
  const all = projects.map((_, i) => i);

  // Plain baseline: first render (counts, sort, DOM) and keystrokes (filter, counts, DOM).
  const plainFirst: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const root = stage();
    const start = performance.now();
    const keys = projects.map((p) => p.title.toLowerCase());
    const order = all.slice().sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
    renderPlain(root, projects, all, order);
    await twoFrames();
    plainFirst.push(performance.now() - start);
  }
  // The same, started at a frame's start and timed to that frame's paint: the main-thread work itself.
  const plainWork: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const root = stage();
    await twoFrames();
    plainWork.push(
      await timedFrame(() => {
        const keys = projects.map((p) => p.title.toLowerCase());
        const order = all.slice().sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
        renderPlain(root, projects, all, order);
      }),
    );
  }
  const plainKeys: number[] = [];
  {
    const root = stage();
    const keys = projects.map((p) => p.title.toLowerCase());
    const order = all.slice().sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
    const text = projects.map((p) =>
      [p.title, p.summary, p.provider?.name, p.region.municipality, ...(p.goals ?? []), ...(p.activities ?? [])]
        .join('\n')
        .toLowerCase(),
    );
    renderPlain(root, projects, all, order);
    await twoFrames();
    for (const word of WORDS) {
      for (let k = 1; k <= word.length; k++) {
        const q = word.slice(0, k);
        plainKeys.push(
          await timedFrame(() =>
            renderPlain(
              root,
              projects,
              all.filter((i) => text[i].includes(q)),
              order,
            ),
          ),
        );
      }
    }
  }

  // The widget, from `.data`: validation + first render.
  const fromData: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const root = stage();
    const list = document.createElement('kgc-project-list');
    root.append(list);
    const start = performance.now();
    list.data = feed;
    await list.updateComplete;
    await settled(list);
    await twoFrames();
    fromData.push(performance.now() - start);
  }

  // The widget on a feed the page has already loaded (no validation): its own rendering.
  const url = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
  await loadFeed(url, { timeout: 60 });
  const fromLoaded: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const root = stage();
    const list = document.createElement('kgc-project-list');
    const start = performance.now();
    list.src = url;
    root.append(list);
    await list.updateComplete;
    await settled(list);
    await twoFrames();
    fromLoaded.push(performance.now() - start);
  }

  const work: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const root = stage();
    await twoFrames();
    const list = document.createElement('kgc-project-list');
    work.push(
      await timedFrame(() => {
        list.src = url;
        root.append(list);
      }),
    );
    await settled(list);
    if (!list.shadowRoot!.querySelector('[part="list"]')) throw new Error('the list did not render within the frame');
  }

  // Typing into the real search field of a fresh widget, after a short pause (as a visitor would).
  const widget = document.createElement('kgc-project-list');
  widget.src = url;
  stage().append(widget);
  await settled(widget);
  await pause(800);
  const input = widget.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  const keys: number[] = [];
  for (const word of WORDS) {
    for (let k = 1; k <= word.length; k++) {
      keys.push(
        await timedFrame(() => {
          input.value = word.slice(0, k);
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        }),
      );
    }
    await timedFrame(() => {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
  }
  stage();
  URL.revokeObjectURL(url);

  const n = projects.length.toLocaleString('en');
  return [
    {
      name: `project-list: first render, .data incl. validation (${n} projects)`,
      value: median(fromData),
      unit: 'ms',
      baseline: median(plainFirst),
    },
    {
      name: 'project-list: first render, feed already loaded',
      value: median(fromLoaded),
      unit: 'ms',
      baseline: median(plainFirst),
    },
    {
      name: 'project-list: first render, main-thread work to paint',
      value: median(work),
      unit: 'ms',
      baseline: median(plainWork),
    },
    {
      name: 'project-list: keystroke, input → painted (median)',
      value: median(keys),
      unit: 'ms',
      baseline: median(plainKeys),
    },
    {
      name: 'project-list: keystroke, input → painted (slowest)',
      value: Math.max(...keys),
      unit: 'ms',
      baseline: Math.max(...plainKeys),
    },
  ];
}
