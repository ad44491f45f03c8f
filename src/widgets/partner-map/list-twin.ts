/**
 * The list twin: the same places as the map, grouped by Land, always in the DOM (the map's accessible
 * equivalent, and the skip link's target); a name opens the same panel as its marker.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../shared/heading.js';
import { landName, type LandCode } from '../../shared/laender.js';
import { safeHref } from '../../shared/safe-url.js';
import { ViewMemo } from '../../shared/memo.js';
import type { Partner } from '../../feed/schema.js';
import type { Place } from './places.js';
import { formatJoined, summary, type MapContext } from './texts.js';

/** Places the first stage of the list twin renders, after the map's own stage (see KgcElement.stage). */
const TWIN_STAGE = 30;
/** Stages of the first view before the twin's: the map and its controls, then the markers. */
export const MAP_STAGES = 2;
/** What a later stage may take: its update runs about this long (ms), wherever it runs. */
const STAGE_MS = 25;

/**
 * How much of the list twin the first view has rendered, stage by stage, after the map's own `MAP_STAGES`
 * (the map, then its markers). The twin's first stage renders TWIN_STAGE places; each further one as many as
 * fit in STAGE_MS by the last stage's pace. A fixed count
 * fits either a phone (at 4× CPU, 30 places took 40–50 ms) or a desktop (10–16 ms: a national map's 500
 * places took 17 stages, a frame each, about twice as long as one render of them all).
 */
export class TwinStages {
  private stage = -1;
  private shown = 0;
  private size = TWIN_STAGE;
  private started = 0;
  private timed = true;

  /** The places rendered at `stage` (call it as the stage's update starts). */
  rendered(stage: number): number {
    if (stage === Infinity) return Infinity;
    if (stage !== this.stage) {
      if (stage < MAP_STAGES) {
        this.shown = 0;
        this.size = TWIN_STAGE;
      } else {
        this.shown += this.size;
      }
      this.stage = stage;
      this.started = performance.now();
      this.timed = stage < MAP_STAGES; // the map's own stages say nothing about the pace of the list
    }
    return this.shown;
  }

  /** The stage's update is done: the next stage's size follows from its pace. */
  done(): void {
    if (this.timed) return;
    this.timed = true;
    const ms = Math.max(1, performance.now() - this.started);
    this.size = Math.min(200, Math.max(10, Math.round((this.size * STAGE_MS) / ms)));
  }
}

export interface ListTwinView extends MapContext {
  visible: Place[];
  /** How many of them are rendered yet (the first view adds TWIN_STAGE per stage). */
  rendered: number;
  selected: string | undefined;
  onOpen: (key: string, opener: Element) => void;
  /** The empty state with "Filter zurücksetzen". */
  empty: () => TemplateResult;
}

/** Places by Land, in the order of their first place. */
function byLandOf(places: readonly Place[]): Map<LandCode, Place[]> {
  const byLand = new Map<LandCode, Place[]>();
  for (const p of places) {
    const list = byLand.get(p.land);
    if (list) list.push(p);
    else byLand.set(p.land, [p]);
  }
  return byLand;
}

export function listTwinView(v: ListTwinView): TemplateResult {
  const { m, lang } = v;
  // A group's heading and summary count all of its Land's places from the first stage on, not those rendered
  // so far: the numbers stay put while stages add the items (and a stage changes no text above them).
  const all = byLandOf(v.visible);
  const byLand = v.rendered >= v.visible.length ? all : byLandOf(v.visible.slice(0, v.rendered));
  const titleId = `${v.uid}-list`;
  /** Clicks on the names, handled once. */
  const onClick = (event: Event) => {
    const button = (event.target as Element).closest('.item > button');
    if (button) v.onOpen(button.parentElement!.dataset.key!, button);
  };
  return html`<section part="list" class="list" tabindex="-1" aria-labelledby=${titleId}>
    ${heading(v.headingLevel, m.listTitle, { id: titleId })}
    ${
      v.visible.length
        ? // The names are buttons (keyboards use them directly); their clicks are handled once here.
          // eslint-disable-next-line lit-a11y/click-events-have-key-events
          html`<div class="columns" @click=${onClick}>
            ${[...byLand].map(
              ([land, places]) =>
                html`<section part="land-group" class="land-group" aria-labelledby="${v.uid}-l-${land}">
                  ${heading(
                    v.headingLevel,
                    html`${landName(land, lang)} <span class="count">(${v.number(all.get(land)!.length)})</span>`,
                    { id: `${v.uid}-l-${land}`, offset: 1 },
                  )}
                  <p class="visually-hidden">${summary(all.get(land)!, m)}</p>
                  <ul>
                    ${places.map((p) => itemView(v, p))}
                  </ul>
                </section>`,
            )}
          </div>`
        : v.empty()
    }
  </section>`;
}

/** `isExternal` for an href that `safeHref` already normalised, without parsing it again (the list has hundreds). */
const external = (href: string): boolean => /^https?:/.test(href) && !href.startsWith(`${location.origin}/`);

/**
 * Each place's item as last rendered, with the messages and selection it shows: each stage of the first view
 * renders the places of the stages before it again, and their items stay the same objects (lit then only
 * compares their values), so a stage costs what it adds.
 */
const items = new ViewMemo<Place, TemplateResult>();

function itemView(v: ListTwinView, p: Place): TemplateResult {
  const selected = v.selected === p.key;
  return items.get(p, [v.m, selected], () => newItemView(v, p, selected));
}

function newItemView(v: ListTwinView, p: Place, selected: boolean): TemplateResult {
  const { m } = v;
  const partner = p.type === 'partner' ? (p.item as Partner) : undefined;
  const website = safeHref(p.item.url);
  const joined = partner?.joined ? ` · ${m.since(formatJoined(partner.joined, v.lang))}` : '';
  const label = website && `${m.website} ${m.websiteOf(p.item.name)}${external(website) ? ` ${v.t.externalLink}` : ''}`;
  return html`<li class="item ${p.type}${selected ? ' selected' : ''}" data-key=${p.key}>
    <button type="button" class="linkish" aria-current=${selected ? 'true' : 'false'}>${p.item.name}</button>
    <span class="meta"
      >${partner ? partner.kind : m.office}${joined}${p.problem ? html` · <em class="problem">${m.notOnMap}</em>` : nothing}${
        website ? html` · <a href=${website!} aria-label=${label!}>${m.website}</a>` : nothing
      }</span
    >
  </li>`;
}
