import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { KgcElement } from '../../shared/base.js';
import { baseStyles } from '../../shared/styles.js';
import { define } from '../../shared/define.js';
import { fold } from '../../shared/fold.js';
import { parseLandList, type LandCode } from '../../shared/laender.js';
import { UrlStateController } from '../../shared/url-state.js';
import type { FeedQuery } from '../../feed/query.js';
import type { Feed } from '../../feed/schema.js';
import { formatNumber } from '../../i18n/format.js';
import { pick } from '../../i18n/lang.js';
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
import { OWN_NAMES, fromParams, toParams } from './url-state.js';
import { FacetLabels, facetsView } from './facets.js';
import { CARD_STAGE, resultsView } from './results.js';
import { focusProject, pagingView } from './paging.js';
import { IdleIndex } from './idle-index.js';

const DEFAULT_PAGE_SIZE = 12;
/** Delay before the result count is announced (so typing is not read out letter by letter). */
const ANNOUNCE_DELAY = 600;
/** Delay before the address is updated (typing writes it once it pauses). */
const URL_DELAY = 300;

/**
 * The Praxisdatenbank as a searchable, filterable list of `<kgc-project-card>` teasers.
 *
 * Full-text search over title, summary, provider, place, goals and activities (case and umlauts folded:
 * ä = ae = a, ß = ss; every word must occur; matches are marked). Facets with counts (Bundesland,
 * Zielbereich, Zielgruppe, Lebenswelt, Altersgruppe when the feed has age groups, Good Practice) that
 * follow faceted search: each count says what adding that value would give. `land`, `target-area` and
 * `setting` lock the list to part of the feed. Results page with "Weitere Projekte anzeigen".
 * With `url-state`, search and filters live in the address (`?kgc-q=…&kgc-land=ST`), so a view can be
 * linked; `url-state="name"` namespaces the parameters (`kgc-name-q`) for a second list on the page (see
 * "Page address" in the reference).
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
  private labels = new FacetLabels();
  private locks: Record<'land' | 'target-area' | 'setting', string[]> = { land: [], 'target-area': [], setting: [] };
  /** The Länder of `land`, parsed (and an unknown code warned about) once per value. */
  private lands: LandCode[] = [];
  private searchOf?: Feed;
  private result?: SearchResult;
  private announceTimer?: number;
  private warned = new Set<string>();
  private readonly address = new UrlStateController(this, {
    names: OWN_NAMES,
    values: () => toParams({ query: this.query, selection: this.selection, sort: this.order }, this.defaultSort),
    delay: URL_DELAY,
    tag: '<kgc-project-list>',
  });
  private readonly index = new IdleIndex(this, () => ({ search: this.search, order: this.order }));

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
    return { collections: ['projects'], lands: this.lands };
  }

  /** A page of results (measured: about 18em a project on phones, 14em wide). */
  protected override reserve() {
    const size = this.pageSize > 0 ? this.pageSize : DEFAULT_PAGE_SIZE;
    return this.reserveEm(12 + size * 18, 12 + size * 14);
  }

  protected override countItems(feed: Feed): number {
    return this.search?.size ?? feed.projects.length;
  }

  /** The first view renders its cards CARD_STAGE at a time (each card is an element of its own). */
  protected override moreStages(): boolean {
    return CARD_STAGE * (this.stage + 1) < Math.min(this.result?.hits.length ?? 0, this.pages * this.size);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before the base asks for the feed: the Länder decide which parts of a feed index it fetches.
    if (changed.has('land')) this.lands = parseLandList(this.land, '<kgc-project-list>');
    super.willUpdate(changed);
    const first = !this.hasUpdated;
    if (first || changed.has('sort')) this.order = this.defaultSort;
    if (first || changed.has('urlState')) this.restore();

    let run = false;
    if (this.feed !== this.searchOf || changed.has('land') || changed.has('targetArea') || changed.has('setting')) {
      this.searchOf = this.feed;
      const split = (value: string | undefined) =>
        (value ?? '')
          .split(';')
          .map((v) => v.trim())
          .filter(Boolean);
      this.locks = {
        land: this.lands,
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
      this.index.start();
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
      this.address.save();
    }
  }

  /** Takes the address parameters (`url-state`) and restores search, filters and sort from them. */
  private restore(): void {
    const params = this.address.claim();
    if (!params) return;
    const state = fromParams(params);
    this.query = state.query;
    this.selection = state.selection;
    if (state.sort) this.order = state.sort;
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
    await focusProject(this.renderRoot, first);
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
    const rendered = shown.slice(0, CARD_STAGE * (this.stage + 1));
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
        ${facetsView({
          uid: this.uid,
          lang,
          headingLevel: this.headingLevel,
          t,
          common: this.t,
          search,
          facets,
          counts: result.counts,
          hits: hits.length,
          query: this.query,
          selection: this.selection,
          labelOrder: this.labels,
          allowed: (facet) => this.allowed(facet),
          open: this.filtersOpen,
          expanded: this.expanded,
          valueFilter: this.valueFilter,
          onOpen: (open) => (this.filtersOpen = open),
          onToggle: (facet, value, on) => this.toggle(facet, value, on),
          onExpand: (facet) => this.toggleExpanded(facet),
          onValueFilter: (facet, text) => (this.valueFilter = { ...this.valueFilter, [facet]: text }),
          onReset: () => void this.reset(),
          onShowResults: () => void this.showResults(),
        })}
        <div class="results" part="results">
          ${
            hits.length
              ? html`${resultsView({
                  lang,
                  headingLevel: this.headingLevel,
                  t,
                  count: this.countText(hits.length),
                  order: this.order,
                  projects: rendered.map((i) => search.projects[i]),
                  query: this.query,
                  onSort: (order) => (this.order = order),
                })}
                ${
                  rendered.length < shown.length
                    ? nothing
                    : pagingView({
                        lang,
                        t,
                        shown: shown.length,
                        total: hits.length,
                        onMore: () => void this.showMore(),
                      })
                }`
              : this.renderEmpty(() => void this.reset())
          }
        </div>
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }
}

define('kgc-project-list', KgcProjectList);

declare global {
  interface HTMLElementTagNameMap {
    'kgc-project-list': KgcProjectList;
  }
}
