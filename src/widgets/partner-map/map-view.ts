/**
 * The geometry view: the map's size (a ResizeObserver on the element, read in a task after the frame), its layout
 * beside the side column, the projected Länder and Kreise (drawn once per Land, size and Kreise), and the SVG
 * with the "Ganz Deutschland" button, the source note and the keyboard hint.
 */
import { html, nothing, svg, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { landName, type LandCode } from '../../shared/laender.js';
import { aspectOf, fitted, landFeatures, target, type KreisFeature } from './geo.js';
import { markersView, type MarkersView } from './markers.js';
import { shadeOf } from './places.js';
import type { MapContext } from './texts.js';

const LICENCE_URL = 'https://www.govdata.de/dl-de/by-2-0';
/** The source note the licence requires, in its own words in either language. */
const ATTRIBUTION = '© GeoBasis-DE / BKG (2016), Daten verändert';
const PAD = 10;

export interface Box {
  /** Content width of the element (0 while hidden) and its font size, both in px. */
  width: number;
  font: number;
}

/** The element's content box, measured when it changes (by a whole pixel or in font size). */
export class MapSize implements ReactiveController {
  box: Box | undefined;
  private observer?: ResizeObserver;
  private timer = 0;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      // Measured here, where layout is done (later it would be forced again); updated in a task after this
      // frame: resizing inside the observer's callback would re-trigger it in the same frame, and in the next
      // frame's own task the update would run in one task with that frame's layout.
      const box = { width: Math.floor(entry.contentRect.width), font: this.font() };
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => {
        if (!this.box || Math.abs(box.width - this.box.width) >= 1 || box.font !== this.box.font) {
          this.box = box;
          this.host.requestUpdate();
        }
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.timer);
  }

  /** Measures now when nothing was measured yet (the first render of a loaded feed). */
  ensure(): void {
    if (!this.box) this.box = this.measure();
  }

  private font(): number {
    return parseFloat(getComputedStyle(this.host).fontSize) || 16;
  }

  private measure(): Box {
    const style = getComputedStyle(this.host);
    const width = this.host.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0);
    return { width: Math.max(0, Math.floor(width)), font: this.font() };
  }
}

/** The map's size: beside the side column in wide containers, else the full width. */
export function layout(
  box: Box | undefined,
  land: LandCode | undefined,
): { wide: boolean; width: number; height: number } {
  const { width: boxWidth, font } = box ?? { width: 0, font: 16 };
  const wide = boxWidth >= 46 * font;
  // Wide: the map takes what the side column (18em + 1.5em gap) leaves, but no more than its height needs.
  const available = wide ? boxWidth - 19.5 * font : boxWidth || 640;
  const aspect = aspectOf(target(land));
  const height = Math.round(Math.min(Math.max(available * aspect, 15 * font), 48 * font, available * 1.6));
  const width = Math.round(wide ? Math.min(available, (height - 2 * PAD) / aspect + 2 * PAD + 2 * font) : available);
  return { wide, width, height };
}

export interface Drawn {
  key: string;
  width: number;
  height: number;
  project: (at: [number, number]) => [number, number];
  laender: { id: LandCode; d: string }[];
  kreise: { k: KreisFeature; d: string }[];
}

/** The projected paths, kept while the Land, the size and the Kreise stay the same. */
export class Drawing {
  private drawn?: Drawn;

  draw(
    land: LandCode | undefined,
    kreise: KreisFeature[] | undefined,
    width: number,
    height: number,
    font: number,
  ): Drawn {
    const key = `${land}|${width}|${height}|${font}|${kreise ? 'k' : ''}`;
    if (this.drawn?.key === key) return this.drawn;
    // Focused: room at the top for the "Ganz Deutschland" button.
    const { point, path } = fitted(target(land), width, height, PAD, land ? 3.5 * font : PAD);
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
}

export interface MapView extends MapContext, MarkersView {
  drawn: Drawn;
  land: LandCode | undefined;
  /** Partners per Land and the shading step. */
  counts: Map<LandCode, number>;
  step: number;
  kreiseFailed: boolean;
  onLand: (land: LandCode) => void;
  onWholeGermany: () => void;
}

export function mapView(v: MapView): TemplateResult {
  const { m, lang, drawn, land } = v;
  const where = land ? landName(land, lang) : m.germany;
  return html`<div class="frame">
      <svg
        part="map"
        role="group"
        aria-label=${m.mapLabel(where)}
        aria-describedby="${v.uid}-hint"
        viewBox="0 0 ${drawn.width} ${drawn.height}"
        width=${drawn.width}
        height=${drawn.height}
        class=${land ? 'focused' : ''}
      >
        <g class="laender" aria-hidden="true">
          ${drawn.laender.map(({ id, d }) => {
            const count = v.counts.get(id) ?? 0;
            const state = land ? (id === land ? 'current' : 'dim') : `shade-${shadeOf(count, v.step)}`;
            return svg`<path class="land ${state}" data-land=${id} d=${d} @click=${() => v.onLand(id)}><title>${landName(id, lang)}: ${m.partners(count)}</title></path>`;
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
        ${markersView(v)}
      </svg>
      ${
        land
          ? html`<button type="button" class="button secondary back" @click=${v.onWholeGermany}>
              <span aria-hidden="true">←</span> ${m.wholeGermany}
            </button>`
          : nothing
      }
      ${v.kreiseFailed ? html`<p class="notice">${m.kreiseError}</p>` : nothing}
      <p part="attribution" class="attribution">
        ${ATTRIBUTION} ·
        <a href=${LICENCE_URL}>${m.licence}<span class="visually-hidden"> ${v.t.externalLink}</span></a>
      </p>
    </div>
    <p id="${v.uid}-hint" class="hint">${m.keyboardHint}</p>`;
}

/** The shading classes (when the whole country is shown) and the marker symbols. */
export function legendView(v: MapContext & { ranges: [number, number][]; shaded: boolean }): TemplateResult {
  const { m, number: n } = v;
  return html`<div part="legend" class="legend">
    ${
      v.ranges.length && v.shaded
        ? html`<p class="legend-title">${m.legendTitle}</p>
            <ul class="swatches">
              <li><span class="swatch shade-0" aria-hidden="true"></span>0</li>
              ${v.ranges.map(
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
