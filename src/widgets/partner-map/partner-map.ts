import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { KgcElement } from '../../shared/base.js';
import { define } from '../../shared/define.js';
import { fire } from '../../shared/events.js';
import { LAENDER, landName, parseLand, type LandCode } from '../../shared/laender.js';
import type { Feed } from '../../feed/schema.js';
import type { FeedQuery } from '../../feed/query.js';
import { formatNumber } from '../../i18n/format.js';
import { compareKeyed, compareText, sortKey } from '../../shared/order.js';
import type { Lang } from '../../i18n/lang.js';
import { finishGeometry, inGermany, labelPoint, prepareGeometry } from './geo.js';
import { messages, type PartnerMapMessages } from './messages.js';
import { applyFilters, countByLand, shadeClasses, placeAt, toPlaces, type Group, type Place } from './places.js';
import { inSlices, pause } from '../../feed/tasks.js';
import { styles } from './partner-map.styles.js';
import { summary, type MapContext } from './texts.js';
import { LandFocus } from './land-focus.js';
import { Drawing, MapSize, layout, legendView, mapView, type Drawn } from './map-view.js';
import { markerGroups } from './markers.js';
import { panelView } from './panel.js';
import { MAP_STAGES, TwinStages, listTwinView } from './list-twin.js';
import { controlsView } from './controls.js';

/**
 * An SVG map of Germany with the partner municipalities of the Partnerprozess and the Koordinierungsstellen,
 * and its list twin: the same places as a list grouped by Land, always in the DOM, sharing the selection.
 * Markers that overlap at the current size are grouped with a count. `land="ST"` focuses a Land (fitted,
 * its Kreise loaded from the hash-checked file beside the bundle, the other Länder dimmed); clicking a Land
 * focuses it, "Ganz Deutschland" goes back. The Länder are shaded by their number of partners.
 *
 * @summary Map and list of partner municipalities and Koordinierungsstellen.
 * @attr src - URL of the feed.
 * @attr land - Land to focus (`ST` or `DE-ST`); the visitor can change it.
 * @attr show - Which places: `partners`, `offices` or both (default `partners offices`).
 * @attr kind - Partner kinds to show, comma-separated (e.g. `Stadt, Landkreis`); default all.
 * @attr lang - `de` or `en` (default: the nearest ancestor's `lang`, else German).
 * @attr heading-level - Level of the list's and the panel's headings (default 2).
 * @attr timeout - Seconds to wait for the feed (default 15).
 * @fires kgc-load - The feed loaded; detail `{ count }` (partners + offices).
 * @fires kgc-error - The feed failed; detail `{ kind, message }`.
 * @fires kgc-select - A visitor opened a partner or an office; detail `{ item }`. Cancel it to keep the panel closed.
 * @csspart base - The root.
 * @csspart controls - The filter bar (Land, kind, which places).
 * @csspart map - The SVG map.
 * @csspart attribution - The source note of the geometry (keep it visible).
 * @csspart panel - The details of the selected place or group.
 * @csspart legend - Shading and symbol legend.
 * @csspart list - The list twin.
 * @csspart land-group - One Land's places in the list twin.
 * @cssprop --kgc-map-partner-color - Fill of partner markers and groups (default #12365c).
 * @cssprop --kgc-map-office-color - Fill of Koordinierungsstelle markers (default #f2a900).
 * @cssprop --kgc-map-land-color - Fill of a Land without partners (default #eef1f4).
 * @cssprop --kgc-map-shade-color - Colour the Länder are shaded in by their number of partners (default: primary).
 * @tagname kgc-partner-map
 */
export class KgcPartnerMap extends KgcElement {
  static override styles = styles;

  static override properties = {
    ...KgcElement.properties,
    land: { type: String },
    show: { type: String },
    kind: { type: String },
    kinds: { state: true, attribute: false },
    showPartners: { state: true, attribute: false },
    showOffices: { state: true, attribute: false },
    selected: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** Land to focus, `ST` or `DE-ST`. */
  declare land: string | undefined;
  /** `partners`, `offices` or both, space-separated. */
  declare show: string | undefined;
  /** Partner kinds to show, comma-separated. */
  declare kind: string | undefined;

  declare private kinds: string[];
  declare private showPartners: boolean;
  declare private showOffices: boolean;
  /** The open place (`partner:id`) or group (`group:key`). */
  declare private selected: string | undefined;
  declare private announcement: string;

  private places: Place[] = [];
  private placesOf: Feed | undefined;
  private sortedFor = '';
  /**
   * What the places' filters give, by filters and Land (emptied when the places change or are sorted): each
   * stage of the first view, and each update, would otherwise filter all places again, several times.
   */
  private filtered = new Map<string, Place[]>();
  /** The markers as last grouped, and for which places and projection (a stage of the twin keeps them). */
  private grouped: { visible: Place[]; drawn: Drawn; groups: Group[] } | undefined;
  private groups: Group[] = [];
  private opener: Element | undefined;
  /** Where focus goes after the next render (the element that had it may be gone). */
  private focusNext: string | undefined;
  private readonly landFocus = new LandFocus(this);
  private readonly size = new MapSize(this);
  private readonly drawing = new Drawing();
  private readonly twin = new TwinStages();
  /** The places of the list twin this update renders (set as it starts, see `TwinStages`). */
  private twinShown = 0;

  constructor() {
    super();
    this.land = undefined;
    this.show = undefined;
    this.kind = undefined;
    this.kinds = [];
    this.showPartners = true;
    this.showOffices = true;
    this.selected = undefined;
    this.announcement = '';
  }

  /** Language and texts, resolved once per render (resolving walks up the DOM). */
  private uiLang: Lang = 'de';
  private get m(): PartnerMapMessages {
    return messages[this.uiLang];
  }

  private get context(): MapContext {
    const lang = this.uiLang;
    return {
      lang,
      m: this.m,
      t: this.t,
      uid: this.uid,
      headingLevel: this.headingLevel,
      number: (value) => formatNumber(value, lang),
    };
  }

  protected override feedQuery(): FeedQuery {
    // All Länder, also when focused on one: the map shows Germany's places around the Land, and the visitor
    // may change the focus (partners and offices are small collections: one part per Land each).
    return { collections: ['partners', 'offices'] };
  }

  /** The Länder's geometry, decoded while the feed loads (whatever the page has not done by then: `digest`). */
  protected override prepare(): void {
    prepareGeometry(() => this.isConnected);
  }

  /** The map and its list twin: taller than a screen on every device. */
  protected override reserve() {
    return this.reserveEm(200);
  }

  protected override countItems(feed: Feed): number {
    return feed.partners.length + feed.offices.length;
  }

  /** The first view renders the map, then its markers, then the list twin in stages (see `TwinStages`). */
  protected override moreStages(): boolean {
    return this.stage < MAP_STAGES - 1 || this.twinShown < this.visible().length;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('land')) {
      const code = parseLand(this.land);
      if (this.land && !code)
        console.warn(
          `<kgc-partner-map>: land="${this.land}" is not a Land code (use e.g. ST or DE-ST); showing all of Germany.`,
        );
      this.setFocus(code, false);
    }
    if (changed.has('show')) {
      const tokens = (this.show ?? '')
        .toLowerCase()
        .split(/[\s,]+/)
        .filter(Boolean);
      const unknown = tokens.filter((t) => t !== 'partners' && t !== 'offices');
      if (unknown.length)
        console.warn(
          `<kgc-partner-map>: show="${this.show}": unknown ${unknown.join(', ')} (use partners and/or offices).`,
        );
      const known = tokens.filter((t) => !unknown.includes(t));
      this.showPartners = !known.length || known.includes('partners');
      this.showOffices = !known.length || known.includes('offices');
    }
    if (changed.has('kind')) {
      this.kinds = (this.kind ?? '')
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean);
    }
    if (this.status === 'ready' && this.feed) {
      if (this.placesOf !== this.feed) {
        this.setPlaces(this.feed, toPlaces(this.feed.partners, this.feed.offices, inGermany, labelPoint));
      }
      this.size.ensure();
    }
    this.twinShown = this.twin.rendered(this.stage);
  }

  /**
   * The places of a fetched feed, placed in slices, sorted, projected and grouped into markers before its
   * first render, each step in a task of its own where the one before has used its slice (the render takes
   * the next).
   */
  protected override async digest(feed: Feed): Promise<void> {
    const { partners, offices } = feed;
    await finishGeometry();
    const places: Place[] = [];
    await inSlices(partners.length + offices.length, (i) =>
      places.push(placeAt(i, partners, offices, inGermany, labelPoint)),
    );
    await pause();
    this.setPlaces(feed, places);
    this.sorted(this.language);
    await pause();
    // The Länder (and a focused Land's Kreise) projected for the first view, which takes them from the memo.
    this.size.ensure();
    const { drawn } = this.draw();
    await pause();
    // The markers of the first view's second stage, grouped here, not in the task that renders them (at 4×
    // CPU a national map's 500 places took tens of milliseconds more there).
    this.groupsFor(this.visible(), drawn);
  }

  private setPlaces(feed: Feed, places: Place[]): void {
    this.placesOf = feed;
    this.places = places;
    this.sortedFor = '';
    this.filtered.clear();
  }

  protected override updated(): void {
    this.twin.done();
    super.updated();
    if (this.focusNext) {
      this.renderRoot.querySelector<HTMLElement | SVGElement>(this.focusNext)?.focus();
      this.focusNext = undefined;
    }
  }

  // --- state changes -------------------------------------------------------------------------------

  private setFocus(land: LandCode | undefined, announce = true): void {
    if (!this.landFocus.set(land)) return;
    if (this.selected) {
      const place = this.places.find((p) => p.key === this.selected);
      if (!place || (land && place.land !== land) || this.selected.startsWith('group:')) this.selected = undefined;
    }
    if (announce) this.announce();
  }

  /** Focus a Land (or all of Germany) from a button that goes away with it: focus moves to `next`. */
  private zoomTo(land: LandCode | undefined, next: string): void {
    this.setFocus(land);
    this.focusNext = next;
  }

  private announce(): void {
    const text = summary(this.visible(), this.m);
    const land = this.landFocus.land;
    this.announcement = land ? `${landName(land, this.uiLang)}: ${text}` : this.m.showing(text);
  }

  private visible(land = this.landFocus.land): Place[] {
    const key = `${land ?? ''}|${this.kinds.join()}|${this.showPartners}|${this.showOffices}`;
    let places = this.filtered.get(key);
    if (!places) {
      places = applyFilters(this.places, {
        land,
        kinds: this.kinds,
        partners: this.showPartners,
        offices: this.showOffices,
      });
      this.filtered.set(key, places);
    }
    return places;
  }

  private resetFilters = () => {
    this.kinds = [];
    this.showPartners = true;
    this.showOffices = true;
    this.setFocus(undefined);
  };

  private open = (key: string, opener: Element | null): void => {
    if (!key.startsWith('group:')) {
      const place = this.places.find((p) => p.key === key);
      if (!place || !fire(this, 'kgc-select', { item: place.item })) return;
    }
    if (opener && !this.renderRoot.querySelector('.panel')?.contains(opener)) this.opener = opener;
    this.selected = key;
    this.focusNext = '.panel';
  };

  private close = (): void => {
    this.selected = undefined;
    const opener = this.opener;
    this.opener = undefined;
    if (opener instanceof HTMLElement || opener instanceof SVGElement) {
      if (opener.isConnected) opener.focus();
    }
  };

  private onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.selected) {
      event.stopPropagation();
      this.close();
    }
  };

  private skipMap = () => this.renderRoot.querySelector<HTMLElement>('.list')?.focus();

  private landCounts: { of: Place[]; all: Map<LandCode, number>; partners: Map<LandCode, number> } | undefined;

  /** How many of the places the filters show lie in each Land: all of them, and the partners. */
  private countsByLand(): { all: Map<LandCode, number>; partners: Map<LandCode, number> } {
    const everywhere = this.visible(undefined);
    if (this.landCounts?.of !== everywhere) {
      this.landCounts = {
        of: everywhere,
        all: countByLand(everywhere),
        partners: countByLand(everywhere.filter((p) => p.type === 'partner')),
      };
    }
    return this.landCounts;
  }

  /** Places sorted as the list shows them: by Land name, offices first, then by name. */
  private sorted(lang: Lang): Place[] {
    if (this.sortedFor !== lang) {
      const rank = new Map(
        LAENDER.map((l) => l.iso as LandCode)
          .sort((a, b) => compareText(landName(a, lang), landName(b, lang)))
          .map((code, i) => [code, i]),
      );
      const keyed = this.places.map((place) => ({
        place,
        rank: rank.get(place.land)! * 2 + (place.type === 'office' ? 0 : 1),
        key: sortKey(place.item.name),
      }));
      keyed.sort((a, b) => a.rank - b.rank || compareKeyed(a.place.item.name, a.key, b.place.item.name, b.key));
      this.places = keyed.map((k) => k.place);
      this.sortedFor = lang;
      this.filtered.clear();
    }
    return this.places;
  }

  // --- rendering -----------------------------------------------------------------------------------

  /** The markers of `visible` on the map as `drawn`, grouped where they overlap (memoised). */
  private groupsFor(visible: Place[], drawn: Drawn): Group[] {
    if (this.grouped?.visible !== visible || this.grouped.drawn !== drawn) {
      this.grouped = { visible, drawn, groups: markerGroups(visible, drawn.project) };
    }
    return this.grouped.groups;
  }

  /** The map drawn at its size, and whether the side column stands beside it. */
  private draw(): { wide: boolean; drawn: Drawn } {
    const land = this.landFocus.land;
    const { wide, width, height } = layout(this.size.box, land);
    const drawn = this.drawing.draw(land, this.landFocus.features, width, height, this.size.box?.font ?? 16);
    return { wide, drawn };
  }

  /**
   * The side column: the counts, the open place's panel and the legend. The first view adds it with the
   * markers: at 4× CPU the first stage (controls and map) took 70–100 ms with it and about 20 ms less without.
   */
  private renderSide(visible: Place[], land: LandCode | undefined, ranges: [number, number][]): TemplateResult {
    const context = this.context;
    const { m, lang } = context;
    return html`<p class="summary">
        ${m.partners(visible.filter((p) => p.type === 'partner').length)} ·
        ${m.offices(visible.filter((p) => p.type === 'office').length)}${land ? html` <span class="where">(${landName(land, lang)})</span>` : nothing}
      </p>
      ${panelView({
        ...context,
        selected: this.selected,
        places: this.places,
        groups: this.groups,
        focusLand: land,
        onOpen: this.open,
        onClose: this.close,
        onZoom: (code) => this.zoomTo(code, '.marker'),
      })}
      ${legendView({ ...context, ranges, shaded: this.showPartners && !land })}`;
  }

  protected override renderFeed(feed: Feed): unknown {
    this.uiLang = this.language;
    if (!feed.partners.length && !feed.offices.length) return this.renderEmpty();
    this.sorted(this.uiLang);
    const context = this.context;
    const { m } = context;
    const land = this.landFocus.land;
    const visible = this.visible();
    const { wide, drawn } = this.draw();
    // The markers and the side column from the first view's second stage on (the first draws the map and its
    // controls).
    if (this.stage < MAP_STAGES - 1) {
      this.groups = [];
    } else {
      this.groups = this.groupsFor(visible, drawn);
    }
    const { all: perLand, partners: counts } = this.countsByLand();
    const { step, ranges } = shadeClasses(Math.max(0, ...counts.values()));

    return html`<div class="widget" @keydown=${this.onKeydown}>
      ${controlsView({
        ...context,
        feed,
        land,
        perLand,
        kinds: this.kinds,
        showPartners: this.showPartners,
        showOffices: this.showOffices,
        onLand: (code) => this.setFocus(code),
        onKinds: (kinds) => {
          this.kinds = kinds;
          this.announce();
        },
        onShow: (type, on) => {
          if (type === 'partner') this.showPartners = on;
          else this.showOffices = on;
          this.announce();
        },
      })}
      <div class="layout ${wide ? 'wide' : ''}">
        <div class="map-column">
          <button type="button" class="skip" @click=${this.skipMap}>${m.skipMap}</button>
          ${mapView({
            ...context,
            drawn,
            land,
            counts,
            step,
            kreiseFailed: !!land && this.landFocus.failed === land,
            groups: this.groups,
            selected: this.selected,
            onOpen: this.open,
            onLand: (code) => this.setFocus(code),
            onWholeGermany: () => this.zoomTo(undefined, 'select'),
          })}
        </div>
        <div class="side">${this.stage < MAP_STAGES - 1 ? nothing : this.renderSide(visible, land, ranges)}</div>
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${listTwinView({
        ...context,
        visible,
        rendered: this.twinShown,
        selected: this.selected,
        onOpen: this.open,
        empty: () => this.renderEmpty(this.resetFilters),
      })}
    </div>`;
  }
}

define('kgc-partner-map', KgcPartnerMap);

declare global {
  interface HTMLElementTagNameMap {
    'kgc-partner-map': KgcPartnerMap;
  }
}
