/**
 * The facet sidebar: one `fieldset` of checkboxes per facet with faceted counts, a value search and "show all"
 * in long facets, "Filter zurücksetzen", and in narrow containers the "Filter" button that folds it away.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { heading } from '../../shared/heading.js';
import { fold, matchesAll, searchIndex, searchTerms } from '../../shared/fold.js';
import { landName, type LandCode } from '../../shared/laender.js';
import { formatNumber } from '../../i18n/format.js';
import { compareText } from '../../shared/order.js';
import type { Lang } from '../../i18n/lang.js';
import type { CommonMessages } from '../../i18n/messages.js';
import type { messages } from './messages.js';
import type { FacetKey, ProjectSearch, SearchResult, Selection } from './search.js';

/** Facets longer than this (all 16 Länder still fit) get a search field and "show all", COLLAPSED values at first. */
const LONG_FACET = 16;
const COLLAPSED = 8;

interface FacetRow {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

export interface FacetsView {
  uid: string;
  lang: Lang;
  headingLevel: number;
  t: (typeof messages)['de'];
  common: CommonMessages;
  search: ProjectSearch;
  /** The facets offered, and the counts of the current search. */
  facets: FacetKey[];
  counts: SearchResult['counts'];
  hits: number;
  query: string;
  selection: Selection;
  /** The facets' values in label order, cached by the list for its feed. */
  labelOrder: FacetLabels;
  /** The folded values a lock attribute allows in a facet; undefined when it is not locked. */
  allowed: (facet: FacetKey) => Set<string> | undefined;
  open: boolean;
  expanded: ReadonlySet<FacetKey>;
  valueFilter: Partial<Record<FacetKey, string>>;
  onOpen: (open: boolean) => void;
  onToggle: (facet: FacetKey, value: string, on: boolean) => void;
  onExpand: (facet: FacetKey) => void;
  onValueFilter: (facet: FacetKey, text: string) => void;
  onReset: () => void;
  onShowResults: () => void;
}

/** A facet's value ids in order of their labels, computed once per search, facet and language. */
export class FacetLabels {
  private orders = new Map<string, number[]>();
  private of?: ProjectSearch;

  order(search: ProjectSearch, facet: FacetKey, lang: Lang, label: (value: string) => string): number[] {
    if (this.of !== search) {
      this.orders.clear();
      this.of = search;
    }
    const key = `${facet}|${lang}`;
    let order = this.orders.get(key);
    if (!order) {
      const values = search.values[facet];
      const labels = values.map(label);
      order = values.map((_, id) => id).sort((a, b) => compareText(labels[a], labels[b]));
      this.orders.set(key, order);
    }
    return order;
  }
}

/** The sidebar, or nothing when no facet is offered. */
export function facetsView(v: FacetsView): TemplateResult | typeof nothing {
  if (!v.facets.length) return nothing;
  const t = v.t;
  const active = activeFilters(v.facets, v.selection);
  const filtersId = `${v.uid}-filters`;
  return html`<div class="filters" part="filters">
    <button
      class="filter-toggle button secondary"
      part="filter-toggle"
      type="button"
      aria-expanded=${v.open ? 'true' : 'false'}
      aria-controls=${filtersId}
      @click=${() => v.onOpen(!v.open)}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" width="1em" height="1em">
        <path d="M2 4h16M5 10h10M8 16h4" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      </svg>
      ${t.filters}${active ? ` (${active})` : ''}
    </button>
    <div id=${filtersId} class="facets ${v.open ? 'open' : ''}">
      ${heading(v.headingLevel, t.filters, { className: 'filters-title' })}
      ${v.facets.map((facet) => facetView(v, facet))}
      ${
        active || v.query
          ? html`<button class="link-button reset" type="button" @click=${v.onReset}>${v.common.resetFilters}</button>`
          : nothing
      }
      <button class="button show-results" type="button" @click=${v.onShowResults}>
        ${t.showResults(v.hits, formatNumber(v.hits, v.lang))}
      </button>
    </div>
  </div>`;
}

/** How many values are selected in the offered facets. */
const activeFilters = (facets: FacetKey[], selection: Selection) =>
  facets.reduce((n, facet) => n + (selection[facet]?.length ?? 0), 0);

function rows(v: FacetsView, facet: FacetKey): FacetRow[] {
  const values = v.search.values[facet];
  const counts = v.counts[facet];
  const selected = new Set(v.selection[facet] ?? []);
  const label = (value: string) =>
    facet === 'land' ? landName(value as LandCode, v.lang) : facet === 'good-practice' ? v.t.goodPracticeOnly : value;
  const allowed = v.allowed(facet);
  const found: FacetRow[] = [];
  for (const id of v.labelOrder.order(v.search, facet, v.lang, label)) {
    const value = values[id];
    if (allowed && !allowed.has(fold(value))) continue;
    if (counts[id] || selected.has(value))
      found.push({ value, label: label(value), count: counts[id], checked: selected.has(value) });
  }
  // Selected values the feed does not have (e.g. from an old link) stay visible, so they can be cleared.
  for (const value of selected) {
    if (!values.includes(value)) found.push({ value, label: label(value), count: 0, checked: true });
  }
  return found;
}

function facetView(v: FacetsView, facet: FacetKey): TemplateResult {
  const t = v.t;
  const name = t.facets[facet];
  const all = rows(v, facet);
  const filter = v.valueFilter[facet] ?? '';
  const long = all.length > LONG_FACET;
  const needle = searchTerms(filter);
  let shown = needle.length ? all.filter((row) => matchesAll(searchIndex(row.label), needle)) : all;
  const open = v.expanded.has(facet);
  const collapsible = long && !needle.length;
  if (collapsible && !open) shown = shown.filter((row, i) => i < COLLAPSED || row.checked);
  const listId = `${v.uid}-facet-${facet}`;
  return html`<fieldset class="facet" part="facet">
    <legend>${name}</legend>
    ${
      long
        ? html`<input
            class="facet-filter"
            type="search"
            autocomplete="off"
            aria-label=${t.filterValues(name)}
            placeholder=${t.filterValues(name)}
            .value=${live(filter)}
            @input=${(e: Event) => v.onValueFilter(facet, (e.target as HTMLInputElement).value)}
          />`
        : nothing
    }
    <ul class="options" id=${listId}>
      ${shown.map(
        // Unkeyed: a facet's own rows never change while one of its checkboxes is being used (its counts
        // leave out its own selection), so a focused checkbox keeps its value.
        (row) =>
          html`<li>
            <label class="option">
              <input
                type="checkbox"
                .checked=${live(row.checked)}
                @change=${(e: Event) => v.onToggle(facet, row.value, (e.target as HTMLInputElement).checked)}
              />
              <span class="option-label">${row.label}</span>
              <span class="option-count">${formatNumber(row.count, v.lang)}</span>
            </label>
          </li>`,
      )}
    </ul>
    ${
      collapsible
        ? html`<button
            class="link-button"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${listId}
            @click=${() => v.onExpand(facet)}
          >
            ${open ? t.showLess : t.showAll(formatNumber(all.length, v.lang))}
          </button>`
        : nothing
    }
  </fieldset>`;
}
