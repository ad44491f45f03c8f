// First render from inserting the element, on a page that has evaluated the widgets but fetched nothing:
// fetch, parse, validation and rendering all counted, until two animation frames after the widget shows its
// items. Beside it the plain baseline: fetch + JSON.parse + hand-written DOM of the same visible items (the
// renderers of bench/*.bench.ts, and a card and an office card here). For a feed index the baseline fetches
// the index and then the same parts the widget fetched (passed in), in parallel, and merges their items.
// scripts/bench-scale.mjs calls these in a fresh page per run (nothing cached), desktop and phone profile.
import '../src/index.js';
import { plain as plainCalendar } from './event-calendar.bench.js';
import { plain as plainNews } from './news-list.bench.js';
import { plain as plainMap, type Item } from './partner-map.bench.js';
import { renderPlain as plainList, type RawProject } from './project-list.bench.js';
import type { Event, NewsItem } from '../src/feed/schema.js';

export type WidgetName =
  'project-list' | 'project-card' | 'event-calendar' | 'partner-map' | 'news-list' | 'office-card';

export interface ColdResult {
  ms: number;
  /** Absolute URLs of the data the run fetched (feed, index, parts), in the order they started. */
  fetched: string[];
}

/** What each widget is asked to show; the same for the widget and its baseline. */
export const SETUP: Record<WidgetName, { attrs: Record<string, string>; collections: string[] }> = {
  'project-list': { attrs: {}, collections: ['projects'] },
  'project-card': { attrs: { 'project-id': 'p-00042', variant: 'full' }, collections: ['projects'] },
  'event-calendar': {
    attrs: { land: 'ST', view: 'month', month: '2026-06', today: '2026-06-10' },
    collections: ['events'],
  },
  'partner-map': { attrs: {}, collections: ['partners', 'offices'] },
  'news-list': { attrs: { limit: '20' }, collections: ['news'] },
  'office-card': { attrs: { land: 'ST' }, collections: ['offices'] },
};

const READY: Record<WidgetName, (root: ShadowRoot) => boolean> = {
  'project-list': (r) =>
    r.querySelector('[part="base"]')?.getAttribute('aria-busy') === 'false' && !!r.querySelector('[part="list"]'),
  'project-card': (r) => !!r.querySelector('[part="card"]'),
  'event-calendar': (r) => r.querySelectorAll('[role="gridcell"]').length >= 28,
  'partner-map': (r) => !!r.querySelector('svg .marker'),
  'news-list': (r) => r.querySelectorAll('article').length > 0,
  'office-card': (r) => !!r.querySelector('[part="card"]'),
};

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const painted = async () => {
  await frame();
  await frame();
};

function stage(): HTMLElement {
  const stage = document.getElementById('stage') ?? document.body;
  stage.style.width = 'auto';
  stage.replaceChildren();
  return stage;
}

const dataFetched = (since: number) =>
  performance
    .getEntriesByType('resource')
    .filter((e) => e.startTime >= since && /\/data\//.test(e.name))
    .map((e) => e.name);

/** The widget: from inserting it until two frames after it shows its items (kgc-error rejects). */
export async function widget(name: WidgetName, url: string): Promise<ColdResult> {
  const root = stage();
  await painted();
  const el = document.createElement(`kgc-${name}`) as HTMLElement & { updateComplete: Promise<unknown> };
  for (const [key, value] of Object.entries(SETUP[name].attrs)) el.setAttribute(key, value);
  el.setAttribute('src', url);
  const settled = new Promise<void>((resolve, reject) => {
    el.addEventListener('kgc-load', () => resolve(), { once: true });
    el.addEventListener('kgc-error', (e) => reject(new Error((e as CustomEvent<{ message: string }>).detail.message)), {
      once: true,
    });
  });
  const start = performance.now();
  root.append(el);
  await settled;
  await el.updateComplete;
  const deadline = performance.now() + 30000;
  while (!READY[name](el.shadowRoot!)) {
    if (performance.now() > deadline) throw new Error(`kgc-${name} fired kgc-load but shows no items`);
    await frame();
  }
  await painted();
  return { ms: performance.now() - start, fetched: dataFetched(start) };
}

async function getJson(url: string): Promise<Record<string, unknown[]>> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return JSON.parse(await response.text());
}

/** The documents a plain page reads: the single feed, or the index and then the given parts in parallel. */
async function plainData(url: string, parts: string[] | undefined, collections: string[]): Promise<unknown[]> {
  const documents = parts
    ? [await getJson(url), ...(await Promise.all(parts.filter((p) => p !== url).map(getJson)))]
    : [await getJson(url)];
  return collections.flatMap((c) => documents.flatMap((d) => d[c] ?? []));
}

type Raw = Record<string, unknown> & { id: string; region?: { land: string } };

function el<K extends keyof HTMLElementTagNameMap>(parent: Node, tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = parent.appendChild(document.createElement(tag));
  if (text !== undefined) node.textContent = text;
  return node;
}
const lines = (parent: Node, values: Array<string | undefined>) =>
  values.filter(Boolean).forEach((v, i) => {
    if (i) el(parent, 'br');
    parent.appendChild(document.createTextNode(v!));
  });

type Address = { street?: string; postalCode?: string; locality: string };
type Contact = { name?: string; role?: string; email?: string; phone?: string; url?: string };
const contactLines = (parent: Node, c: Contact) => lines(el(parent, 'address'), [c.name, c.role, c.email, c.phone]);
const addressLines = (parent: Node, a: Address | undefined) =>
  a && lines(el(parent, 'address'), [a.street, [a.postalCode, a.locality].filter(Boolean).join(' ')]);

/** A Steckbrief as the full card shows it: title, meta, summary, each list as a section, addresses. */
function plainCard(root: HTMLElement, p: Raw): void {
  const article = el(root, 'article');
  const a = el(el(article, 'h2'), 'a', p.title as string);
  a.href = (p.url as string) ?? '#';
  const provider = p.provider as { name: string; address?: Address; url?: string } | undefined;
  el(article, 'p', [provider?.name, (p.region as { municipality?: string }).municipality].filter(Boolean).join(' · '));
  if (p.summary) el(article, 'p', p.summary as string);
  const lists: Array<[string, string]> = [
    ['Zielbereich', 'targetAreas'],
    ['Zielgruppe', 'targetGroups'],
    ['Lebenswelt', 'settings'],
    ['Altersgruppe', 'ageGroups'],
    ['Ziele', 'goals'],
    ['Aktivitäten', 'activities'],
    ['Förderer', 'funders'],
  ];
  for (const [label, key] of lists) {
    const values = p[key] as string[] | undefined;
    if (!values?.length) continue;
    const section = el(article, 'section');
    el(section, 'h3', label);
    const ul = el(section, 'ul');
    for (const v of values) el(ul, 'li', v);
  }
  if (p.status) el(el(article, 'section'), 'p', p.status as string);
  if (provider) {
    const section = el(article, 'section');
    el(section, 'h3', 'Träger');
    el(section, 'p', provider.name);
    addressLines(section, provider.address);
  }
  if (p.contact) {
    const section = el(article, 'section');
    el(section, 'h3', 'Kontakt');
    contactLines(section, p.contact as Contact);
  }
  if (p.updated) el(article, 'p', `Stand: ${new Date(p.updated as string).toLocaleDateString('de-DE')}`);
}

function plainOffice(root: HTMLElement, o: Raw): void {
  const article = el(root, 'article');
  el(article, 'p', `Koordinierungsstelle ${o.region?.land}`);
  el(article, 'h2', o.name as string);
  const dl = el(article, 'dl');
  const org = o.organization as { name: string; address?: Address; url?: string } | undefined;
  if (org) {
    el(dl, 'dt', 'Träger');
    const dd = el(dl, 'dd', org.name);
    addressLines(dd, org.address);
  }
  el(dl, 'dt', 'Kontakt');
  for (const c of [...((o.contacts as Contact[]) ?? []), { email: o.email as string, phone: o.phone as string }])
    contactLines(el(dl, 'dd'), c);
  if (o.url) {
    el(dl, 'dt', 'Website');
    const a = el(el(dl, 'dd'), 'a', o.url as string);
    a.href = o.url as string;
  }
  const focus = o.focus as string[] | undefined;
  if (focus?.length) {
    el(dl, 'dt', 'Schwerpunkte');
    const ul = el(el(dl, 'dd'), 'ul');
    for (const f of focus) el(ul, 'li', f);
  }
}

/** The plain page: fetch, JSON.parse, the visible items as hand-written DOM, two frames. */
export async function plain(name: WidgetName, url: string, parts?: string[]): Promise<ColdResult> {
  const root = stage();
  await painted();
  const start = performance.now();
  const items = (await plainData(url, parts, SETUP[name].collections)) as Raw[];
  switch (name) {
    case 'project-list': {
      const projects = items as unknown as RawProject[];
      const keys = projects.map((p) => p.title.toLowerCase());
      const all = projects.map((_, i) => i);
      const order = all.slice().sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
      plainList(root, projects, all, order);
      break;
    }
    case 'project-card':
      plainCard(
        root,
        items.find((p) => p.id === SETUP[name].attrs['project-id'])!,
      );
      break;
    case 'event-calendar':
      plainCalendar(
        root,
        (items as unknown as Event[]).filter((e) => !e.region || e.region.land === 'DE-ST'),
        SETUP[name].attrs.month,
      );
      break;
    case 'partner-map':
      plainMap(root, items as unknown as Item[], true);
      break;
    case 'news-list':
      plainNews(root, items as unknown as NewsItem[]);
      break;
    case 'office-card':
      plainOffice(
        root,
        items.find((o) => o.region?.land === 'DE-ST')!,
      );
      break;
  }
  await painted();
  return { ms: performance.now() - start, fetched: dataFetched(start) };
}
