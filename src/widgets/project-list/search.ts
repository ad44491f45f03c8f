/**
 * The Praxisdatenbank's search, without any DOM: locked filters, full-text search, facets with counts,
 * sorting. Built once per feed (and lock attributes); each keystroke then costs one pass over the
 * projects that can still match.
 *
 * - Locks (`land`, `target-area`, `setting` attributes) cut the projects down once.
 * - Sort orders are computed once per key (on folded titles, so "Ärzte" sorts with "A", as in DIN 5007).
 * - The search index (folded title, summary, provider, place, goals, activities) is built in slices
 *   when the page is idle (`prepare`), or at the latest on the first search; a query that only extends
 *   the previous one (typing on) searches within the previous hits.
 * - Facet counts follow faceted search: a value's count is what the visitor would get by adding it,
 *   i.e. the other facets' selections apply, the facet's own does not. One pass computes all of them.
 */
import type { Project } from '../../feed/schema.js';
import { fold, matchesAll, searchIndex, searchTerms, type Term } from '../../shared/fold.js';

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
  /** Indices into `ProjectSearch.projects` of every hit, in sort order. */
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
  private readonly index: string[] = [];
  private last?: { sort: SortKey; terms: Term[]; hits: number[] };

  constructor(projects: readonly Project[], locks: Locks = {}) {
    const land = locks.land?.length ? new Set(locks.land) : undefined;
    const area = lockedBy(locks.targetArea);
    const setting = lockedBy(locks.setting);
    this.projects = projects.filter(
      (p) => (!land || land.has(p.region.land)) && area(p.targetAreas) && setting(p.settings),
    );
    for (const facet of FACETS) {
      const known = new Map<string, number>();
      const offsets = new Int32Array(this.projects.length + 1);
      const ids: number[] = [];
      this.projects.forEach((project, i) => {
        for (const value of valuesOf(project, facet)) {
          let id = known.get(value);
          if (id === undefined) known.set(value, (id = known.size));
          if (!ids.includes(id, offsets[i])) ids.push(id);
        }
        offsets[i + 1] = ids.length;
      });
      this.values[facet] = [...known.keys()];
      this.offsets[facet] = offsets;
      this.ids[facet] = Int32Array.from(ids);
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
      if ((index.length & 63) === 0 && performance.now() > until) break;
    }
    return index.length === projects.length;
  }

  /** Project indices in sort order: by folded title, or newest `updated` first (undated last). */
  order(sort: SortKey): number[] {
    let order = this.orders[sort];
    if (order) return order;
    if (sort === 'updated') {
      const date = this.projects.map((p) => p.updated ?? '');
      order = [...this.order('title')].sort((a, b) => (date[a] < date[b] ? 1 : date[a] > date[b] ? -1 : 0));
    } else {
      const key = this.projects.map((p) => fold(p.title));
      order = this.projects.map((_, i) => i).sort((a, b) => (key[a] < key[b] ? -1 : key[a] > key[b] ? 1 : a - b));
    }
    return (this.orders[sort] = order);
  }

  /** Hits of the query and selection, in sort order, with the facet counts. */
  run(query: string, selection: Selection, sort: SortKey = 'title'): SearchResult {
    const terms = searchTerms(query);
    const hits = this.searchHits(terms, sort);
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
        for (let k = this.offsets[facet][i], end = this.offsets[facet][i + 1]; k < end && !ok; k++) ok = chosen[ids[k]] === 1;
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

  private searchHits(terms: Term[], sort: SortKey): number[] {
    const order = this.order(sort);
    if (!terms.length) return order;
    this.prepare();
    const last = this.last;
    const from = last && last.sort === sort && narrows(last.terms, terms) ? last.hits : order;
    const index = this.index;
    const hits = from.filter((i) => matchesAll(index[i], terms));
    this.last = { sort, terms, hits };
    return hits;
  }
}
