/**
 * The Praxisdatenbank's search, without any DOM: locked filters, full-text search, facets with counts,
 * sorting. Built once per feed (and lock attributes); each keystroke then costs one pass over the
 * projects that can still match.
 *
 * - Locks (`land`, `target-area`, `setting` attributes) cut the projects down once.
 * - Sort orders are computed once per key (German collation, so "Ärzte" sorts with "A", as in DIN 5007)
 *   when the page is idle; until then the first page is picked without sorting everything.
 * - The search index (folded title, summary, provider, place, goals, activities) is built in slices
 *   when the page is idle (`prepare`), or at the latest on the first search; a query that only extends
 *   the previous one (typing on) searches within the previous hits.
 * - Facet counts follow faceted search: a value's count is what the visitor would get by adding it,
 *   i.e. the other facets' selections apply, the facet's own does not. One pass computes all of them.
 */
import type { Project } from '../../feed/schema.js';
import { fold, matchesAll, searchIndex, searchTerms, type Term } from '../../shared/fold.js';
import { compareKeyed, sortKey } from '../../shared/order.js';

export const FACETS = ['land', 'target-area', 'target-group', 'setting', 'age-group', 'good-practice'] as const;
export type FacetKey = (typeof FACETS)[number];
export type SortKey = 'title' | 'updated';
export const SORTS: readonly SortKey[] = ['title', 'updated'];

/** The one value of the Good Practice facet. */
export const GOOD_PRACTICE = 'yes';

/** Selected values per facet (within a facet any value matches; facets combine with AND). */
export type Selection = Partial<Record<FacetKey, readonly string[]>>;

export interface Locks {
  /** ISO codes (`DE-ST`). */
  land?: readonly string[];
  targetArea?: readonly string[];
  setting?: readonly string[];
}

export interface SearchResult {
  /** Indices into `ProjectSearch.projects` of every hit (in no particular order: see `page`). */
  hits: number[];
  /** Per facet, per value (index into `values[facet]`): the count of that value. */
  counts: Record<FacetKey, Int32Array>;
  terms: Term[];
}

/** The values a project has in one facet. */
export function valuesOf(project: Project, facet: FacetKey): readonly string[] {
  switch (facet) {
    case 'land':
      return [project.region.land];
    case 'target-area':
      return project.targetAreas;
    case 'target-group':
      return project.targetGroups;
    case 'setting':
      return project.settings;
    case 'age-group':
      return project.ageGroups ?? [];
    case 'good-practice':
      return project.goodPractice ? [GOOD_PRACTICE] : [];
  }
}

/** The text the full-text search looks at, one field per line. */
export function searchText(p: Project): string {
  return [
    p.title,
    p.summary,
    p.provider?.name,
    p.provider?.address?.locality,
    p.region.municipality,
    p.region.district,
    ...(p.goals ?? []),
    ...(p.activities ?? []),
  ]
    .filter(Boolean)
    .join('\n');
}

/** True when a later query can only narrow an earlier one (every earlier word is the start of a later one). */
export function narrows(before: readonly Term[], after: readonly Term[]): boolean {
  return before.every((b) => after.some((a) => a.plain.startsWith(b.plain)));
}

const lockedBy = (values: readonly string[] | undefined) => {
  const wanted = new Set((values ?? []).map(fold));
  return (have: readonly string[]) => !wanted.size || have.some((v) => wanted.has(fold(v)));
};

export class ProjectSearch {
  /** The projects within the locks, in feed order. */
  readonly projects: Project[];
  /** Distinct values per facet, in order of first appearance. */
  readonly values = {} as Record<FacetKey, string[]>;

  /** Per facet, the value ids of project i: `ids[offsets[i]] … ids[offsets[i + 1] - 1]`. */
  private readonly offsets = {} as Record<FacetKey, Int32Array>;
  private readonly ids = {} as Record<FacetKey, Int32Array>;
  private readonly orders: Partial<Record<SortKey, number[]>> = {};
  /** The titles' sort keys (made with the first order). */
  private titleKeys?: string[];
  private all?: number[];
  private readonly index: string[] = [];
  private last?: { terms: Term[]; hits: number[] };

  constructor(projects: readonly Project[], locks: Locks = {}) {
    const land = locks.land?.length ? new Set(locks.land) : undefined;
    const area = lockedBy(locks.targetArea);
    const setting = lockedBy(locks.setting);
    this.projects = projects.filter(
      (p) => (!land || land.has(p.region.land)) && area(p.targetAreas) && setting(p.settings),
    );
    const n = this.projects.length;
    for (const facet of FACETS) {
      const known = new Map<string, number>();
      const offsets = new Int32Array(n + 1);
      let ids = new Int32Array(n * 2 + 8);
      let length = 0;
      for (let i = 0; i < n; i++) {
        const values = valuesOf(this.projects[i], facet);
        for (let k = 0; k < values.length; k++) {
          let id = known.get(values[k]);
          if (id === undefined) known.set(values[k], (id = known.size));
          let seen = false;
          for (let j = offsets[i]; j < length && !seen; j++) seen = ids[j] === id;
          if (seen) continue;
          if (length === ids.length) {
            const grown = new Int32Array(length * 2);
            grown.set(ids);
            ids = grown;
          }
          ids[length++] = id;
        }
        offsets[i + 1] = length;
      }
      this.values[facet] = [...known.keys()];
      this.offsets[facet] = offsets;
      this.ids[facet] = ids;
    }
  }

  get size(): number {
    return this.projects.length;
  }

  /** Builds the search index for up to `budget` ms (all of it without a budget); true when complete. */
  prepare(budget = Infinity): boolean {
    const until = performance.now() + budget;
    const { projects, index } = this;
    while (index.length < projects.length) {
      index.push(searchIndex(searchText(projects[index.length])));
      if ((index.length & 63) === 0 && performance.now() >= until) break;
    }
    return index.length === projects.length;
  }

  /** True when the sort order `sort` has been computed. */
  hasOrder(sort: SortKey): boolean {
    return !!this.orders[sort];
  }

  /** Compares two projects: by title (German order: "Ärzte" with "A", "2" before "10"; shared/order.ts), or newest `updated` first (undated last), then by title. */
  private comparator(sort: SortKey): (a: number, b: number) => number {
    const titles = this.projects.map((p) => p.title);
    const keys = (this.titleKeys ??= titles.map(sortKey));
    const byTitle = (a: number, b: number) => compareKeyed(titles[a], keys[a], titles[b], keys[b]) || a - b;
    if (sort === 'title') return byTitle;
    const date = this.projects.map((p) => p.updated ?? '');
    return (a, b) => (date[a] < date[b] ? 1 : date[a] > date[b] ? -1 : byTitle(a, b));
  }

  /** Every project index in sort order (computed once per key). */
  order(sort: SortKey): number[] {
    return (this.orders[sort] ??= this.projects.map((_, i) => i).sort(this.comparator(sort)));
  }

  /**
   * The first `count` of `hits` in sort order. Until the whole order is known (it is computed when the
   * page is idle), the few needed are selected without sorting everything.
   */
  page(hits: readonly number[], sort: SortKey, count: number): number[] {
    const order = this.orders[sort];
    if (order) {
      if (hits.length === this.size) return order.slice(0, count);
      const hit = new Uint8Array(this.size);
      for (const i of hits) hit[i] = 1;
      const page: number[] = [];
      for (const i of order) if (hit[i] && page.push(i) === count) break;
      return page;
    }
    const compare = this.comparator(sort);
    const top: number[] = [];
    for (const i of hits) {
      if (top.length === count && compare(i, top[count - 1]) > 0) continue;
      let lo = 0;
      let hi = top.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compare(top[mid], i) < 0) lo = mid + 1;
        else hi = mid;
      }
      top.splice(lo, 0, i);
      if (top.length > count) top.pop();
    }
    return top;
  }

  /** Hits of the query and selection, with the facet counts. */
  run(query: string, selection: Selection): SearchResult {
    const terms = searchTerms(query);
    const hits = this.searchHits(terms);
    const counts = {} as Record<FacetKey, Int32Array>;
    // The active facets, each as a lookup "is value id selected".
    const active: Array<{ facet: FacetKey; chosen: Uint8Array }> = [];
    for (const facet of FACETS) {
      const values = this.values[facet];
      counts[facet] = new Int32Array(values.length);
      const selected = selection[facet];
      if (!selected?.length) continue;
      const chosen = new Uint8Array(values.length);
      for (const value of selected) {
        const id = values.indexOf(value);
        if (id !== -1) chosen[id] = 1;
      }
      active.push({ facet, chosen });
    }

    const result: number[] = [];
    for (const i of hits) {
      // Which active facets does project i fail? Only zero or one failure counts for anything.
      let failed = -1;
      let failures = 0;
      for (let f = 0; f < active.length && failures < 2; f++) {
        const { facet, chosen } = active[f];
        const ids = this.ids[facet];
        let ok = false;
        for (let k = this.offsets[facet][i], end = this.offsets[facet][i + 1]; k < end && !ok; k++)
          ok = chosen[ids[k]] === 1;
        if (!ok) {
          failures++;
          failed = f;
        }
      }
      if (failures === 0) {
        result.push(i);
        for (const facet of FACETS) this.count(counts[facet], facet, i);
      } else if (failures === 1) {
        const facet = active[failed].facet;
        this.count(counts[facet], facet, i);
      }
    }
    return { hits: result, counts, terms };
  }

  private count(counts: Int32Array, facet: FacetKey, i: number): void {
    const ids = this.ids[facet];
    for (let k = this.offsets[facet][i], end = this.offsets[facet][i + 1]; k < end; k++) counts[ids[k]]++;
  }

  private searchHits(terms: Term[]): number[] {
    const all = (this.all ??= this.projects.map((_, i) => i));
    if (!terms.length) return all;
    this.prepare();
    const last = this.last;
    const from = last && narrows(last.terms, terms) ? last.hits : all;
    const index = this.index;
    const hits = from.filter((i) => matchesAll(index[i], terms));
    this.last = { terms, hits };
    return hits;
  }
}
