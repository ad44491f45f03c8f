import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { KgcElement } from '../../shared/base.js';
import { baseStyles } from '../../shared/styles.js';
import { define } from '../../shared/define.js';
import { heading } from '../../shared/heading.js';
import { fold, matchesAll, searchIndex, searchTerms } from '../../shared/fold.js';
import { landName, parseLandList, type LandCode } from '../../shared/laender.js';
import type { FeedQuery } from '../../feed/query.js';
import type { Feed } from '../../feed/schema.js';
import { formatNumber, locale } from '../../i18n/format.js';
import { pick, type Lang } from '../../i18n/lang.js';
import '../project-card/project-card.js';
import { messages } from './messages.js';
import { styles } from './project-list.styles.js';
import {
  FACETS,
  ProjectSearch,
  SORTS,
  type FacetKey,
  type SearchResult,
  type Selection,
  type SortKey,
} from './search.js';
import { readUrlState, urlPrefix, writeUrlState } from './url-state.js';

const DEFAULT_PAGE_SIZE = 12;
/** Facets longer than this (all 16 Länder still fit) get a search field and "show all", COLLAPSED values at first. */
const LONG_FACET = 16;
const COLLAPSED = 8;
/** Delay before the result count is announced (so typing is not read out letter by letter). */
const ANNOUNCE_DELAY = 600;
/** Delay before the address is updated (browsers limit how often replaceState may run). */
const URL_DELAY = 300;

/** URL-state prefixes in use on the page, so two lists never write the same parameters. */
const prefixes = new Map<string, KgcProjectList>();
const collators = new Map<Lang, Intl.Collator>();
const collator = (lang: Lang) => {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(locale(lang), { numeric: true, sensitivity: 'base' })));
  return c;
};

const idle: (fn: (deadline?: IdleDeadline) => void) => number =
  typeof requestIdleCallback === 'function'
    ? (fn) => requestIdleCallback(fn, { timeout: 500 })
    : (fn) => window.setTimeout(fn, 30);
const cancelIdle = (id: number) =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(id) : window.clearTimeout(id);

interface FacetRow {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

/**
 * The Praxisdatenbank as a searchable, filterable list of `<kgc-project-card>` teasers.
 *
 * Full-text search over title, summary, provider, place, goals and activities (case and umlauts folded:
 * ä = ae = a, ß = ss; every word must occur; matches are marked). Facets with counts (Bundesland,
 * Zielbereich, Zielgruppe, Lebenswelt, Altersgruppe when the feed has age groups, Good Practice) that
 * follow faceted search: each count says what adding that value would give. `land`, `target-area` and
 * `setting` lock the list to part of the feed. Results page with "Weitere Projekte anzeigen".
 * With `url-state`, search and filters live in the address (`?kgc-q=…&kgc-land=ST`), so a view can be
 * linked; `url-state="name"` namespaces the parameters (`kgc-name-q`) for a second list on the page.
 *
 * Accessibility: the search is a labelled `role="search"` form; each facet a `fieldset` of checkboxes
 * with its `legend`; the result count is announced in a live region after typing pauses; "Weitere
 * Projekte anzeigen" moves focus to the first new project; the projects are a `ul` of `li`, each an
 * `<article aria-labelledby>` with its title at `heading-level`. In narrow containers the facets fold
 * behind a "Filter" button (`aria-expanded`); from 40em up they are a sidebar.
 *
 * @summary Searchable, filterable list of projects (Praxisdatenbank).
 * @tagname kgc-project-list
 *
 * @attr src - URL of the feed.
 * @attr land - Show only projects of these Länder: `ST`, `DE-ST`, or several (`"ST SN"`).
 * @attr target-area - Show only projects with this Zielbereich (several separated by `;`).
 * @attr setting - Show only projects in this Lebenswelt (several separated by `;`).
 * @attr facets - Which facets to offer, space-separated: `land target-area target-group setting age-group good-practice` (default: all; `""` for none).
 * @attr page-size - Projects per page (default 12).
 * @attr sort - `title` (default) or `updated` (newest first).
 * @attr url-state - Keep search and filters in the address; a value names this list's parameters.
 * @attr heading-level - Level of the project titles' headings (1–6, default 2).
 * @attr lang - `de` or `en` (default: the nearest ancestor's `lang`, else German).
 * @attr timeout - Seconds to wait for the feed (default 15).
 *
 * @fires kgc-load - The feed loaded; `detail.count`: projects within `land`/`target-area`/`setting`.
 * @fires kgc-error - The feed failed to load; `detail.kind`, `detail.message`.
 * @fires kgc-select - A visitor opened a project (from its card); `detail.item`. Cancelable.
 *
 * @csspart base - The widget's root.
 * @csspart search - The search form.
 * @csspart search-input - The search field.
 * @csspart filters - The facet sidebar (with the "Filter" button in narrow containers).
 * @csspart filter-toggle - The "Filter" button (narrow containers).
 * @csspart facet - One facet (`fieldset`).
 * @csspart results - The results column.
 * @csspart count - "23 Projekte gefunden".
 * @csspart list - The list of projects.
 * @csspart item - One project (`li`, holding a `<kgc-project-card>`).
 * @csspart card - A card's `article` (exported from the cards, as are `title`, `link`, `meta`, `badge`, `summary`, `tags`, `tag`, `mark`).
 * @csspart more-button - "Weitere Projekte anzeigen".
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 *
 * @cssprop --kgc-project-list-sidebar - Width of the facet sidebar (default 16em).
 */
export class KgcProjectList extends KgcElement {
  static override styles = [...baseStyles, styles];

  static override properties = {
    ...KgcElement.properties,
    land: { type: String },
    targetArea: { type: String, attribute: 'target-area' },
    setting: { type: String },
    facets: { type: String },
    pageSize: { type: Number, attribute: 'page-size' },
    sort: { type: String },
    urlState: { type: String, attribute: 'url-state' },
    query: { state: true, attribute: false },
    selection: { state: true, attribute: false },
    order: { state: true, attribute: false },
    pages: { state: true, attribute: false },
    filtersOpen: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    valueFilter: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** Only these Länder (`ST`, `DE-ST`, several separated by spaces or commas). */
  declare land: string | undefined;
  /** Only this Zielbereich (several separated by `;`). */
  declare targetArea: string | undefined;
  /** Only this Lebenswelt (several separated by `;`). */
  declare setting: string | undefined;
  /** The facets offered (space-separated keys); all when not set. */
  declare facets: string | undefined;
  /** Projects per page. */
  declare pageSize: number;
  /** Initial sort order: `title` or `updated`. */
  declare sort: string | undefined;
  /** When set (also empty), search and filters are kept in the address; a value namespaces them. */
  declare urlState: string | null | undefined;

  declare private query: string;
  declare private selection: Selection;
  declare private order: SortKey;
  declare private pages: number;
  declare private filtersOpen: boolean;
  declare private expanded: ReadonlySet<FacetKey>;
  declare private valueFilter: Partial<Record<FacetKey, string>>;
  declare private announcement: string;

  private search?: ProjectSearch;
  private labelOrders = new Map<string, number[]>();
  private locks: Record<'land' | 'target-area' | 'setting', string[]> = { land: [], 'target-area': [], setting: [] };
  private searchOf?: Feed;
  private result?: SearchResult;
  private paramPrefix?: string;
  private indexJob?: number;
  private announceTimer?: number;
  private urlTimer?: number;
  private warned = new Set<string>();

  constructor() {
    super();
    this.land = undefined;
    this.targetArea = undefined;
    this.setting = undefined;
    this.facets = undefined;
    this.pageSize = DEFAULT_PAGE_SIZE;
    this.sort = undefined;
    this.urlState = undefined;
    this.query = '';
    this.selection = {};
    this.order = 'title';
    this.pages = 1;
    this.filtersOpen = false;
    this.expanded = new Set();
    this.valueFilter = {};
    this.announcement = '';
  }

  private get messages() {
    return pick(messages, this.language);
  }

  private warnOnce(key: string, text: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<kgc-project-list>: ${text}`);
  }

  private get size(): number {
    if (Number.isInteger(this.pageSize) && this.pageSize > 0) return this.pageSize;
    this.warnOnce(
      'page-size',
      `page-size="${this.getAttribute('page-size')}" is not a positive whole number; using 12`,
    );
    return DEFAULT_PAGE_SIZE;
  }

  private get defaultSort(): SortKey {
    const sort = this.sort?.trim() as SortKey | undefined;
    if (!sort || SORTS.includes(sort)) return sort ?? 'title';
    this.warnOnce('sort', `sort="${sort}" is not one of ${SORTS.join(', ')}; using title`);
    return 'title';
  }

  /** The facets to offer: the `facets` attribute's, minus those a lock fixes to one value or the feed lacks. */
  private get shownFacets(): FacetKey[] {
    const wanted =
      this.facets === undefined || this.facets === null
        ? [...FACETS]
        : this.facets.split(/[\s,]+/).filter((key): key is FacetKey => {
            const known = (FACETS as readonly string[]).includes(key);
            if (key && !known) this.warnOnce(`facet-${key}`, `unknown facet "${key}" (use ${FACETS.join(', ')})`);
            return known;
          });
    const search = this.search;
    return wanted.filter((facet) => (search?.values[facet].length ?? 0) > 0 && (this.allowed(facet)?.size ?? 2) > 1);
  }

  /** The folded values a lock attribute allows in a facet; undefined when the facet is not locked. */
  private allowed(facet: FacetKey): Set<string> | undefined {
    const values = facet === 'land' || facet === 'target-area' || facet === 'setting' ? this.locks[facet] : undefined;
    return values?.length ? new Set(values.map(fold)) : undefined;
  }

  protected override feedQuery(): FeedQuery {
    return { collections: ['projects'], lands: parseLandList(this.land, '') };
  }

  protected override countItems(feed: Feed): number {
    return this.search?.size ?? feed.projects.length;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) {
      this.claimUrl(false);
      this.prepareIndex();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.paramPrefix && prefixes.get(this.paramPrefix) === this) prefixes.delete(this.paramPrefix);
    if (this.indexJob !== undefined) cancelIdle(this.indexJob);
    this.indexJob = undefined;
    window.clearTimeout(this.announceTimer);
    if (this.urlTimer !== undefined) {
      window.clearTimeout(this.urlTimer);
      this.writeUrl();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const first = !this.hasUpdated;
    if (first || changed.has('sort')) this.order = this.defaultSort;
    if (first || changed.has('urlState')) this.claimUrl(true);

    let run = false;
    if (this.feed !== this.searchOf || changed.has('land') || changed.has('targetArea') || changed.has('setting')) {
      this.searchOf = this.feed;
      const split = (value: string | undefined) =>
        (value ?? '')
          .split(';')
          .map((v) => v.trim())
          .filter(Boolean);
      this.locks = {
        land: parseLandList(this.land, '<kgc-project-list>'),
        'target-area': split(this.targetArea),
        setting: split(this.setting),
      };
      this.search = this.feed
        ? new ProjectSearch(this.feed.projects, {
            land: this.locks.land,
            targetArea: this.locks['target-area'],
            setting: this.locks.setting,
          })
        : undefined;
      this.labelOrders.clear();
      this.prepareIndex();
      this.pages = 1;
      run = true;
    }
    const own = changed as PropertyValues<this> & Map<'query' | 'selection' | 'order', unknown>;
    const interaction = this.hasUpdated && (own.has('query') || own.has('selection') || own.has('order'));
    if (run || interaction || changed.has('facets')) {
      // Only offered facets filter (an address may name others, e.g. from a page with more facets).
      const shown = new Set(this.shownFacets);
      const selection = Object.fromEntries(Object.entries(this.selection).filter(([f]) => shown.has(f as FacetKey)));
      this.result = this.search?.run(this.query, selection);
    }
    if (interaction) {
      this.pages = 1;
      this.announceSoon();
      this.saveUrlSoon();
    }
  }

  /** Sorts and builds the search index while the page is idle (in slices), so the first keystroke finds them ready. */
  private prepareIndex(): void {
    if (this.indexJob !== undefined) cancelIdle(this.indexJob);
    this.indexJob = undefined;
    const search = this.search;
    // Not on the page (removed before this update ran): connectedCallback starts it when it is back.
    if (!search || !this.isConnected) return;
    const step = (deadline?: IdleDeadline) => {
      this.indexJob = undefined;
      if (this.search !== search) return;
      if (!search.hasOrder(this.order)) search.order(this.order);
      else if (search.prepare(Math.max(4, deadline?.timeRemaining() ?? 8))) return;
      this.indexJob = idle(step);
    };
    this.indexJob = idle(step);
  }

  // --- address (url-state) ------------------------------------------------------------------------------

  /** Takes this list's parameter prefix (once per page); with `restore`, reads the state from the address. */
  private claimUrl(restore: boolean): void {
    if (this.paramPrefix && prefixes.get(this.paramPrefix) === this) prefixes.delete(this.paramPrefix);
    this.paramPrefix = undefined;
    if (this.urlState === undefined || this.urlState === null) return;
    let prefix = urlPrefix(this.urlState);
    const owner = prefixes.get(prefix);
    if (owner && owner !== this && owner.isConnected) {
      const fallback = this.id ? urlPrefix(this.id) : undefined;
      const taken = fallback && prefixes.get(fallback) && prefixes.get(fallback) !== this;
      this.warnOnce(
        'url-state',
        `another list on this page already keeps its state under "${prefix}…"; ` +
          (fallback && !taken
            ? `using "${fallback}…" (give each list its own url-state="name")`
            : 'not keeping this one in the address'),
      );
      if (!fallback || taken) return;
      prefix = fallback;
    }
    // A list removed before this update ran keeps its prefix but claims it only when it is back.
    if (this.isConnected) prefixes.set(prefix, this);
    this.paramPrefix = prefix;
    if (!restore) return;
    const state = readUrlState(location.search, prefix);
    this.query = state.query;
    this.selection = state.selection;
    if (state.sort) this.order = state.sort;
  }

  /** Writes the address after a pause; a list no longer on the page leaves it alone. */
  private saveUrlSoon(): void {
    if (!this.paramPrefix || !this.isConnected) return;
    window.clearTimeout(this.urlTimer);
    this.urlTimer = window.setTimeout(() => this.writeUrl(), URL_DELAY);
  }

  private writeUrl(): void {
    this.urlTimer = undefined;
    if (!this.paramPrefix) return;
    const search = writeUrlState(
      location.search,
      this.paramPrefix,
      { query: this.query, selection: this.selection, sort: this.order },
      this.defaultSort,
    );
    const url = `${location.pathname}${search}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    try {
      history.replaceState(history.state, '', url);
    } catch (error) {
      this.warnOnce('history', `could not update the address (${String(error)})`);
    }
  }

  // --- interaction ------------------------------------------------------------------------------------------

  private announceSoon(): void {
    window.clearTimeout(this.announceTimer);
    if (!this.isConnected) return;
    this.announceTimer = window.setTimeout(() => {
      this.announcement = this.countText(this.result?.hits.length ?? 0);
    }, ANNOUNCE_DELAY);
  }

  private countText(n: number): string {
    return this.messages.found(n, formatNumber(n, this.language));
  }

  private onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private toggle(facet: FacetKey, value: string, on: boolean): void {
    const rest = (this.selection[facet] ?? []).filter((v) => v !== value);
    const next = { ...this.selection, [facet]: on ? [...rest, value] : rest };
    if (!next[facet]!.length) delete next[facet];
    this.selection = next;
  }

  private toggleExpanded(facet: FacetKey): void {
    const next = new Set(this.expanded);
    if (!next.delete(facet)) next.add(facet);
    this.expanded = next;
  }

  /** "Filter zurücksetzen": search and every facet cleared; focus goes to the search field. */
  private async reset(): Promise<void> {
    this.query = '';
    this.selection = {};
    this.valueFilter = {};
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  /** Narrow containers: closes the facets and moves focus to the results. */
  private async showResults(): Promise<void> {
    this.filtersOpen = false;
    await this.updateComplete;
    (
      this.renderRoot.querySelector<HTMLElement>('[part="count"]') ??
      this.renderRoot.querySelector<HTMLElement>('[part="empty"] button')
    )?.focus();
  }

  /** The next page; focus moves to its first project. */
  private async showMore(): Promise<void> {
    const first = this.pages * this.size;
    this.pages += 1;
    await this.updateComplete;
    const card = this.renderRoot.querySelectorAll('kgc-project-card')[first];
    if (!card) return;
    await card.updateComplete;
    card.focus();
  }

  // --- rendering --------------------------------------------------------------------------------------------

  protected override renderFeed(): unknown {
    const search = this.search;
    const result = this.result;
    if (!search?.size || !result) return this.renderEmpty();
    const t = this.messages;
    const facets = this.shownFacets;
    const hits = result.hits;
    const shown = search.page(hits, this.order, this.pages * this.size);
    const active = facets.reduce((n, facet) => n + (this.selection[facet]?.length ?? 0), 0);
    const filtersId = `${this.uid}-filters`;
    const lang = this.language;
    return html`
      <div class="layout ${facets.length ? '' : 'no-facets'}">
        <form
          class="search"
          part="search"
          role="search"
          aria-label=${t.list}
          @submit=${(e: Event) => e.preventDefault()}
        >
          <label class="search-label" for="${this.uid}-q">${t.search}</label>
          <div class="search-field">
            <svg aria-hidden="true" viewBox="0 0 20 20" width="1.25em" height="1.25em">
              <circle cx="8.5" cy="8.5" r="5.75" fill="none" stroke="currentColor" stroke-width="2" />
              <path d="M13 13l5 5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
            </svg>
            <input
              id="${this.uid}-q"
              part="search-input"
              type="search"
              autocomplete="off"
              spellcheck="false"
              placeholder=${t.searchHint}
              .value=${live(this.query)}
              @input=${this.onSearch}
            />
          </div>
        </form>
        ${
          facets.length
            ? html`<div class="filters" part="filters">
                <button
                  class="filter-toggle button secondary"
                  part="filter-toggle"
                  type="button"
                  aria-expanded=${this.filtersOpen ? 'true' : 'false'}
                  aria-controls=${filtersId}
                  @click=${() => (this.filtersOpen = !this.filtersOpen)}
                >
                  <svg aria-hidden="true" viewBox="0 0 20 20" width="1em" height="1em">
                    <path d="M2 4h16M5 10h10M8 16h4" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
                  </svg>
                  ${t.filters}${active ? ` (${active})` : ''}
                </button>
                <div id=${filtersId} class="facets ${this.filtersOpen ? 'open' : ''}">
                  ${heading(this.headingLevel, t.filters, { className: 'filters-title' })}
                  ${facets.map((facet) => this.renderFacet(facet, result.counts[facet]))}
                  ${
                    active || this.query
                      ? html`<button class="link-button reset" type="button" @click=${this.reset}>
                          ${this.t.resetFilters}
                        </button>`
                      : nothing
                  }
                  <button class="button show-results" type="button" @click=${this.showResults}>
                    ${t.showResults(hits.length, formatNumber(hits.length, lang))}
                  </button>
                </div>
              </div>`
            : nothing
        }
        <div class="results" part="results">
          ${
            hits.length
              ? html`<div class="results-head">
                    <p class="count" part="count" tabindex="-1">${this.countText(hits.length)}</p>
                    <label class="sort">
                      <span>${t.sortBy}</span>
                      <select @change=${(e: Event) => (this.order = (e.target as HTMLSelectElement).value as SortKey)}>
                        ${SORTS.map(
                          (key) => html`<option value=${key} ?selected=${key === this.order}>${t.sorts[key]}</option>`,
                        )}
                      </select>
                    </label>
                  </div>
                  <ul class="list" part="list" aria-label=${t.list}>
                    ${shown.map(
                      (i) =>
                        html`<li part="item">
                          <kgc-project-card
                            exportparts="card, title, link, meta, badge, summary, tags, tag, mark"
                            lang=${lang}
                            .project=${search.projects[i]}
                            .headingLevel=${this.headingLevel}
                            .highlight=${this.query}
                          ></kgc-project-card>
                        </li>`,
                    )}
                  </ul>
                  ${
                    hits.length > shown.length
                      ? html`<div class="more">
                          <p>${t.shown(formatNumber(shown.length, lang), formatNumber(hits.length, lang))}</p>
                          <button class="button secondary" part="more-button" type="button" @click=${this.showMore}>
                            ${t.more}
                          </button>
                        </div>`
                      : nothing
                  }`
              : this.renderEmpty(() => void this.reset())
          }
        </div>
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }

  /** A facet's value ids in order of their labels (once per feed, facet and language). */
  private labelOrder(facet: FacetKey, label: (value: string) => string): number[] {
    const key = `${facet}|${this.language}`;
    let order = this.labelOrders.get(key);
    if (!order) {
      const values = this.search!.values[facet];
      const labels = values.map(label);
      const c = collator(this.language);
      order = values.map((_, id) => id).sort((a, b) => c.compare(labels[a], labels[b]));
      this.labelOrders.set(key, order);
    }
    return order;
  }

  private rows(facet: FacetKey, counts: Int32Array): FacetRow[] {
    const values = this.search!.values[facet];
    const selected = new Set(this.selection[facet] ?? []);
    const lang = this.language;
    const label = (value: string) =>
      facet === 'land'
        ? landName(value as LandCode, lang)
        : facet === 'good-practice'
          ? this.messages.goodPracticeOnly
          : value;
    const allowed = this.allowed(facet);
    const rows: FacetRow[] = [];
    for (const id of this.labelOrder(facet, label)) {
      const value = values[id];
      if (allowed && !allowed.has(fold(value))) continue;
      if (counts[id] || selected.has(value))
        rows.push({ value, label: label(value), count: counts[id], checked: selected.has(value) });
    }
    // Selected values the feed does not have (e.g. from an old link) stay visible, so they can be cleared.
    for (const value of selected) {
      if (!values.includes(value)) rows.push({ value, label: label(value), count: 0, checked: true });
    }
    return rows;
  }

  private renderFacet(facet: FacetKey, counts: Int32Array): TemplateResult {
    const t = this.messages;
    const name = t.facets[facet];
    const all = this.rows(facet, counts);
    const filter = this.valueFilter[facet] ?? '';
    const long = all.length > LONG_FACET;
    const needle = searchTerms(filter);
    let rows = needle.length ? all.filter((row) => matchesAll(searchIndex(row.label), needle)) : all;
    const open = this.expanded.has(facet);
    const collapsible = long && !needle.length;
    if (collapsible && !open) rows = rows.filter((row, i) => i < COLLAPSED || row.checked);
    const listId = `${this.uid}-facet-${facet}`;
    const lang = this.language;
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
              @input=${(e: Event) => (this.valueFilter = { ...this.valueFilter, [facet]: (e.target as HTMLInputElement).value })}
            />`
          : nothing
      }
      <ul class="options" id=${listId}>
        ${rows.map(
          // Unkeyed: a facet's own rows never change while one of its checkboxes is being used (its counts
          // leave out its own selection), so a focused checkbox keeps its value.
          (row) =>
            html`<li>
              <label class="option">
                <input
                  type="checkbox"
                  .checked=${live(row.checked)}
                  @change=${(e: Event) => this.toggle(facet, row.value, (e.target as HTMLInputElement).checked)}
                />
                <span class="option-label">${row.label}</span>
                <span class="option-count">${formatNumber(row.count, lang)}</span>
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
              @click=${() => this.toggleExpanded(facet)}
            >
              ${open ? t.showLess : t.showAll(formatNumber(all.length, lang))}
            </button>`
          : nothing
      }
    </fieldset>`;
  }
}

define('kgc-project-list', KgcProjectList);

declare global {
  interface HTMLElementTagNameMap {
    'kgc-project-list': KgcProjectList;
  }
}
