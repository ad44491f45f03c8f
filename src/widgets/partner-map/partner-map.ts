import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { KgcElement } from '../../shared/base.js';
import { define } from '../../shared/define.js';
import { fire } from '../../shared/events.js';
import { heading } from '../../shared/heading.js';
import { LAENDER, landName, parseLand, type LandCode } from '../../shared/laender.js';
import { contactLines, addressLines, link, type ContactLabels } from '../../shared/contact.js';
import { isAbort } from '../../feed/errors.js';
import { safeHref } from '../../shared/safe-url.js';
import type { FeedQuery } from '../../feed/query.js';
import type { Feed, Office, Partner } from '../../feed/schema.js';
import { formatDate, locale } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { aspectOf, fitted, inGermany, labelPoint, landFeatures, loadKreise, target, type KreisFeature } from './geo.js';
import { messages, type PartnerMapMessages } from './messages.js';
import {
  applyFilters,
  countByLand,
  groupMarkers,
  shadeClasses,
  shadeOf,
  toPlaces,
  type Group,
  type Place,
} from './places.js';
import { styles } from './partner-map.styles.js';

const LICENCE_URL = 'https://www.govdata.de/dl-de/by-2-0';
/** The source note the licence requires, in its own words in either language. */
const ATTRIBUTION = '© GeoBasis-DE / BKG (2016), Daten verändert';
/** Marker radius and the distance (px) under which two markers overlap and are grouped. */
const R = 6;
const GROUP_DISTANCE = 2 * R + 3;
/** Drawn radius of a marker standing for `n` places. */
const radius = (n: number) => (n === 1 ? R + 1 : R + 4 + Math.min(6, Math.log2(n) * 2));
const PAD = 10;

interface Box {
  /** Content width of the element (0 while hidden) and its font size, both in px. */
  width: number;
  font: number;
}

interface Drawn {
  key: string;
  width: number;
  height: number;
  project: (at: [number, number]) => [number, number];
  laender: { id: LandCode; d: string }[];
  kreise: { k: KreisFeature; d: string }[];
}

const joinedTexts = new Map<string, string>();
/** "2012" → 2012, "2012-06" → Juni 2012, "2012-06-01" → 01.06.2012 (memoised: many places share a month). */
function formatJoined(value: string, lang: Lang): string {
  const key = `${lang}${value}`;
  let text = joinedTexts.get(key);
  if (text === undefined) {
    text =
      value.length === 4
        ? value
        : value.length === 7
          ? formatDate(`${value}-01`, lang, { month: 'long', year: 'numeric' })
          : formatDate(value, lang);
    joinedTexts.set(key, text);
  }
  return text;
}

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
    focusLand: { state: true, attribute: false },
    kinds: { state: true, attribute: false },
    showPartners: { state: true, attribute: false },
    showOffices: { state: true, attribute: false },
    selected: { state: true, attribute: false },
    box: { state: true, attribute: false },
    kreise: { state: true, attribute: false },
    kreiseFailed: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** Land to focus, `ST` or `DE-ST`. */
  declare land: string | undefined;
  /** `partners`, `offices` or both, space-separated. */
  declare show: string | undefined;
  /** Partner kinds to show, comma-separated. */
  declare kind: string | undefined;

  declare private focusLand: LandCode | undefined;
  declare private kinds: string[];
  declare private showPartners: boolean;
  declare private showOffices: boolean;
  /** The open place (`partner:id`) or group (`group:key`). */
  declare private selected: string | undefined;
  declare private box: Box | undefined;
  declare private kreise: { land: LandCode; features: KreisFeature[] } | undefined;
  declare private kreiseFailed: LandCode | undefined;
  declare private announcement: string;

  private places: Place[] = [];
  private placesOf: Feed | undefined;
  private sortedFor = '';
  private drawn: Drawn | undefined;
  private groups: Group[] = [];
  private opener: Element | undefined;
  /** Where focus goes after the next render (the element that had it may be gone). */
  private focusNext: string | undefined;
  private kreiseController: AbortController | undefined;
  private observer: ResizeObserver | undefined;
  private frame = 0;
  private numberFormat: { lang: Lang; format: Intl.NumberFormat } | undefined;

  constructor() {
    super();
    this.land = undefined;
    this.show = undefined;
    this.kind = undefined;
    this.focusLand = undefined;
    this.kinds = [];
    this.showPartners = true;
    this.showOffices = true;
    this.selected = undefined;
    this.box = undefined;
    this.kreise = undefined;
    this.kreiseFailed = undefined;
    this.announcement = '';
  }

  /** Language and texts, resolved once per render (resolving walks up the DOM). */
  private uiLang: Lang = 'de';
  private get m(): PartnerMapMessages {
    return messages[this.uiLang];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer = new ResizeObserver(() => {
      // Next frame: resizing inside the observer's callback would re-trigger it in the same frame.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        const box = this.measure();
        if (!this.box || Math.abs(box.width - this.box.width) >= 1 || box.font !== this.box.font) this.box = box;
      });
    });
    this.observer.observe(this);
    // Back on the page: fetch the focused Land's Kreise again if the removal aborted them.
    if (this.hasUpdated) this.fetchKreise();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
    this.kreiseController?.abort();
    this.kreiseController = undefined;
  }

  private measure(): Box {
    const style = getComputedStyle(this);
    const font = parseFloat(style.fontSize) || 16;
    const width = this.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0);
    return { width: Math.max(0, Math.floor(width)), font };
  }

  protected override feedQuery(): FeedQuery {
    return {
      collections: ['partners', 'offices'],
      lands: this.focusLand ? [this.focusLand] : undefined,
      landOnly: true,
    };
  }

  protected override countItems(feed: Feed): number {
    return feed.partners.length + feed.offices.length;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The focused Land first: with a feed index, it decides which parts the base asks for.
    if (changed.has('land')) {
      const code = parseLand(this.land);
      if (this.land && !code)
        console.warn(
          `<kgc-partner-map>: land="${this.land}" is not a Land code (use e.g. ST or DE-ST); showing all of Germany.`,
        );
      this.setFocus(code, false);
    }
    super.willUpdate(changed);
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
    if ((changed as Map<PropertyKey, unknown>).has('focusLand')) this.fetchKreise();
    if (this.status === 'ready' && this.feed) {
      if (this.placesOf !== this.feed) {
        this.placesOf = this.feed;
        this.places = toPlaces(this.feed.partners, this.feed.offices, inGermany, labelPoint);
        this.sortedFor = '';
      }
      if (!this.box) this.box = this.measure();
    }
  }

  protected override updated(): void {
    super.updated();
    if (this.focusNext) {
      this.renderRoot.querySelector<HTMLElement | SVGElement>(this.focusNext)?.focus();
      this.focusNext = undefined;
    }
  }

  private fetchKreise(): void {
    this.kreiseController?.abort();
    this.kreiseController = undefined;
    const land = this.focusLand;
    // Not on the page (removed before this update ran): connectedCallback fetches them when it is back.
    if (!land || this.kreise?.land === land || !this.isConnected) return;
    const controller = (this.kreiseController = new AbortController());
    loadKreise(land, controller.signal).then(
      (features) => {
        if (this.focusLand === land) this.kreise = { land, features };
      },
      (error: unknown) => {
        if (isAbort(error) || this.focusLand !== land) return;
        console.warn(`<kgc-partner-map>: Kreise of ${land} not shown:`, error instanceof Error ? error.message : error);
        this.kreiseFailed = land;
      },
    );
  }

  // --- state changes -------------------------------------------------------------------------------

  private setFocus(land: LandCode | undefined, announce = true): void {
    if (land === this.focusLand) return;
    this.focusLand = land;
    this.kreiseFailed = undefined;
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
    const summary = this.summary(this.visible());
    this.announcement = this.focusLand
      ? `${landName(this.focusLand, this.uiLang)}: ${summary}`
      : this.m.showing(summary);
  }

  /** "3 Partnerkommunen, 1 Koordinierungsstelle" */
  private summary(places: Place[]): string {
    const partners = places.filter((p) => p.type === 'partner').length;
    return `${this.m.partners(partners)}, ${this.m.offices(places.length - partners)}`;
  }

  private visible(land = this.focusLand): Place[] {
    return applyFilters(this.places, {
      land,
      kinds: this.kinds,
      partners: this.showPartners,
      offices: this.showOffices,
    });
  }

  private resetFilters = () => {
    this.kinds = [];
    this.showPartners = true;
    this.showOffices = true;
    this.setFocus(undefined);
  };

  private open(key: string, opener: Element | null): void {
    if (!key.startsWith('group:')) {
      const place = this.places.find((p) => p.key === key);
      if (!place || !fire(this, 'kgc-select', { item: place.item })) return;
    }
    if (opener && !this.renderRoot.querySelector('.panel')?.contains(opener)) this.opener = opener;
    this.selected = key;
    this.focusNext = '.panel';
  }

  private close(): void {
    this.selected = undefined;
    const opener = this.opener;
    this.opener = undefined;
    if (opener instanceof HTMLElement || opener instanceof SVGElement) {
      if (opener.isConnected) opener.focus();
    }
  }

  private onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.selected) {
      event.stopPropagation();
      this.close();
    }
  };

  /** Clicks and keys of all markers, handled once on their layer. */
  private onMarkerClick = (event: Event) => {
    const marker = (event.target as Element).closest('.marker');
    if (marker) this.open(marker.getAttribute('data-key')!, marker);
  };

  private onMarkerKey = (event: KeyboardEvent) => {
    const marker = (event.target as Element).closest<SVGGElement>('.marker');
    if (!marker) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.open(marker.getAttribute('data-key')!, marker);
      return;
    }
    const moves: Record<string, (i: number, n: number) => number> = {
      ArrowRight: (i, n) => (i + 1) % n,
      ArrowDown: (i, n) => (i + 1) % n,
      ArrowLeft: (i, n) => (i - 1 + n) % n,
      ArrowUp: (i, n) => (i - 1 + n) % n,
      Home: () => 0,
      End: (_, n) => n - 1,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const markers = [...this.renderRoot.querySelectorAll<SVGGElement>('.marker')];
    markers[move(markers.indexOf(marker), markers.length)]?.focus();
  };

  /** Clicks on the names in the list twin. */
  private onListClick = (event: Event) => {
    const button = (event.target as Element).closest('.item > button');
    if (button) this.open(button.parentElement!.dataset.key!, button);
  };

  /** `isExternal` for an href that `safeHref` already normalised, without parsing it again (the list has hundreds). */
  private external(href: string): boolean {
    return /^https?:/.test(href) && !href.startsWith(`${location.origin}/`);
  }

  private number(value: number): string {
    const lang = this.uiLang;
    if (this.numberFormat?.lang !== lang) this.numberFormat = { lang, format: new Intl.NumberFormat(locale(lang)) };
    return this.numberFormat.format.format(value);
  }

  // --- drawing -------------------------------------------------------------------------------------

  private layout(): { wide: boolean; width: number; height: number } {
    const box = this.box ?? { width: 0, font: 16 };
    const wide = box.width >= 46 * box.font;
    // Wide: the map takes what the side column (18em + 1.5em gap) leaves, but no more than its height needs.
    const available = wide ? box.width - 19.5 * box.font : box.width || 640;
    const aspect = aspectOf(target(this.focusLand));
    const height = Math.round(Math.min(Math.max(available * aspect, 15 * box.font), 48 * box.font, available * 1.6));
    const width = Math.round(
      wide ? Math.min(available, (height - 2 * PAD) / aspect + 2 * PAD + 2 * box.font) : available,
    );
    return { wide, width, height };
  }

  private draw(width: number, height: number): Drawn {
    const land = this.focusLand;
    const kreise = this.kreise && this.kreise.land === land ? this.kreise.features : undefined;
    const key = `${land}|${width}|${height}|${kreise ? 'k' : ''}`;
    if (this.drawn?.key === key) return this.drawn;
    // Focused: room at the top for the "Ganz Deutschland" button.
    const { point, path } = fitted(target(land), width, height, PAD, land ? 3.5 * (this.box?.font ?? 16) : PAD);
    this.drawn = {
      key,
      width,
      height,
      project: point,
      laender: landFeatures().map((f) => ({ id: f.id, d: path(f) })),
      kreise: (kreise ?? []).map((k) => ({ k, d: path(k) })),
    };
    return this.drawn;
  }

  /** Places sorted as the list shows them: by Land name, offices first, then by name. */
  private sorted(): Place[] {
    const lang = this.uiLang;
    if (this.sortedFor !== lang) {
      const collator = new Intl.Collator(lang);
      const names = new Map(LAENDER.map((l) => [l.iso as LandCode, l[lang]]));
      this.places.sort(
        (a, b) =>
          collator.compare(names.get(a.land)!, names.get(b.land)!) ||
          (a.type === b.type ? 0 : a.type === 'office' ? -1 : 1) ||
          collator.compare(a.item.name, b.item.name),
      );
      this.sortedFor = lang;
    }
    return this.places;
  }

  protected override renderFeed(feed: Feed): unknown {
    this.uiLang = this.language;
    if (!feed.partners.length && !feed.offices.length) return this.renderEmpty();
    this.sorted();
    const m = this.m;
    const lang = this.uiLang;
    const visible = this.visible();
    const { wide, width, height } = this.layout();
    const drawn = this.draw(width, height);
    const points: { place: Place; x: number; y: number }[] = [];
    for (const place of visible) {
      const xy = place.at && drawn.project(place.at);
      if (xy) points.push({ place, x: xy[0], y: xy[1] });
    }
    this.groups = groupMarkers(points, GROUP_DISTANCE, radius);
    const shaded = this.visible(undefined).filter((p) => p.type === 'partner');
    const counts = countByLand(shaded);
    const { step, ranges } = shadeClasses(Math.max(0, ...counts.values()));
    const where = this.focusLand ? landName(this.focusLand, lang) : m.germany;

    return html`<div class="widget" @keydown=${this.onKeydown}>
      ${this.renderControls(feed)}
      <div class="layout ${wide ? 'wide' : ''}">
        <div class="map-column">
          <button type="button" class="skip" @click=${this.skipMap}>${m.skipMap}</button>
          <div class="frame">
            <svg
              part="map"
              role="group"
              aria-label=${m.mapLabel(where)}
              aria-describedby="${this.uid}-hint"
              viewBox="0 0 ${width} ${height}"
              width=${width}
              height=${height}
              class=${this.focusLand ? 'focused' : ''}
            >
              <g class="laender" aria-hidden="true">
                ${drawn.laender.map(({ id, d }) => {
                  const count = counts.get(id) ?? 0;
                  const state = this.focusLand
                    ? id === this.focusLand
                      ? 'current'
                      : 'dim'
                    : `shade-${shadeOf(count, step)}`;
                  return svg`<path class="land ${state}" data-land=${id} d=${d} @click=${() => this.setFocus(id)}><title>${landName(id, lang)}: ${m.partners(count)}</title></path>`;
                })}
              </g>
              ${
                drawn.kreise.length
                  ? svg`<g class="kreise" aria-hidden="true">${drawn.kreise.map(
                      ({ k, d }) =>
                        svg`<path class="kreis" data-ags=${k.id} d=${d}><title>${k.properties.name}</title></path>`,
                    )}</g>`
                  : nothing
              }
              <g class="markers" @click=${this.onMarkerClick} @keydown=${this.onMarkerKey}>
                ${this.groups.map((g) => this.renderMarker(g))}
              </g>
            </svg>
            ${
              this.focusLand
                ? html`<button
                    type="button"
                    class="button secondary back"
                    @click=${() => this.zoomTo(undefined, 'select')}
                  >
                    <span aria-hidden="true">←</span> ${m.wholeGermany}
                  </button>`
                : nothing
            }
            ${this.kreiseFailed && this.kreiseFailed === this.focusLand ? html`<p class="notice">${m.kreiseError}</p>` : nothing}
            <p part="attribution" class="attribution">
              ${ATTRIBUTION} ·
              <a href=${LICENCE_URL}>${m.licence}<span class="visually-hidden"> ${this.t.externalLink}</span></a>
            </p>
          </div>
          <p id="${this.uid}-hint" class="hint">${m.keyboardHint}</p>
        </div>
        <div class="side">
          <p class="summary">
            ${m.partners(visible.filter((p) => p.type === 'partner').length)} ·
            ${m.offices(
              visible.filter((p) => p.type === 'office').length,
            )}${this.focusLand ? html` <span class="where">(${where})</span>` : nothing}
          </p>
          ${this.renderPanel()} ${this.renderLegend(ranges)}
        </div>
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.renderList(visible)}
    </div>`;
  }

  private skipMap = () => this.renderRoot.querySelector<HTMLElement>('.list')?.focus();

  private renderControls(feed: Feed): TemplateResult {
    const m = this.m;
    const lang = this.uiLang;
    const all = countByLand(this.visible(undefined));
    const kinds = [...new Set(feed.partners.map((p) => p.kind))].sort(new Intl.Collator(lang).compare);
    const id = this.uid;
    return html`<div part="controls" class="controls">
      <div class="field">
        <label for="${id}-land">${m.land}</label>
        <select
          id="${id}-land"
          @change=${(e: Event) => this.setFocus(parseLand((e.target as HTMLSelectElement).value))}
        >
          <option value="" ?selected=${!this.focusLand}>${m.allLaender}</option>
          ${LAENDER.map((l) => l.iso)
            .sort((a, b) => landName(a, lang).localeCompare(landName(b, lang), lang))
            .map(
              (code) =>
                html`<option value=${code} ?selected=${code === this.focusLand}>
                  ${landName(code, lang)} (${this.number(all.get(code) ?? 0)})
                </option>`,
            )}
        </select>
      </div>
      ${
        kinds.length > 1
          ? html`<div class="field">
              <label for="${id}-kind">${m.kind}</label>
              <select
                id="${id}-kind"
                @change=${(e: Event) => {
                  const value = (e.target as HTMLSelectElement).value;
                  this.kinds = value ? [value] : [];
                  this.announce();
                }}
              >
                <option value="" ?selected=${!this.kinds.length}>${m.allKinds}</option>
                ${kinds.map((k) => html`<option value=${k} ?selected=${this.kinds.length === 1 && this.kinds[0] === k}>${k}</option>`)}
              </select>
            </div>`
          : nothing
      }
      <fieldset class="show">
        <legend class="visually-hidden">${m.show}</legend>
        ${(
          [
            ['partner', this.showPartners, m.showPartners],
            ['office', this.showOffices, m.showOffices],
          ] as const
        ).map(
          ([type, checked, label]) =>
            html`<label class="check"
              ><input
                type="checkbox"
                .checked=${checked}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  if (type === 'partner') this.showPartners = on;
                  else this.showOffices = on;
                  this.announce();
                }}
              /><span class="symbol ${type}" aria-hidden="true"></span>${label}</label
            >`,
        )}
      </fieldset>
    </div>`;
  }

  private renderMarker(g: Group) {
    const m = this.m;
    const selected =
      this.selected && (this.selected === `group:${g.key}` || g.members.some((p) => p.key === this.selected))
        ? ' selected'
        : '';
    const n = g.members.length;
    const place = g.members[0];
    let label: string;
    let shape: TemplateResult;
    let r = R + 5;
    if (n === 1) {
      label = `${place.item.name} (${place.type === 'office' ? m.office : (place.item as Partner).kind})`;
      shape =
        place.type === 'office'
          ? svg`<path class="shape" d="M0-8.5 8.5 0 0 8.5-8.5 0Z"></path>`
          : svg`<circle class="shape" r="6"></circle>`;
    } else {
      const names = g.members.slice(0, 4).map((p) => p.item.name);
      label = m.groupLabel(n, `${names.join(', ')}${n > 4 ? ` ${m.andMore(n - 4)}` : ''}`);
      r = radius(n);
      shape = svg`<circle class="shape" r=${r}></circle><text class="count" dy="0.35em">${n}</text>`;
      r += 5;
    }
    const cls = n === 1 ? place.type : `group${g.members.some((p) => p.type === 'office') ? ' has-office' : ''}`;
    // The ring is the focus ring, the selection halo and the hit area.
    return svg`<g class="marker ${cls}${selected}" role="button" tabindex="0" aria-haspopup="dialog"
      aria-label=${label} data-key=${n === 1 ? place.key : `group:${g.key}`}
      transform="translate(${g.x.toFixed(1)} ${g.y.toFixed(1)})"><circle class="ring" r=${r}></circle>${shape}</g>`;
  }

  private get contactLabels(): ContactLabels {
    const m = this.m;
    return { email: m.email, phone: m.phone, website: m.website, external: this.t.externalLink };
  }

  private renderPanel(): TemplateResult {
    const m = this.m;
    const key = this.selected;
    const hint = html`<p class="select-hint">${m.selectHint}</p>`;
    if (!key) return hint;
    const id = `${this.uid}-panel`;
    const close = html`<button type="button" class="close" aria-label=${this.t.close} @click=${() => this.close()}>
      <span aria-hidden="true">×</span>
    </button>`;
    if (key.startsWith('group:')) {
      const group = this.groups.find((g) => `group:${g.key}` === key);
      if (!group) return hint;
      const lands = [...new Set(group.members.map((p) => p.land))].filter((l) => l !== this.focusLand);
      return html`<section part="panel" class="panel" role="dialog" aria-labelledby=${id} tabindex="-1">
        <div class="panel-head">${heading(this.headingLevel, m.groupTitle(group.members.length), { id })} ${close}</div>
        <ul class="group-list">
          ${group.members.map(
            (p) =>
              html`<li>
                <span class="symbol ${p.type}" aria-hidden="true"></span>
                <button
                  type="button"
                  class="linkish"
                  @click=${(e: Event) => this.open(p.key, e.currentTarget as Element)}
                >
                  ${p.item.name}
                </button>
              </li>`,
          )}
        </ul>
        ${
          lands.length
            ? html`<p class="zoom">
                ${lands.map(
                  (land) =>
                    html`<button type="button" class="button secondary" @click=${() => this.zoomTo(land, '.marker')}>
                      ${m.showLand(landName(land, this.uiLang))}
                    </button>`,
                )}
              </p>`
            : nothing
        }
      </section>`;
    }
    const place = this.places.find((p) => p.key === key);
    if (!place) return hint;
    const lang = this.uiLang;
    const item = place.item;
    const partner = place.type === 'partner' ? (item as Partner) : undefined;
    const office = place.type === 'office' ? (item as Office) : undefined;
    const contacts = partner
      ? partner.contact
        ? [partner.contact]
        : []
      : [
          ...(office!.contacts ?? []),
          ...(office!.email || office!.phone ? [{ email: office!.email, phone: office!.phone }] : []),
        ];
    const labels = this.contactLabels;
    return html`<section part="panel" class="panel" role="dialog" aria-labelledby=${id} tabindex="-1">
      <div class="panel-head">${heading(this.headingLevel, item.name, { id })} ${close}</div>
      <dl>
        <dt>${m.kind}</dt>
        <dd><span class="symbol ${place.type}" aria-hidden="true"></span> ${partner ? partner.kind : m.office}</dd>
        <dt>${m.land}</dt>
        <dd>${landName(place.land, lang)}</dd>
        ${
          partner?.joined
            ? html`<dt>${m.joined}</dt>
                <dd>${formatJoined(partner.joined, lang)}</dd>`
            : nothing
        }
        ${
          office?.organization
            ? html`<dt>${m.organization}</dt>
                <dd>
                  <span class="address-line"
                    >${link(office.organization.url, office.organization.name, this.t.externalLink)}</span
                  >
                  ${office.organization.address ? addressLines(office.organization.address) : nothing}
                </dd>`
            : nothing
        }
        ${
          item.focus?.length
            ? html`<dt>${m.focus}</dt>
                <dd>
                  <ul class="tags">
                    ${item.focus.map((f) => html`<li>${f}</li>`)}
                  </ul>
                </dd>`
            : nothing
        }
        ${
          contacts.length
            ? html`<dt>${m.contact}</dt>
                ${contacts.map((c) => html`<dd class="contact">${contactLines(c, labels)}</dd>`)}`
            : nothing
        }
      </dl>
      ${place.problem ? html`<p class="problem">${m.notOnMapWhy}</p>` : nothing}
      ${safeHref(item.url) ? html`<p class="website">${link(item.url, m.website, this.t.externalLink)}</p>` : nothing}
    </section>`;
  }

  private renderLegend(ranges: [number, number][]): TemplateResult {
    const m = this.m;
    const n = (v: number) => this.number(v);
    return html`<div part="legend" class="legend">
      ${
        ranges.length && this.showPartners && !this.focusLand
          ? html`<p class="legend-title">${m.legendTitle}</p>
              <ul class="swatches">
                <li><span class="swatch shade-0" aria-hidden="true"></span>0</li>
                ${ranges.map(
                  ([from, to], i) =>
                    html`<li>
                      <span class="swatch shade-${i + 1}" aria-hidden="true"></span
                      >${from === to ? n(from) : `${n(from)}–${n(to)}`}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      <p class="legend-title">${m.legendSymbols}</p>
      <ul class="symbols">
        <li><span class="symbol partner" aria-hidden="true"></span>${m.partner}</li>
        <li><span class="symbol office" aria-hidden="true"></span>${m.office}</li>
        <li><span class="symbol group" aria-hidden="true">3</span>${m.group}</li>
      </ul>
    </div>`;
  }

  private renderList(visible: Place[]): TemplateResult {
    const m = this.m;
    const lang = this.uiLang;
    const byLand = new Map<LandCode, Place[]>();
    for (const p of visible) byLand.set(p.land, [...(byLand.get(p.land) ?? []), p]);
    const titleId = `${this.uid}-list`;
    return html`<section part="list" class="list" tabindex="-1" aria-labelledby=${titleId}>
      ${heading(this.headingLevel, m.listTitle, { id: titleId })}
      ${
        visible.length
          ? // The names are buttons (keyboards use them directly); their clicks are handled once here.
            // eslint-disable-next-line lit-a11y/click-events-have-key-events
            html`<div class="columns" @click=${this.onListClick}>
              ${[...byLand].map(
                ([land, places]) =>
                  html`<section class="land-group" aria-labelledby="${this.uid}-l-${land}">
                    ${heading(
                      this.headingLevel,
                      html`${landName(land, lang)} <span class="count">(${this.number(places.length)})</span>`,
                      {
                        id: `${this.uid}-l-${land}`,
                        offset: 1,
                      },
                    )}
                    <p class="visually-hidden">${this.summary(places)}</p>
                    <ul>
                      ${places.map((p) => this.renderListItem(p))}
                    </ul>
                  </section>`,
              )}
            </div>`
          : this.renderEmpty(this.resetFilters)
      }
    </section>`;
  }

  private renderListItem(p: Place): TemplateResult {
    const m = this.m;
    const selected = this.selected === p.key;
    const partner = p.type === 'partner' ? (p.item as Partner) : undefined;
    const website = safeHref(p.item.url);
    const joined = partner?.joined ? ` · ${m.since(formatJoined(partner.joined, this.uiLang))}` : '';
    const label =
      website && `${m.website} ${m.websiteOf(p.item.name)}${this.external(website) ? ` ${this.t.externalLink}` : ''}`;
    return html`<li class="item ${p.type}${selected ? ' selected' : ''}" data-key=${p.key}>
      <button type="button" class="linkish" aria-current=${selected ? 'true' : 'false'}>${p.item.name}</button>
      <span class="meta"
        >${partner ? partner.kind : m.office}${joined}${p.problem ? html` · <em class="problem">${m.notOnMap}</em>` : nothing}${
          website ? html` · <a href=${website!} aria-label=${label!}>${m.website}</a>` : nothing
        }</span
      >
    </li>`;
  }
}

define('kgc-partner-map', KgcPartnerMap);

declare global {
  interface HTMLElementTagNameMap {
    'kgc-partner-map': KgcPartnerMap;
  }
}
