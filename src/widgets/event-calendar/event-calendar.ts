import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { KgcElement } from '../../shared/base.js';
import { baseStyles } from '../../shared/styles.js';
import { define } from '../../shared/define.js';
import { fire } from '../../shared/events.js';
import { parseLand } from '../../shared/laender.js';
import { UrlStateController } from '../../shared/url-state.js';
import { berlinToday, formatDate, formatMonth } from '../../i18n/format.js';
import { pick } from '../../i18n/lang.js';
import type { Event as CalendarEvent, Feed } from '../../feed/schema.js';
import {
  addMonths,
  daysInMonth,
  isDay,
  isMonth,
  monthGrid,
  monthOf,
  weekEnd,
  weekStart,
  type Day,
  type Month,
} from './dates.js';
import { collectionTotal, type FeedQuery } from '../../feed/query.js';
import { pause } from '../../feed/tasks.js';
import { messages, type CalendarMessages } from './messages.js';
import { writeJsonLd } from './json-ld.js';
import { forcedColorStyles, styles } from './event-calendar.styles.js';
import { eventDetailsStyles } from './event-details.styles.js';
import { eventListStyles } from './event-list.styles.js';
import { monthGridStyles } from './month-grid.styles.js';
import { ByStart, FAR, itemsBetween, type CalendarContext, type Item } from './items.js';
import { activeFilters, filtersView, passes, type Filters } from './filters.js';
import { GridKeyboard, monthView } from './month-grid.js';
import { LIST_PAGE, LIST_STAGE, listStart, listTitle, listView } from './event-list.js';
import { EventDialog, dialogView } from './event-details.js';
import { IcsLinks, actionsView } from './downloads.js';
import { asView, toolbarView, type View } from './toolbar.js';
import { NarrowController } from './width.js';

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
 * @attr land - This Land's events (`ST` or `DE-ST`) and those without a Land, marked "bundesweit".
 * @attr land-only - With `land`: without the events that have no Land.
 * @attr category - Only events of this category.
 * @attr tag - Only events with this tag.
 * @attr filters - Show filter controls for Land, category and tag.
 * @attr url-state - Keep month, view and filters in the page address (`kgc-month`, `kgc-view`, `kgc-land`, `kgc-category`, `kgc-tag`); a value names this calendar's parameters (`url-state="termine"`: `kgc-termine-month`).
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
  static override styles = [
    ...baseStyles,
    styles,
    monthGridStyles,
    eventListStyles,
    eventDetailsStyles,
    forcedColorStyles,
  ];

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
    landOnly: { type: Boolean, attribute: 'land-only' },
    shown: { state: true, attribute: false },
    chosenView: { state: true, attribute: false },
    filterLand: { state: true, attribute: false },
    filterCategory: { state: true, attribute: false },
    filterTag: { state: true, attribute: false },
    listLimit: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** The month shown first, `YYYY-MM`. */
  declare month: string | undefined;
  /** The day counted as today, `YYYY-MM-DD` (default: today in Berlin). */
  declare today: string;
  /** `month` or `list`; unset: chosen by the container's width. */
  declare view: string | undefined;
  /** Preset Land filter (`ST`, `DE-ST`): that Land's events and those without a Land (unless `landOnly`). */
  declare land: string | undefined;
  /** Preset category filter. */
  declare category: string | undefined;
  /** Preset tag filter. */
  declare tag: string | undefined;
  /** Show filter controls. */
  declare filters: boolean;
  /** When set (also empty), month, view and filters are kept in the address; a value namespaces them. */
  declare urlState: string | null | undefined;
  /** Events per page in the list view. */
  declare limit: number | undefined;
  /**
   * Write schema.org `Event` JSON-LD for the shown events that have a `url` into the light DOM. Under
   * Trusted Types the page's CSP must allow the policy `kgc-widgets`.
   */
  declare structuredData: boolean;
  /** With a Land (preset or chosen): leave out the events without a Land. */
  declare landOnly: boolean;

  declare private shown: Month | undefined;
  declare private chosenView: View | undefined;
  declare private filterLand: string;
  declare private filterCategory: string;
  declare private filterTag: string;
  declare private listLimit: number | undefined;
  declare private announcement: string;

  private readonly byStart = new ByStart();
  private readonly width = new NarrowController(this, '.ruler');
  private readonly grid = new GridKeyboard(this, {
    month: () => this.currentMonth,
    show: (month, day) => this.goTo(month, day),
    open: (day, cell, index) =>
      index === undefined ? this.openDay(day, cell) : this.openEvent(this.dayItems(day)[index], cell),
  });
  private readonly dialog = new EventDialog(this);
  private readonly ics = new IcsLinks(this, () => ({ feed: this.feed, lang: this.language }));
  private readonly address = new UrlStateController(this, {
    names: ['month', 'view', 'land', 'category', 'tag'],
    values: () => this.addressValues(),
    delay: 0,
    tag: '<kgc-event-calendar>',
  });
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
    this.landOnly = false;
    this.shown = undefined;
    this.chosenView = undefined;
    this.filterLand = '';
    this.filterCategory = '';
    this.filterTag = '';
    this.listLimit = undefined;
    this.announcement = '';
  }

  private get m(): CalendarMessages {
    return pick(messages, this.language);
  }

  private get context(): CalendarContext {
    return {
      lang: this.language,
      m: this.m,
      t: this.t,
      uid: this.uid,
      headingLevel: this.headingLevel,
      national: !!this.filterLand && !this.landOnly,
    };
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
    return this.chosenView ?? asView(this.view) ?? (this.width.narrow ? 'list' : 'month');
  }

  private get presets(): Filters {
    if (this.land && !parseLand(this.land))
      this.warnOnce('land', `unknown Land code "${this.land}" (use e.g. ST or DE-ST).`);
    return { land: parseLand(this.land) ?? '', category: this.category?.trim() ?? '', tag: this.tag?.trim() ?? '' };
  }

  private get chosenFilters(): Filters {
    return { land: this.filterLand, category: this.filterCategory, tag: this.filterTag };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Filters and month first: the feed query (with a feed index, the parts to fetch) follows them.
    const presets = this.presets;
    if (changed.has('land')) this.filterLand = presets.land;
    if (changed.has('category')) this.filterCategory = presets.category;
    if (changed.has('tag')) this.filterTag = presets.tag;
    if (changed.has('month') && this.hasUpdated) this.shown = undefined;
    if (!this.hasUpdated || changed.has('urlState')) this.restore();
    super.willUpdate(changed);
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
    this.address.save();
    writeJsonLd(
      this,
      this.structuredData && this.feed ? this.byStart.events(this.feed.events).filter(this.passes) : undefined,
    );
  }

  // ---- address (url-state) ------------------------------------------------------------------------------

  private restore(): void {
    const params = this.address.claim();
    if (!params) return;
    const month = params.get('month');
    if (isMonth(month)) this.shown = month;
    const view = asView(params.get('view'));
    if (view) this.chosenView = view;
    const land = params.get('land');
    if (land !== null) this.filterLand = parseLand(land) ?? '';
    const category = params.get('category');
    if (category !== null) this.filterCategory = category;
    const tag = params.get('tag');
    if (tag !== null) this.filterTag = tag;
  }

  /** What differs from the element's own settings; an empty value means "all" (a preset was cleared). */
  private addressValues() {
    const presets = this.presets;
    return {
      month:
        this.shown && this.shown !== (isMonth(this.month) ? this.month : monthOf(this.todayDay))
          ? this.shown
          : undefined,
      view: this.chosenView,
      land: this.filterLand !== presets.land ? this.filterLand.replace(/^DE-/, '') : undefined,
      category: this.filterCategory !== presets.category ? this.filterCategory : undefined,
      tag: this.filterTag !== presets.tag ? this.filterTag : undefined,
    };
  }

  // ---- data ---------------------------------------------------------------------------------------------

  /**
   * With a feed index: the parts of the Land filter (preset or chosen) and of the months on screen, in the
   * list view everything from its first day on.
   */
  protected override feedQuery(): FeedQuery {
    const land = parseLand(this.filterLand);
    const month = this.currentMonth;
    // The days the month grid shows (asked on every update: no grid is built for it).
    const dates =
      this.currentView === 'month'
        ? { from: weekStart(`${month}-01`), to: weekEnd(`${month}-${daysInMonth(month)}`) }
        : { from: listStart(month, this.todayDay) };
    return { collections: ['events'], lands: land ? [land] : undefined, landOnly: this.landOnly, ...dates };
  }

  /** The events of the view (the month, or the list from its first day on) that pass the filters. */
  private viewItems(feed = this.feed): Item[] {
    const month = this.currentMonth;
    return this.currentView === 'month'
      ? this.itemsBetween(`${month}-01`, `${month}-${daysInMonth(month)}`, feed)
      : this.itemsBetween(listStart(month, this.todayDay), FAR, feed);
  }

  /**
   * A fetched feed's events in order, then the first view's items, each in a task of its own where the one
   * before has used its slice, before the first render, which takes both from their memos (at 4× CPU they
   * were 25–35 ms of its task).
   */
  protected override async digest(feed: Feed): Promise<void> {
    this.byStart.events(feed.events);
    await pause();
    this.viewItems(feed);
  }

  /** The month grid (its weeks × the day height, plus toolbar and actions), or a page of the list. */
  protected override reserve() {
    if (this.currentView === 'list') return this.reserveEm(60);
    const weeks = monthGrid(this.currentMonth).length;
    return this.reserveEm(12 + weeks * 7, 11 + weeks * 6.5);
  }

  /** The events of the first view: the same from one document and from a feed index. */
  protected override countItems(): number {
    return this.viewItems().length;
  }

  /** The list's first view renders LIST_STAGE events per stage; the month grid at once. */
  protected override moreStages(): boolean {
    if (this.currentView !== 'list') return false;
    const shown = Math.min(this.listShown, this.viewItems().length);
    return LIST_STAGE * (this.stage + 1) < shown;
  }

  private get pageSize(): number {
    return this.limit && this.limit > 0 ? this.limit : LIST_PAGE;
  }

  /** Events the list shows ("Weitere anzeigen" adds a page). */
  private get listShown(): number {
    return this.listLimit ?? this.pageSize;
  }

  private get passes(): (event: CalendarEvent) => boolean {
    return passes(this.chosenFilters, this.landOnly);
  }

  /** The last answer of `itemsBetween` and what it depends on (the list asks for the same days several times an update). */
  private lastItems?: { key: string; events: readonly CalendarEvent[]; items: Item[] };

  /** The filtered events of the feed that touch the days `from`–`to`. */
  private itemsBetween = (from: Day, to: Day, feed = this.feed): Item[] => {
    if (!feed) return [];
    const events = this.byStart.events(feed.events);
    const key = [from, to, this.filterLand, this.filterCategory, this.filterTag, this.landOnly].join('|');
    const last = this.lastItems;
    if (last?.key === key && last.events === events) return last.items;
    const items = itemsBetween(events, from, to, this.passes);
    this.lastItems = { key, events, items };
    return items;
  };

  private dayItems(day: Day): Item[] {
    return this.itemsBetween(day, day);
  }

  private setFilters = (filters: Filters): void => {
    this.filterLand = filters.land;
    this.filterCategory = filters.category;
    this.filterTag = filters.tag;
    this.announce(this.currentMonth);
  };

  private resetFilters = (): void => this.setFilters({ land: '', category: '', tag: '' });

  // ---- navigation and dialog ----------------------------------------------------------------------------

  private goTo(month: Month, focusDay?: Day): void {
    this.shown = addMonths(month, 0);
    this.grid.setActive(focusDay);
    this.announce(month);
  }

  private announce(month: Month): void {
    if (!this.feed) return;
    if (this.currentView === 'month') {
      const count = this.itemsBetween(`${month}-01`, `${month}-${daysInMonth(month)}`).length;
      this.announcement = this.m.shown(formatMonth(month, this.language), this.m.events(count));
    } else {
      const from = listStart(month, this.todayDay);
      const count = this.itemsBetween(from, FAR).length;
      this.announcement = this.m.shown(listTitle(from, this.todayDay, this.context), this.m.events(count));
    }
  }

  private openDay(day: Day, opener: HTMLElement): void {
    const items = this.dayItems(day);
    if (items.length === 1) this.openEvent(items[0], opener);
    else if (items.length)
      void this.dialog.open(items, this.m.dayTitle(formatDate(day, this.language, 'weekday')), opener);
  }

  private openEvent = (item: Item | undefined, opener: HTMLElement): void => {
    if (!item || !fire(this, 'kgc-select', { item: item.event })) return;
    void this.dialog.open([item], item.event.title, opener);
  };

  // ---- rendering ----------------------------------------------------------------------------------------

  protected override renderFeed(feed: Feed): TemplateResult {
    if (!collectionTotal(feed, 'events')) return this.renderEmpty();
    const context = this.context;
    const events = this.byStart.events(feed.events);
    const view = this.currentView;
    const month = this.currentMonth;
    const today = this.todayDay;
    const filtering = activeFilters(this.chosenFilters) > 0;
    const shown = this.viewItems().map((item) => item.event);
    const total = shown.length;
    const titleId = `${this.uid}-title`;
    const from = listStart(month, today);
    const limit = this.listShown;
    return html`
      <div class="ruler"></div>
      ${toolbarView({
        ...context,
        title: view === 'month' ? formatMonth(month, this.language) : listTitle(from, today, context),
        titleId,
        view,
        onPrevious: () => this.goTo(addMonths(month, -1)),
        onToday: () => this.goTo(monthOf(today), today),
        onNext: () => this.goTo(addMonths(month, 1)),
        onView: (chosen) => (this.chosenView = chosen),
      })}
      ${
        this.filters
          ? filtersView({
              ...context,
              events,
              filters: this.chosenFilters,
              narrow: this.width.narrow,
              onChange: this.setFilters,
              onReset: this.resetFilters,
            })
          : nothing
      }
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${
        filtering && !events.some(this.passes)
          ? this.renderEmpty(this.filters ? this.resetFilters : undefined)
          : view === 'month'
            ? monthView({
                ...context,
                month,
                today,
                titleId,
                grid: this.grid,
                itemsBetween: this.itemsBetween,
                onNext: (day) => this.goTo(monthOf(day), day),
              })
            : listView({
                ...context,
                from,
                limit,
                rendered: LIST_STAGE * (this.stage + 1),
                itemsBetween: this.itemsBetween,
                onMore: () => (this.listLimit = limit + this.pageSize),
                onOpen: this.openEvent,
              })
      }
      ${actionsView({
        m: context.m,
        total,
        calendarUrl: feed.calendarUrl,
        onListIcs: (e) => this.ics.prepare(e.currentTarget as HTMLAnchorElement, shown),
      })}
      ${dialogView({ ...context, dialog: this.dialog, icsHref: this.ics.eventHref })}
    `;
  }
}

define('kgc-event-calendar', KgcEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'kgc-event-calendar': KgcEventCalendar;
  }
}
