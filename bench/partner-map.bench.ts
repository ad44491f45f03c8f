// <kgc-partner-map>: first render with the large feed's 500 partners (+ 16 offices), to painted
// (updateComplete + two animation frames), beside plain hand-written renderings of the same Länder paths
// and markers (and the same list), measured in the same page. Median of 10 runs after one warm-up.
import { loadFeed } from '../src/feed/loader.js';
import { KgcPartnerMap } from '../src/widgets/partner-map/partner-map.js';
import { fitted, landFeatures, target } from '../src/widgets/partner-map/geo.js';

const RUNS = 10;
const painted = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
/** Waits until the map shows its markers: through its updates (microtasks), else polling for at most 30 s. */
async function rendered(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  const done = () => !!el.shadowRoot?.querySelector('svg .marker');
  for (let i = 0; i < 20 && !done(); i++) await el.updateComplete;
  const start = performance.now();
  while (!done()) {
    if (performance.now() - start > 30000) throw new Error('kgc-partner-map did not render its markers');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export interface Item {
  name: string;
  kind?: string;
  joined?: string;
  url?: string;
  region: { land: string };
  location?: { lat: number; lon: number };
}

/** The plain rendering: one SVG string (16 paths, a circle or square per place), optionally a list. */
export function plain(stage: HTMLElement, items: Item[], withList: boolean): void {
  const width = 600;
  const height = 780;
  // The map's own projection and paths (as the widget draws them, without its layout and templates).
  const { point, path } = fitted(target(), width, height, 10);
  let svg = `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-label="Karte">`;
  for (const f of landFeatures()) svg += `<path d="${path(f)}" fill="#dde4ec" stroke="#fff"></path>`;
  for (const item of items) {
    const xy = item.location && point([item.location.lon, item.location.lat]);
    if (xy)
      svg += `<circle cx="${xy[0]}" cy="${xy[1]}" r="6" tabindex="0" role="button" aria-label="${escape(item.name)}"></circle>`;
  }
  svg += '</svg>';
  let list = '';
  if (withList) {
    const byLand = new Map<string, Item[]>();
    for (const item of items) byLand.set(item.region.land, [...(byLand.get(item.region.land) ?? []), item]);
    for (const [land, group] of byLand) {
      list += `<section><h3>${land} (${group.length})</h3><ul>`;
      for (const item of group) {
        list += `<li><button type="button">${escape(item.name)}</button> <span>${escape(item.kind ?? 'Koordinierungsstelle')}${item.joined ? ` · seit ${item.joined}` : ''}</span>${item.url ? ` <a href="${escape(item.url)}">Website</a>` : ''}</li>`;
      }
      list += '</ul></section>';
    }
  }
  stage.innerHTML = svg + list;
}

// Registered by the module; named here too so that no bundler drops the import as side-effect free.
if (!customElements.get('kgc-partner-map')) customElements.define('kgc-partner-map', KgcPartnerMap);

export default async function bench(
  feed: unknown,
): Promise<Array<{ name: string; value: number; unit: string; baseline?: number }>> {
  const stage = document.getElementById('stage') ?? document.body;
  // The feed is fetched and validated once (as on a page: one request per URL); the runs measure rendering.
  const url = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
  const parsed = await loadFeed(url, { timeout: 60 });
  const items: Item[] = [...parsed.feed.partners, ...parsed.feed.offices];

  const ours: number[] = [];
  const mapOnly: number[] = [];
  const svgOnly: number[] = [];
  const svgAndList: number[] = [];
  // The same widget with its list twin hidden (display: none through ::part), to show what the map costs alone.
  const hideList = document.createElement('style');
  hideList.textContent = 'kgc-partner-map.no-list::part(list) { display: none }';
  document.head.append(hideList);
  const widget = async (into: number[], run: number, noList: boolean) => {
    stage.replaceChildren();
    await painted();
    const t = performance.now();
    const el = document.createElement('kgc-partner-map');
    el.classList.toggle('no-list', noList);
    el.src = url;
    stage.append(el);
    await rendered(el);
    await painted();
    if (run) into.push(performance.now() - t);
  };
  const baseline = async (into: number[], run: number, withList: boolean) => {
    stage.replaceChildren();
    await painted();
    const t = performance.now();
    plain(stage, items, withList);
    await painted();
    if (run) into.push(performance.now() - t);
  };
  for (let run = 0; run <= RUNS; run++) {
    await widget(ours, run, false);
    await baseline(svgAndList, run, true);
    await widget(mapOnly, run, true);
    await baseline(svgOnly, run, false);
  }
  hideList.remove();
  stage.replaceChildren();
  URL.revokeObjectURL(url);
  const n = `${parsed.feed.partners.length} partners + ${parsed.feed.offices.length} offices`;
  return [
    {
      name: `partner-map: first render, ${n}, map + list twin, vs plain SVG + list`,
      value: median(ours),
      unit: 'ms',
      baseline: median(svgAndList),
    },
    {
      name: `partner-map: first render, ${n}, map + list twin, vs plain SVG (Länder paths + markers)`,
      value: median(ours),
      unit: 'ms',
      baseline: median(svgOnly),
    },
    {
      name: `partner-map: first render, ${n}, list twin hidden, vs plain SVG`,
      value: median(mapOnly),
      unit: 'ms',
      baseline: median(svgOnly),
    },
  ];
}
