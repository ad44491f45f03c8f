import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { KgcElement } from '../../shared/base.js';
import { baseStyles } from '../../shared/styles.js';
import { define } from '../../shared/define.js';
import { fire } from '../../shared/events.js';
import { heading } from '../../shared/heading.js';
import { link } from '../../shared/contact.js';
import { safeHref } from '../../shared/safe-url.js';
import { landName, parseLand, type LandCode } from '../../shared/laender.js';
import { berlinToday, formatTime, locale, toInstant } from '../../i18n/format.js';
import { pick } from '../../i18n/lang.js';
import type { Event as CalendarEvent, Feed } from '../../feed/schema.js';
import type { FeedQuery } from '../../feed/query.js';
import {
  addDays,
  addMonths,
  addMonthsToDay,
  dateFormat,
  daysInMonth,
  eventSpan,
  isDay,
  isMonth,
  isoWeek,
  longDay,
  monthGrid,
  monthOf,
  monthTitle,
  weekEnd,
  weekStart,
  weekdayNames,
  type Day,
  type Month,
  type Span,
} from './dates.js';
import { icsFileName, placeText, toICalendar } from './ics.js';
import { messages, type CalendarMessages } from './messages.js';
import { writeJsonLd } from './json-ld.js';
import { styles } from './event-calendar.styles.js';

type View = 'month' | 'list';
interface Item extends Span {
  event: CalendarEvent;
}

/** Spans are computed once per event object (Intl is the costly part) and only for events near the view. */
const spans = new WeakMap<CalendarEvent, Item>();
const itemOf = (event: CalendarEvent): Item => {
  let item = spans.get(event);
  if (!item) spans.set(event, (item = { ...eventSpan(event.start, event.end), event }));
  return item;
};

/** A day after every event (and still a four-digit year after `addDays`). */
const FAR = '9000-01-01';
/** How long to wait before writing the address again when the browser refused it (ms). */
const URL_RETRY = 1000;

const asView = (value: unknown): View | undefined => (value === 'month' || value === 'list' ? value : undefined);

/**
 * The Veranstaltungskalender: a month grid Mo–So with ISO week numbers ("KW"), a list (agenda) view that is
 * the default in narrow containers, filters by Land, category and tag, event details in a dialog, `.ics`
 * downloads for one event and for the filtered list, and a subscribe link when the feed names `calendarUrl`.
 * Dates are Berlin dates wherever the visitor is.
 *
 * Keyboard (WAI-ARIA APG grid): one day is in the tab order; arrows move by day and week, Home/End to the
 * week's start and end (with Ctrl: the month's), PageUp/PageDown by month (with Shift: by year), Enter or
 * Space opens the day's events; Escape closes the dialog and focus returns to the day.
 *
 * @summary Event calendar with month grid, list view, filters and iCalendar export.
 * @attr src - URL of the feed.
 * @attr month - The month shown first, `YYYY-MM` (default: the current month in Berlin).
 * @attr today - The day counted as today, `YYYY-MM-DD` (default: today in Berlin).
 * @attr view - `month` or `list`; without it the list is shown in containers narrower than 40em.
 * @attr land - Only events of this Land (`ST` or `DE-ST`).
 * @attr category - Only events of this category.
 * @attr tag - Only events with this tag.
 * @attr filters - Show filter controls for Land, category and tag.
 * @attr url-state - Keep month, view and filters in the page URL (`replaceState`); the value is the parameter prefix (default `cal`).
 * @attr limit - Events per page in the list view (default 20).
 * @attr heading-level - Level of the calendar's heading (default 2).
 * @fires kgc-load - The feed loaded; `detail.count` is the number of events.
 * @fires kgc-error - The feed failed to load; `detail.kind` and `detail.message`.
 * @fires kgc-select - A visitor opened an event (`detail.item`); cancel it to show your own details.
 * @csspart base - The root.
 * @csspart toolbar - Title, navigation and view switch.
 * @csspart title - The heading with the month.
 * @csspart filters - The filter controls.
 * @csspart grid - The month grid (a table with role="grid").
 * @csspart day - A day of the grid.
 * @csspart event - An event in a day of the grid.
 * @csspart list - The list view.
 * @csspart item - One event of the list view.
 * @csspart dialog - The details dialog.
 * @csspart actions - The row with the `.ics` download and the subscribe link.
 * @cssprop --kgc-event-calendar-day-height - Minimum height of a day in the month grid (default 6.5em).
 * @tagname kgc-event-calendar
 */
export class KgcEventCalendar extends KgcElement {
  static override styles = [...baseStyles, styles];

  static override properties = {
    ...KgcElement.properties,
    month: { type: String },
    today: { type: String },
    view: { type: String },
    land: { type: String },
    category: { type: String },
    tag: { type: String },
    filters: { type: Boolean },
    urlState: { type: String, attribute: 'url-state' },
    limit: { type: Number },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    shown: { state: true, attribute: false },
    focusDay: { state: true, attribute: false },
    chosenView: { state: true, attribute: false },
    narrow: { state: true, attribute: false },
    filterLand: { state: true, attribute: false },
    filterCategory: { state: true, attribute: false },
    filterTag: { state: true, attribute: false },
    listLimit: { state: true, attribute: false },
    dialogItems: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** The month shown first, `YYYY-MM`. */
  declare month: string | undefined;
  /** The day counted as today, `YYYY-MM-DD` (default: today in Berlin). */
  declare today: string;
  /** `month` or `list`; unset: chosen by the container's width. */
  declare view: string | undefined;
  /** Preset Land filter (`ST`, `DE-ST`). */
  declare land: string | undefined;
  /** Preset category filter. */
  declare category: string | undefined;
  /** Preset tag filter. */
  declare tag: string | undefined;
  /** Show filter controls. */
  declare filters: boolean;
  /** Keep month, view and filters in the URL; the value is the parameter prefix. */
  declare urlState: string | undefined;
  /** Events per page in the list view. */
  declare limit: number | undefined;
  /**
   * Write schema.org `Event` JSON-LD for the shown events that have a `url` into the light DOM. Under
   * Trusted Types the page's CSP must allow the policy `kgc-widgets`.
   */
  declare structuredData: boolean;

  declare private shown: Month | undefined;
  declare private focusDay: Day | undefined;
  declare private chosenView: View | undefined;
  declare private narrow: boolean;
  declare private filterLand: string;
  declare private filterCategory: string;
  declare private filterTag: string;
  declare private listLimit: number | undefined;
  declare private dialogItems: Item[] | undefined;
  declare private dialogTitle: string;
  declare private announcement: string;

  private observer?: ResizeObserver;
  private ruler?: Element;
  private opener?: HTMLElement;
  private blobUrl?: string;
  private urlRetry?: number;
  private sortedFor?: CalendarEvent[];
  private sorted: CalendarEvent[] = [];
  private warned = new Set<string>();

  constructor() {
    super();
    this.month = undefined;
    this.today = berlinToday();
    this.view = undefined;
    this.land = undefined;
    this.category = undefined;
    this.tag = undefined;
    this.filters = false;
    this.urlState = undefined;
    this.limit = undefined;
    this.structuredData = false;
    this.shown = undefined;
    this.focusDay = undefined;
    this.chosenView = undefined;
    this.narrow = false;
    this.filterLand = '';
    this.filterCategory = '';
    this.filterTag = '';
    this.listLimit = undefined;
    this.dialogItems = undefined;
    this.dialogTitle = '';
    this.announcement = '';
  }

  private get m(): CalendarMessages {
    return pick(messages, this.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The list is the default in narrow containers. The observer watches a zero-height ruler inside the
    // widget, so it reports width changes only (switching views changes the height, not the ruler). A
    // hidden container (width 0, e.g. an inactive tab) decides nothing; the observer fires again when it
    // gets its size.
    this.observer = new ResizeObserver(([entry]) => {
      const width = entry.contentRect.width;
      if (!width) return;
      const em = parseFloat(getComputedStyle(this).fontSize) || 16;
      this.narrow = width < 40 * em;
    });
    this.ruler = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    this.ruler = undefined;
    if (this.blobUrl) URL.revokeObjectURL(this.blobUrl);
    this.blobUrl = undefined;
    window.clearTimeout(this.urlRetry);
    this.urlRetry = undefined;
  }

  /** Shows a month (`YYYY-MM`), as the navigation buttons do. */
  showMonth(month: string): void {
    if (isMonth(month)) this.goTo(month);
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<kgc-event-calendar>: ${message}`);
  }

  private get todayDay(): Day {
    if (isDay(this.today)) return this.today;
    this.warnOnce('today', `today="${this.today}" is not a date (YYYY-MM-DD); using today in Berlin.`);
    return berlinToday();
  }

  /** The month on screen: the visitor's choice, else `month`, else the current month. */
  private get currentMonth(): Month {
    if (this.shown) return this.shown;
    if (this.month && !isMonth(this.month))
      this.warnOnce('month', `month="${this.month}" is not a month (YYYY-MM); showing the current month.`);
    return isMonth(this.month) ? this.month : addMonths(monthOf(this.todayDay), 0);
  }

  private get currentView(): View {
    if (this.view && !asView(this.view)) this.warnOnce('view', `view="${this.view}" is neither "month" nor "list".`);
    return this.chosenView ?? asView(this.view) ?? (this.narrow ? 'list' : 'month');
  }

  private get presets() {
    if (this.land && !parseLand(this.land))
      this.warnOnce('land', `unknown Land code "${this.land}" (use e.g. ST or DE-ST).`);
    return { land: parseLand(this.land) ?? '', category: this.category?.trim() ?? '', tag: this.tag?.trim() ?? '' };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const presets = this.presets;
    if (changed.has('land')) this.filterLand = presets.land;
    if (changed.has('category')) this.filterCategory = presets.category;
    if (changed.has('tag')) this.filterTag = presets.tag;
    if (changed.has('month') && this.hasUpdated) this.shown = undefined;
    if (!this.hasUpdated) this.readUrl();
    if (
      ['shown', 'filterLand', 'filterCategory', 'filterTag', 'chosenView'].some((k) =>
        changed.has(k as keyof KgcEventCalendar),
      )
    ) {
      this.listLimit = undefined;
    }
  }

  protected override updated(): void {
    super.updated();
    const ruler = this.renderRoot.querySelector('.ruler') ?? undefined;
    if (ruler !== this.ruler) {
      this.observer?.disconnect();
      if (ruler) this.observer?.observe(ruler);
      this.ruler = ruler;
    }
    // A calendar no longer on the page (an update that ran after its removal) leaves the address alone.
    if (this.isConnected && this.urlState !== undefined && this.urlState !== null) this.writeUrl();
    writeJsonLd(this, this.structuredData && this.feed ? this.sortedEvents(this.feed).filter(this.passes) : undefined);
  }

  // ---- URL state ------------------------------------------------------------------------------------

  private param(key: string): string {
    return `${this.urlState || 'cal'}-${key}`;
  }

  private readUrl(): void {
    if (this.urlState === undefined || this.urlState === null) return;
    const params = new URLSearchParams(location.search);
    const month = params.get(this.param('month'));
    if (isMonth(month)) this.shown = month;
    const view = asView(params.get(this.param('view')));
    if (view) this.chosenView = view;
    const land = params.get(this.param('land'));
    if (land !== null) this.filterLand = parseLand(land) ?? '';
    const category = params.get(this.param('category'));
    if (category !== null) this.filterCategory = category;
    const tag = params.get(this.param('tag'));
    if (tag !== null) this.filterTag = tag;
  }

  /** Writes what differs from the element's own settings; an empty value means "all" (a preset was cleared). */
  private writeUrl(): void {
    const url = new URL(location.href);
    const presets = this.presets;
    const set = (key: string, value: string | undefined) =>
      value === undefined ? url.searchParams.delete(this.param(key)) : url.searchParams.set(this.param(key), value);
    set(
      'month',
      this.shown && this.shown !== (isMonth(this.month) ? this.month : monthOf(this.todayDay)) ? this.shown : undefined,
    );
    set('view', this.chosenView);
    set('land', this.filterLand !== presets.land ? this.filterLand.replace(/^DE-/, '') : undefined);
    set('category', this.filterCategory !== presets.category ? this.filterCategory : undefined);
    set('tag', this.filterTag !== presets.tag ? this.filterTag : undefined);
    if (url.href === location.href) return;
    try {
      history.replaceState(history.state, '', url);
    } catch (error) {
      // Browsers limit how often the address may change (WebKit: 100 times in 10 s, e.g. when PageDown is
      // held in the grid). Never throw into the page: try again shortly, with the state of that moment.
      this.warnOnce('history', `could not update the address (${String(error)}); trying again shortly.`);
      window.clearTimeout(this.urlRetry);
      this.urlRetry = window.setTimeout(() => {
        this.urlRetry = undefined;
        if (this.isConnected) this.writeUrl();
      }, URL_RETRY);
    }
  }

  // ---- data -----------------------------------------------------------------------------------------

  protected override feedQuery(): FeedQuery {
    const land = parseLand(this.land);
    const month = this.currentMonth;
    const grid = monthGrid(month);
    const dates =
      this.currentView === 'month'
        ? { from: grid[0][0], to: grid[grid.length - 1][6] }
        : { from: this.listStart(month) };
    return { collections: ['events'], lands: land ? [land] : undefined, ...dates };
  }

  protected override countItems(feed: Feed): number {
    return feed.events.length;
  }

  /** The feed's events by start time (computed once per feed). */
  private sortedEvents(feed: Feed): CalendarEvent[] {
    if (this.sortedFor !== feed.events) {
      this.sortedFor = feed.events;
      this.sorted = feed.events
        .map((event) => [toInstant(event.start).getTime(), event] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, event]) => event);
    }
    return this.sorted;
  }

  private passes = (event: CalendarEvent): boolean =>
    (!this.filterLand || event.region?.land === this.filterLand) &&
    (!this.filterCategory || event.category === this.filterCategory) &&
    (!this.filterTag || (event.tags ?? []).includes(this.filterTag));

  /**
   * Filtered events that touch the days `from`–`to`. A date's first ten characters are within a day of its
   * Berlin day (offsets are under 24 h), so most events are ruled out without computing their span.
   */
  private itemsBetween(events: CalendarEvent[], from: Day, to: Day): Item[] {
    const before = addDays(from, -1);
    const after = addDays(to, 1);
    const found: Item[] = [];
    for (const event of events) {
      if (event.start.slice(0, 10) > after || (event.end ?? event.start).slice(0, 10) < before || !this.passes(event))
        continue;
      const item = itemOf(event);
      if (item.start <= to && item.end >= from) found.push(item);
    }
    return found;
  }

  private get filtering(): boolean {
    return !!(this.filterLand || this.filterCategory || this.filterTag);
  }

  private resetFilters = (): void => {
    this.filterLand = this.filterCategory = this.filterTag = '';
    this.announce(this.currentMonth);
  };

  // ---- navigation -----------------------------------------------------------------------------------

  private goTo(month: Month, focusDay?: Day): void {
    this.shown = addMonths(month, 0);
    this.focusDay = focusDay;
    this.announce(month);
  }

  private announce(month: Month): void {
    if (!this.feed) return;
    const events = this.sortedEvents(this.feed);
    if (this.currentView === 'month') {
      const count = this.itemsBetween(events, `${month}-01`, `${month}-${daysInMonth(month)}`).length;
      this.announcement = this.m.shown(monthTitle(month, this.language), this.m.events(count));
    } else {
      const from = this.listStart(month);
      const count = this.itemsBetween(events, from, FAR).length;
      this.announcement = this.m.shown(this.listTitle(from), this.m.events(count));
    }
  }

  private cell(day: Day): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[role="gridcell"][data-day="${day}"]`);
  }

  /** Moves the grid's focus to `day`, showing its month when it is another one (APG date grid). */
  private async moveFocus(day: Day): Promise<void> {
    if (monthOf(day) !== this.currentMonth) this.goTo(monthOf(day), day);
    else this.focusDay = day;
    await this.updateComplete;
    this.cell(day)?.focus();
  }

  private onGridKey = (e: KeyboardEvent): void => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-day]');
    const day = cell?.dataset.day;
    if (!day || e.altKey || e.metaKey) return;
    const month = monthOf(day);
    let target: Day;
    switch (e.key) {
      case 'ArrowLeft':
        target = addDays(day, -1);
        break;
      case 'ArrowRight':
        target = addDays(day, 1);
        break;
      case 'ArrowUp':
        target = addDays(day, -7);
        break;
      case 'ArrowDown':
        target = addDays(day, 7);
        break;
      case 'Home':
        target = e.ctrlKey ? `${month}-01` : weekStart(day);
        break;
      case 'End':
        target = e.ctrlKey ? `${month}-${daysInMonth(month)}` : weekEnd(day);
        break;
      case 'PageUp':
        target = addMonthsToDay(day, e.shiftKey ? -12 : -1);
        break;
      case 'PageDown':
        target = addMonthsToDay(day, e.shiftKey ? 12 : 1);
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.openDay(day, cell!);
        return;
      default:
        return;
    }
    e.preventDefault();
    void this.moveFocus(target);
  };

  private onGridClick = (e: MouseEvent): void => {
    const target = e.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[data-day]');
    if (!cell) return;
    const day = cell.dataset.day!;
    this.focusDay = day;
    const chip = target.closest<HTMLElement>('[data-index]');
    const items = this.dayItems(day);
    if (chip) this.openEvent(items[+chip.dataset.index!], cell);
    else this.openDay(day, cell);
  };

  private dayItems(day: Day): Item[] {
    return this.feed ? this.itemsBetween(this.sortedEvents(this.feed), day, day) : [];
  }

  // ---- details dialog -------------------------------------------------------------------------------

  private openDay(day: Day, opener: HTMLElement): void {
    const items = this.dayItems(day);
    if (items.length === 1) this.openEvent(items[0], opener);
    else if (items.length) void this.openDialog(items, this.m.dayTitle(longDay(day, this.language)), opener);
  }

  private openEvent(item: Item | undefined, opener: HTMLElement): void {
    if (!item || !fire(this, 'kgc-select', { item: item.event })) return;
    void this.openDialog([item], item.event.title, opener);
  }

  private async openDialog(items: Item[], title: string, opener: HTMLElement): Promise<void> {
    this.opener = opener;
    this.dialogItems = items;
    this.dialogTitle = title;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  private closeDialog = (): void => {
    this.renderRoot.querySelector('dialog')?.close();
  };

  private onDialogClose = (): void => {
    // A close event queued before the dialog was opened again is stale.
    if (this.renderRoot.querySelector('dialog')?.open) return;
    this.dialogItems = undefined;
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected) opener.focus();
  };

  /** A click on the backdrop (outside the dialog's content) closes it. */
  private onDialogClick = (e: MouseEvent): void => {
    if (e.target === e.currentTarget) this.closeDialog();
  };

  // ---- iCalendar --------------------------------------------------------------------------------------

  private icsOptions() {
    let uidDomain: string | undefined;
    try {
      uidDomain = new URL(this.feed?.calendarUrl ?? this.feed?.homePageUrl ?? '').hostname;
    } catch {
      uidDomain = undefined;
    }
    return { name: this.feed?.title, uidDomain, lang: this.language };
  }

  private eventIcsHref(event: CalendarEvent): string {
    return `data:text/calendar;charset=utf-8,${encodeURIComponent(toICalendar([event], this.icsOptions()))}`;
  }

  /** The list's file is written when the link is used (a Blob URL, revoked when replaced or on disconnect). */
  private prepareListIcs = (e: MouseEvent): void => {
    const events = this.feed ? this.sortedEvents(this.feed).filter(this.passes) : [];
    if (this.blobUrl) URL.revokeObjectURL(this.blobUrl);
    this.blobUrl = URL.createObjectURL(
      new Blob([toICalendar(events, this.icsOptions())], { type: 'text/calendar;charset=utf-8' }),
    );
    (e.currentTarget as HTMLAnchorElement).href = this.blobUrl;
  };

  // ---- rendering --------------------------------------------------------------------------------------

  protected override renderFeed(feed: Feed): TemplateResult {
    const m = this.m;
    if (!feed.events.length) return this.renderEmpty();
    const events = this.sortedEvents(feed);
    const view = this.currentView;
    const month = this.currentMonth;
    const total = this.filtering ? events.filter(this.passes).length : events.length;
    const calendarUrl = safeHref(feed.calendarUrl);
    const titleId = `${this.uid}-title`;
    const listFrom = this.listStart(month);
    return html`
      <div class="ruler"></div>
      <div part="toolbar" class="toolbar">
        ${heading(this.headingLevel, view === 'month' ? monthTitle(month, this.language) : this.listTitle(listFrom), {
          id: titleId,
          part: 'title',
          className: 'title',
        })}
        <div class="nav">
          <button
            class="button secondary icon"
            type="button"
            title=${m.previous}
            @click=${() => this.goTo(addMonths(month, -1))}
          >
            <span aria-hidden="true">‹</span><span class="visually-hidden">${m.previous}</span>
          </button>
          <button
            class="button secondary"
            type="button"
            @click=${() => this.goTo(monthOf(this.todayDay), this.todayDay)}
          >
            ${m.today}
          </button>
          <button
            class="button secondary icon"
            type="button"
            title=${m.next}
            @click=${() => this.goTo(addMonths(month, 1))}
          >
            <span aria-hidden="true">›</span><span class="visually-hidden">${m.next}</span>
          </button>
        </div>
        <div class="views" role="group" aria-label=${m.view}>
          ${(['month', 'list'] as const).map(
            (v) =>
              html`<button
                type="button"
                class="view-button"
                aria-pressed=${view === v ? 'true' : 'false'}
                @click=${() => (this.chosenView = v)}
              >
                ${v === 'month' ? m.month : m.list}
              </button>`,
          )}
        </div>
      </div>
      ${this.filters ? this.renderFilters(events) : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${
        total === 0
          ? this.renderEmpty(this.filters && this.filtering ? this.resetFilters : undefined)
          : view === 'month'
            ? this.renderMonth(events, month, titleId)
            : this.renderList(events, listFrom)
      }
      <div part="actions" class="actions">
        ${
          total
            ? html`<a
                class="button secondary"
                part="ics"
                href="#"
                download=${`${m.icsFile}.ics`}
                @click=${this.prepareListIcs}
                >${m.icsAll(total)}</a
              >`
            : nothing
        }
        ${
          calendarUrl
            ? html`<p class="subscribe">
                <a part="subscribe" href=${calendarUrl}>${m.subscribe}</a> <span class="hint">${m.subscribeHint}</span>
              </p>`
            : nothing
        }
      </div>
      ${this.renderDialog()}
    `;
  }

  private renderFilters(events: CalendarEvent[]): TemplateResult {
    const m = this.m;
    const lang = this.language;
    const collator = new Intl.Collator(locale(lang));
    const sorted = (values: Iterable<string>) => [...new Set(values)].sort(collator.compare);
    const lands = [
      ...new Set([
        ...events.flatMap((e) => (e.region ? [e.region.land] : [])),
        ...(this.filterLand ? [this.filterLand] : []),
      ]),
    ]
      .map((code) => [code, landName(code as LandCode, lang)] as [string, string])
      .sort((a, b) => collator.compare(a[1], b[1]));
    const categories = sorted([
      ...events.flatMap((e) => (e.category ? [e.category] : [])),
      ...(this.filterCategory ? [this.filterCategory] : []),
    ]);
    const tags = sorted([...events.flatMap((e) => e.tags ?? []), ...(this.filterTag ? [this.filterTag] : [])]);
    const select = (label: string, all: string, value: string, options: [string, string][], set: (v: string) => void) =>
      html`<label class="filter"
        ><span class="filter-label">${label}</span>
        <select
          @change=${(e: Event) => {
            set((e.target as HTMLSelectElement).value);
            this.announce(this.currentMonth);
          }}
        >
          <option value="" .selected=${!value}>${all}</option>
          ${options.map(([v, text]) => html`<option value=${v} .selected=${v === value}>${text}</option>`)}
        </select></label
      >`;
    const active = [this.filterLand, this.filterCategory, this.filterTag].filter(Boolean).length;
    // A disclosure: open in wide containers, folded on phones (unless a filter is set).
    return html`<details part="filters" class="filters" ?open=${!this.narrow || active > 0}>
      <summary class="filters-title">
        ${m.filters}${active ? html` <span class="filters-active">(${m.filtersActive(active)})</span>` : nothing}
      </summary>
      <div class="filter-fields">
        ${select(m.land, m.allLaender, this.filterLand, lands, (v) => (this.filterLand = v))}
        ${select(
          m.category,
          m.allCategories,
          this.filterCategory,
          categories.map((c) => [c, c]),
          (v) => (this.filterCategory = v),
        )}
        ${select(
          m.tags,
          m.allTags,
          this.filterTag,
          tags.map((t) => [t, t]),
          (v) => (this.filterTag = v),
        )}
        ${
          active
            ? html`<button class="button secondary" type="button" @click=${this.resetFilters}>
                ${this.t.resetFilters}
              </button>`
            : nothing
        }
      </div>
    </details>`;
  }

  private renderMonth(events: CalendarEvent[], month: Month, titleId: string): TemplateResult {
    const m = this.m;
    const lang = this.language;
    const weeks = monthGrid(month);
    const first = weeks[0][0];
    const last = weeks[weeks.length - 1][6];
    const byDay = new Map<Day, Item[]>();
    for (const item of this.itemsBetween(events, first, last)) {
      for (let day = item.start < first ? first : item.start; day <= item.end && day <= last; day = addDays(day, 1)) {
        const list = byDay.get(day);
        if (list) list.push(item);
        else byDay.set(day, [item]);
      }
    }
    const today = this.todayDay;
    const active =
      this.focusDay && this.focusDay >= first && this.focusDay <= last
        ? this.focusDay
        : monthOf(today) === month
          ? today
          : `${month}-01`;
    const monthEnd = `${month}-${daysInMonth(month)}`;
    const inMonth = [...byDay].some(([day]) => day >= `${month}-01` && day <= monthEnd);
    const next = inMonth ? undefined : this.itemsBetween(events, addDays(monthEnd, 1), FAR)[0];
    return html`<table
        role="grid"
        part="grid"
        class="grid"
        aria-labelledby=${titleId}
        @keydown=${this.onGridKey}
        @click=${this.onGridClick}
      >
        <thead>
          <tr>
            <th scope="col" class="week">
              <span aria-hidden="true">${m.week}</span><span class="visually-hidden">${m.weekLong}</span>
            </th>
            ${weekdayNames(lang).map(
              ([short, long]) =>
                html`<th scope="col">
                  <span aria-hidden="true">${short}</span><span class="visually-hidden">${long}</span>
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) =>
              html`<tr>
                <th scope="row" class="week">
                  <span aria-hidden="true">${m.week} ${isoWeek(week[0]).week}</span
                  ><span class="visually-hidden">${m.weekLong} ${isoWeek(week[0]).week}</span>
                </th>
                ${week.map((day) => this.renderDay(day, byDay.get(day) ?? [], monthOf(day) !== month, day === today, day === active))}
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        inMonth
          ? nothing
          : html`<p class="note">
              ${m.noneInMonth}
              ${
                next
                  ? html`<button
                      class="button secondary"
                      type="button"
                      @click=${() => this.goTo(monthOf(next.start), next.start)}
                    >
                      ${m.nextEvent(dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(toInstant(next.start)))}
                    </button>`
                  : nothing
              }
            </p>`
      }`;
  }

  private renderDay(day: Day, items: Item[], outside: boolean, isToday: boolean, active: boolean): TemplateResult {
    const m = this.m;
    const shown = items.length > 3 ? items.slice(0, 2) : items;
    const label = `${longDay(day, this.language)}${isToday ? `, ${m.todayMark}` : ''}, ${m.events(items.length)}`;
    return html`<td
      role="gridcell"
      part="day"
      class="day${outside ? ' outside' : ''}${isToday ? ' today' : ''}"
      data-day=${day}
      tabindex=${active ? 0 : -1}
      aria-current=${ifDefined(isToday ? 'date' : undefined)}
    >
      <span class="visually-hidden">${label}</span>
      <span class="num" aria-hidden="true">${+day.slice(8)}</span>
      ${
        shown.length
          ? html`<ul class="chips">
              ${shown.map((item, i) => html`<li>${this.renderChip(item, day, i)}</li>`)}
            </ul>`
          : nothing
      }
      ${
        items.length > shown.length
          ? html`<button type="button" tabindex="-1" class="more">
              <span aria-hidden="true">${m.more(items.length - shown.length)}</span
              ><span class="visually-hidden"
                >${m.moreLong(items.length - shown.length, longDay(day, this.language))}</span
              >
            </button>`
          : nothing
      }
    </td>`;
  }

  private renderChip(item: Item, day: Day, index: number): TemplateResult {
    const m = this.m;
    const event = item.event;
    const first = day === item.start;
    const time = item.allDay || !first ? '' : formatTime(event.start, this.language);
    return html`<button
      type="button"
      tabindex="-1"
      part="event"
      class="chip ${event.status ?? ''}${first ? '' : ' cont'}"
      data-index=${index}
    >
      <span class="chip-text"
        >${this.renderFlag(event)}${time ? html`<span class="time">${time}</span> ` : nothing}<span class="chip-title"
          >${event.title}</span
        ></span
      >${first ? nothing : html`<span class="visually-hidden"> (${m.continued})</span>`}
    </button>`;
  }

  private renderFlag(event: CalendarEvent): TemplateResult | typeof nothing {
    if (event.status !== 'cancelled' && event.status !== 'postponed') return nothing;
    return html`<span class="flag ${event.status}"
      >${event.status === 'cancelled' ? this.m.cancelled : this.m.postponed}</span
    > `;
  }

  private listStart(month: Month): Day {
    const today = this.todayDay;
    return monthOf(today) === month ? today : `${month}-01`;
  }

  private listTitle(from: Day): string {
    return from === this.todayDay ? this.m.upcoming : this.m.from(monthTitle(monthOf(from), this.language));
  }

  private renderList(events: CalendarEvent[], from: Day): TemplateResult {
    const m = this.m;
    const all = this.itemsBetween(events, from, FAR);
    const limit = this.listLimit ?? (this.limit && this.limit > 0 ? this.limit : 20);
    const items = all.slice(0, limit);
    const groups = new Map<Month, Item[]>();
    for (const item of items) {
      const month = monthOf(item.start < from ? from : item.start);
      groups.set(month, [...(groups.get(month) ?? []), item]);
    }
    if (!items.length) return html`<p class="note">${m.noneUpcoming}</p>`;
    return html`<div part="list" class="list">
      ${[...groups].map(([month, list]) => {
        const id = `${this.uid}-m${month}`;
        return html`<section aria-labelledby=${id}>
          ${heading(this.headingLevel, monthTitle(month, this.language), { id, className: 'list-month', offset: 1 })}
          <ul class="agenda">
            ${list.map((item) => this.renderListItem(item))}
          </ul>
        </section>`;
      })}
      ${
        all.length > items.length
          ? html`<button
              class="button secondary more-list"
              type="button"
              @click=${() => (this.listLimit = limit + (this.limit || 20))}
            >
              ${this.t.more}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderListItem(item: Item): TemplateResult {
    const m = this.m;
    const lang = this.language;
    const event = item.event;
    const place = placeText(event, lang);
    const meta = [event.organizer, event.category].filter(Boolean).join(' · ');
    return html`<li part="item" class="item ${event.status ?? ''}">
      <div class="badge" aria-hidden="true">
        <span class="badge-day">${+item.start.slice(8)}</span>
        <span class="badge-month">${dateFormat(lang, { month: 'short' }).format(toInstant(item.start))}</span>
      </div>
      <div class="item-body">
        ${heading(
          this.headingLevel,
          html`<button
            type="button"
            class="link-button"
            @click=${(e: MouseEvent) => this.openEvent(item, e.currentTarget as HTMLElement)}
          >
            ${this.renderFlag(event)}<span class="item-title">${event.title}</span>
          </button>`,
          { offset: 2, className: 'item-heading' },
        )}
        <p class="when">${this.when(item)}</p>
        ${
          place
            ? html`<p class="where">
                ${event.location?.online && !/online/i.test(place) ? html`<span class="online">${m.online}:</span> ` : nothing}${place}
              </p>`
            : nothing
        }
        ${meta ? html`<p class="meta">${meta}</p>` : nothing} ${this.renderTags(event)}
      </div>
    </li>`;
  }

  private renderTags(event: CalendarEvent): TemplateResult | typeof nothing {
    if (!event.tags?.length) return nothing;
    return html`<ul class="tags" aria-label=${this.m.tags}>
      ${event.tags.map((tag) => html`<li>${tag}</li>`)}
    </ul>`;
  }

  /** Date and time of an event in Berlin: "Dienstag, 26. April 2016, 10:00–15:00 Uhr", "1.–3. Juni 2026". */
  private when(item: Item): string {
    const { event } = item;
    const lang = this.language;
    if (item.allDay || (event.end && event.end.length === 10)) {
      const format = dateFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
      const text =
        item.end === item.start
          ? longDay(item.start, lang)
          : format.formatRange(toInstant(item.start), toInstant(item.end));
      return item.allDay ? `${text} (${this.m.allDay})` : `${text}, ${formatTime(event.start, lang)}`;
    }
    const format = dateFormat(lang, { dateStyle: 'full', timeStyle: 'short' }, false);
    return event.end
      ? format.formatRange(toInstant(event.start), toInstant(event.end))
      : format.format(toInstant(event.start));
  }

  private renderDialog(): TemplateResult {
    const items = this.dialogItems ?? [];
    const single = items.length === 1;
    const id = `${this.uid}-dialog`;
    // The click closes on the backdrop only; keyboards close the modal dialog with Escape or the button.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-labelledby=${id}
      @close=${this.onDialogClose}
      @click=${this.onDialogClick}
    >
      <div class="dialog-content">
        <div class="dialog-head">
          ${heading(
            this.headingLevel,
            single ? html`${this.renderFlag(items[0].event)}${this.dialogTitle}` : this.dialogTitle,
            {
              id,
              className: 'dialog-title',
            },
          )}
          <button class="button secondary close" type="button" @click=${this.closeDialog}>${this.t.close}</button>
        </div>
        ${items.map((item) => this.renderDetails(item, !single))}
      </div>
    </dialog>`;
  }

  private renderDetails(item: Item, withTitle: boolean): TemplateResult {
    const m = this.m;
    const lang = this.language;
    const event = item.event;
    const loc = event.location;
    const external = this.t.externalLink;
    return html`<article class="details ${event.status ?? ''}">
      ${withTitle ? heading(this.headingLevel, html`${this.renderFlag(event)}${event.title}`, { offset: 1, className: 'details-title' }) : nothing}
      <dl>
        <dt>${m.when}</dt>
        <dd>${this.when(item)}</dd>
        ${
          loc
            ? html`<dt>${m.where}</dt>
                <dd>
                  ${loc.name ? html`<span class="line">${loc.name}</span>` : nothing}
                  ${loc.address?.street ? html`<span class="line">${loc.address.street}</span>` : nothing}
                  ${loc.address ? html`<span class="line">${[loc.address.postalCode, loc.address.locality].filter(Boolean).join(' ')}</span>` : nothing}
                  ${
                    loc.online || loc.url
                      ? html`<span class="line">${loc.url ? link(loc.url, m.join, external) : m.online}</span>`
                      : nothing
                  }
                </dd>`
            : nothing
        }
        ${
          event.organizer
            ? html`<dt>${m.organizer}</dt>
                <dd>${event.organizer}</dd>`
            : nothing
        }
        ${
          event.category
            ? html`<dt>${m.category}</dt>
                <dd>${event.category}</dd>`
            : nothing
        }
        ${
          event.region
            ? html`<dt>${m.land}</dt>
                <dd>
                  ${landName(event.region.land, lang)}${event.region.municipality && event.region.municipality !== landName(event.region.land, lang) ? `, ${event.region.municipality}` : ''}
                </dd>`
            : nothing
        }
        ${
          event.tags?.length
            ? html`<dt>${m.tags}</dt>
                <dd>${this.renderTags(event)}</dd>`
            : nothing
        }
      </dl>
      ${event.summary ? html`<p class="summary">${event.summary}</p>` : nothing}
      <p class="links">
        ${safeHref(event.url) ? link(event.url, m.info, external) : nothing}
        ${safeHref(event.registrationUrl) ? link(event.registrationUrl, m.register, external) : nothing}
        <a class="button secondary" part="ics" href=${this.eventIcsHref(event)} download=${icsFileName(event.title)}
          >${m.icsOne}</a
        >
      </p>
    </article>`;
  }
}

define('kgc-event-calendar', KgcEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'kgc-event-calendar': KgcEventCalendar;
  }
}
