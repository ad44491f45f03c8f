import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { KgcElement } from '../../shared/base.js';
import { baseStyles } from '../../shared/styles.js';
import { define } from '../../shared/define.js';
import { fire } from '../../shared/events.js';
import { heading } from '../../shared/heading.js';
import { safeHref } from '../../shared/safe-url.js';
import { FeedError, isAbort } from '../../feed/errors.js';
import { loadFeed } from '../../feed/loader.js';
import type { FeedQuery } from '../../feed/query.js';
import type { Feed, NewsItem } from '../../feed/schema.js';
import { formatDate } from '../../i18n/format.js';
import { pick } from '../../i18n/lang.js';
import { errorMessage } from '../../i18n/messages.js';
import { messages } from './messages.js';
import { styles } from './news-list.styles.js';
import { hasTag, newestFirst, parseTagList, tagKey, tagOptions } from './tags.js';

const DEFAULT_LIMIT = 5;

/**
 * Aktuelles: news items newest first, with date, author, title, teaser, Schlagwörter and a "weiter" link.
 * Reads the feed's `news`, or any JSON Feed 1.x document (its `items`), and pages on with the feed's
 * `nextUrl` (JSON Feed: `next_url`).
 *
 * Accessibility: the items are a `<ul>` of `<li><article aria-labelledby>` whose titles are headings at
 * `heading-level`; the "weiter" link's name includes the title ("weiter: …"); the tag filter is a labelled
 * group of toggle buttons (`aria-pressed`; pressed ones also show a check mark); a filter change is
 * announced in a live region; "Weitere Meldungen" moves focus to the first new item.
 *
 * @summary News list ("Aktuelles") with tag filter and paging.
 *
 * @attr src - URL of the feed (ours or a JSON Feed).
 * @attr limit - Items shown at first, and per click on "Weitere Meldungen" (default 5).
 * @attr tag - Show only items with one of these tags (comma-separated; tags may contain spaces).
 * @attr filters - Show a tag filter: empty for every tag of the items (most frequent first), or a comma-separated list of tags to offer.
 * @attr more-href - Address of the full news page: adds the link "Alle Meldungen".
 * @attr variant - `compact`: date and title only (for sidebars), without "Weitere Meldungen".
 * @attr heading-level - Level of the item titles' headings (1–6, default 2).
 * @attr lang - `de` or `en` (default: the nearest ancestor's `lang`, else German).
 * @attr timeout - Seconds to wait for the feed (default 15).
 *
 * @fires kgc-load - A feed (or a further page) loaded; `detail.count`: news items loaded so far.
 * @fires kgc-error - The feed (or a further page) failed to load; `detail.kind`, `detail.message`.
 * @fires kgc-select - A visitor followed an item's title or "weiter" link; `detail.item`. Cancelable:
 *   `preventDefault()` keeps the page (e.g. to show the item in a single-page app).
 *
 * @csspart base - The widget's root.
 * @csspart filters - The tag filter (a group of toggle buttons).
 * @csspart filter - One toggle button of the tag filter.
 * @csspart list - The list of items.
 * @csspart item - One item (`li`).
 * @csspart title - An item's heading.
 * @csspart meta - Date and author.
 * @csspart summary - The teaser.
 * @csspart tags - An item's Schlagwörter (list).
 * @csspart tag - One Schlagwort.
 * @csspart read-more - The "weiter" link.
 * @csspart actions - Holds "Weitere Meldungen" and "Alle Meldungen".
 * @csspart more-button - "Weitere Meldungen".
 * @csspart all-link - "Alle Meldungen".
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 *
 * @cssprop --kgc-news-title-size - Font size of the item titles (default 1.25em; 1em in the compact variant).
 * @cssprop --kgc-news-tag-background - Background of the Schlagwort chips (default: --kgc-color-surface-alt).
 * @tagname kgc-news-list
 */
export class KgcNewsList extends KgcElement {
  static override styles = [...baseStyles, styles];

  static override properties = {
    ...KgcElement.properties,
    limit: { type: Number },
    tag: { type: String },
    filters: { type: String },
    moreHref: { type: String, attribute: 'more-href' },
    variant: { type: String },
    items: { state: true, attribute: false },
    selected: { state: true, attribute: false },
    shown: { state: true, attribute: false },
    nextUrl: { state: true, attribute: false },
    pageLoading: { state: true, attribute: false },
    pageError: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** Items shown at first, and per click on "Weitere Meldungen". */
  declare limit: number;
  /** Preset tag filter: comma-separated tags. */
  declare tag: string | undefined;
  /** Tag filter shown to visitors: `""` for all tags, else a comma-separated list; `null` for none. */
  declare filters: string | null;
  /** Address of the full news page ("Alle Meldungen"). */
  declare moreHref: string | undefined;
  /** `compact` for date and title only. */
  declare variant: string | undefined;

  /** Loaded items: each page newest first, later pages appended. */
  declare private items: NewsItem[];
  /** Selected tags (labels). */
  declare private selected: string[];
  declare private shown: number;
  declare private nextUrl: string | undefined;
  declare private pageLoading: boolean;
  declare private pageError: FeedError | undefined;
  declare private announcement: string;

  private itemsOf?: Feed;
  private allHref?: string;
  private visited = new Set<string>();
  private pageController?: AbortController;
  private warned = new Set<string>();

  constructor() {
    super();
    this.limit = DEFAULT_LIMIT;
    this.tag = undefined;
    this.filters = null;
    this.moreHref = undefined;
    this.variant = undefined;
    this.items = [];
    this.selected = [];
    this.shown = DEFAULT_LIMIT;
    this.nextUrl = undefined;
    this.pageLoading = false;
    this.pageError = undefined;
    this.announcement = '';
  }

  private get messages() {
    return pick(messages, this.language);
  }

  private get compact(): boolean {
    return this.variant === 'compact';
  }

  private get pageSize(): number {
    if (Number.isInteger(this.limit) && this.limit > 0) return this.limit;
    this.warnOnce(
      'limit',
      `<kgc-news-list>: limit="${this.getAttribute('limit') ?? this.limit}" is not a positive whole number; using ${DEFAULT_LIMIT}`,
    );
    return DEFAULT_LIMIT;
  }

  private warnOnce(key: string, text: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(text);
  }

  private get visible(): NewsItem[] {
    const keys = this.selected.map(tagKey);
    return keys.length ? this.items.filter((item) => hasTag(item, keys)) : this.items;
  }

  protected override feedQuery(): FeedQuery {
    return { collections: ['news'] };
  }

  /** Measured on the sample feed: about 20em an item on phones, 15em wide (compact: 4em). */
  protected override reserve() {
    const limit = this.limit > 0 ? this.limit : 5;
    return this.variant === 'compact'
      ? this.reserveEm(4 + limit * 5, 4 + limit * 4)
      : this.reserveEm(6 + limit * 20, 6 + limit * 15);
  }

  protected override countItems(feed: Feed): number {
    return feed.news.length;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pageController?.abort();
    this.pageLoading = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('tag')) this.selected = parseTagList(this.tag);
    if (changed.has('tag') || changed.has('limit')) this.shown = this.pageSize;
    if (changed.has('moreHref')) this.allHref = this.readMoreHref();
    if (this.feed !== this.itemsOf) {
      this.itemsOf = this.feed;
      this.pageController?.abort();
      this.items = newestFirst(this.feed?.news ?? []);
      this.nextUrl = this.feed?.nextUrl;
      this.visited = new Set();
      this.pageLoading = false;
      this.pageError = undefined;
      this.shown = this.pageSize;
      this.announcement = '';
    }
  }

  protected override renderFeed(): TemplateResult {
    const t = this.messages;
    const visible = this.visible;
    const shown = visible.slice(0, this.shown);
    const more = !this.compact && (visible.length > this.shown || !!this.nextUrl);
    const allHref = this.allHref;
    const errorId = `${this.uid}-page-error`;
    return html`
      ${this.filters !== null && this.filters !== undefined ? this.renderFilters() : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${
        shown.length
          ? html`<ul part="list" class="list ${this.compact ? 'compact' : ''}" aria-label=${t.listLabel}>
              ${shown.map((item, index) => this.renderItem(item, index))}
            </ul>`
          : this.renderEmpty(this.selected.length ? () => this.resetFilters() : undefined)
      }
      ${
        more || allHref
          ? html`<div part="actions" class="actions">
              ${
                more
                  ? html`<button
                      part="more-button"
                      class="button secondary"
                      type="button"
                      aria-describedby=${this.pageError ? errorId : nothing}
                      aria-disabled=${this.pageLoading ? 'true' : 'false'}
                      @click=${this.showMore}
                    >
                      ${this.pageLoading ? t.loadingMore : t.moreNews}
                    </button>`
                  : nothing
              }
              ${allHref ? html`<a part="all-link" class="all" href=${allHref}>${t.allNews}<span class="arrow" aria-hidden="true"></span></a>` : nothing}
            </div>`
          : nothing
      }
      ${
        this.pageError
          ? html`<p id=${errorId} class="page-error" role="alert">
              ${t.pageError} ${errorMessage(this.language, this.pageError)}
            </p>`
          : nothing
      }
    `;
  }

  private renderFilters(): TemplateResult {
    const t = this.messages;
    const selected = this.selected.map(tagKey);
    const options = tagOptions(this.items, parseTagList(this.filters), this.selected);
    const labelId = `${this.uid}-filters`;
    return html`<div part="filters" class="filters" role="group" aria-labelledby=${labelId}>
      <span id=${labelId} class="filters-label">${t.filterBy}</span>
      <ul class="filter-list">
        <li>
          <button
            part="filter"
            class="filter"
            type="button"
            aria-pressed=${selected.length ? 'false' : 'true'}
            @click=${() => this.select([])}
          >
            ${t.all}
          </button>
        </li>
        ${options.map(
          (option) =>
            html`<li>
              <button
                part="filter"
                class="filter"
                type="button"
                aria-pressed=${selected.includes(option.key) ? 'true' : 'false'}
                @click=${() => this.toggle(option.label)}
              >
                ${option.label} <span class="count">${option.count}</span>
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderItem(item: NewsItem, index: number): TemplateResult {
    const t = this.messages;
    const id = `${this.uid}-item-${index}`;
    const href = safeHref(item.url);
    const open = (event: MouseEvent) => this.open(event, item);
    const title = href ? html`<a href=${href} @click=${open}>${item.title}</a>` : item.title;
    const date = formatDate(item.date, this.language, this.language === 'de' ? 'numeric' : 'long');
    return html`<li part="item" class="item">
      <article aria-labelledby=${id} tabindex="-1">
        ${heading(this.headingLevel, title, { id, part: 'title', className: 'title' })}
        <p part="meta" class="meta">
          <time datetime=${item.date}>${date}</time>${
            item.author && !this.compact ? html`<span class="author">${item.author}</span>` : nothing
          }
        </p>
        ${
          this.compact
            ? nothing
            : html`${item.summary ? html`<p part="summary" class="summary">${item.summary}</p>` : nothing}
              ${
                item.tags?.length
                  ? html`<ul part="tags" class="tags" aria-label=${t.tags}>
                      ${item.tags.map((tag) => html`<li part="tag" class="tag">${tag}</li>`)}
                    </ul>`
                  : nothing
              }
              ${
                href
                  ? html`<p class="read-more">
                      <a part="read-more" href=${href} @click=${open}
                        >${t.readMore}<span class="visually-hidden">: ${item.title}</span
                        ><span class="arrow" aria-hidden="true"></span
                      ></a>
                    </p>`
                  : nothing
              }`
        }
      </article>
    </li>`;
  }

  /** `more-href` is the integrator's address (relative ones allowed), linked only when http(s). */
  private readMoreHref(): string | undefined {
    if (!this.moreHref) return undefined;
    let href: string | undefined;
    try {
      href = safeHref(new URL(this.moreHref, document.baseURI).href);
    } catch {
      href = undefined;
    }
    if (!href) console.warn(`<kgc-news-list>: more-href="${this.moreHref}" is not a usable address; no link shown`);
    return href;
  }

  /** `kgc-select` for a followed link; the host may cancel it to stay on the page (plain clicks only). */
  private open(event: MouseEvent, item: NewsItem): void {
    const plain = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
    if (!fire(this, 'kgc-select', { item }) && plain) event.preventDefault();
  }

  private toggle(label: string): void {
    const key = tagKey(label);
    const rest = this.selected.filter((tag) => tagKey(tag) !== key);
    this.select(rest.length === this.selected.length ? [...this.selected, label] : rest);
  }

  private select(tags: string[]): void {
    this.selected = tags;
    this.shown = this.pageSize;
    this.announcement = this.messages.count(this.visible.length, tags.length > 0);
  }

  private async resetFilters(): Promise<void> {
    this.select([]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('article')?.focus();
  }

  /** "Weitere Meldungen": the next `limit` items, loading the next page when the loaded ones are shown. */
  private async showMore(): Promise<void> {
    if (this.pageLoading) return;
    const before = Math.min(this.shown, this.visible.length);
    if (this.visible.length <= this.shown && this.nextUrl && !(await this.loadNextPage())) return;
    this.shown = before + this.pageSize;
    await this.updateComplete;
    const first = this.renderRoot.querySelectorAll<HTMLElement>('article')[before];
    if (first) first.focus();
    else this.announcement = this.messages.noMore;
  }

  private async loadNextPage(): Promise<boolean> {
    const url = this.nextUrl!;
    const feed = this.feed;
    this.pageController?.abort();
    const controller = (this.pageController = new AbortController());
    this.pageLoading = true;
    this.pageError = undefined;
    try {
      const page = await loadFeed(url, { signal: controller.signal, timeout: this.timeout });
      if (feed !== this.feed) return false;
      this.visited.add(url);
      const known = new Set(this.items.map((item) => item.id));
      this.items = [...this.items, ...newestFirst(page.feed.news.filter((item) => !known.has(item.id)))];
      const next = page.feed.nextUrl;
      this.nextUrl = next && !this.visited.has(next) ? next : undefined;
      fire(this, 'kgc-load', { count: this.items.length });
      return true;
    } catch (error) {
      if (isAbort(error) || feed !== this.feed) return false;
      this.pageError = error instanceof FeedError ? error : new FeedError('invalid', String(error));
      fire(this, 'kgc-error', {
        kind: this.pageError.kind,
        message: `${this.messages.pageError} ${errorMessage(this.language, this.pageError)}`,
      });
      return false;
    } finally {
      if (this.pageController === controller) {
        this.pageController = undefined;
        this.pageLoading = false;
      }
    }
  }
}

define('kgc-news-list', KgcNewsList);

declare global {
  interface HTMLElementTagNameMap {
    'kgc-news-list': KgcNewsList;
  }
}
