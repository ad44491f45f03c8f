/**
 * The markers: partners (circles), offices (diamonds) and groups of markers that overlap at the current size
 * (a circle with the count), as one layer whose clicks and keys are handled once (Enter or Space opens; the
 * arrows, Home and End move between markers).
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { Partner } from '../../feed/schema.js';
import type { PartnerMapMessages } from './messages.js';
import { groupMarkers, type Group, type Place } from './places.js';
import { ViewMemo } from '../../shared/memo.js';

/** Marker radius and the distance (px) under which two markers overlap and are grouped. */
const R = 6;
const GROUP_DISTANCE = 2 * R + 3;
/** Drawn radius of a marker standing for `n` places. */
const radius = (n: number) => (n === 1 ? R + 1 : R + 4 + Math.min(6, Math.log2(n) * 2));

/** The visible places at their drawn position, overlapping ones grouped. */
export function markerGroups(visible: Place[], project: (at: [number, number]) => [number, number]): Group[] {
  const points: { place: Place; x: number; y: number }[] = [];
  for (const place of visible) {
    const xy = place.at && project(place.at);
    if (xy) points.push({ place, x: xy[0], y: xy[1] });
  }
  return groupMarkers(points, GROUP_DISTANCE, radius);
}

/** The key a marker opens: a place's, or `group:<key>`. */
export const markerKey = (g: Group): string => (g.members.length === 1 ? g.members[0].key : `group:${g.key}`);

export interface MarkersView {
  m: PartnerMapMessages;
  groups: Group[];
  /** The open place or group. */
  selected: string | undefined;
  onOpen: (key: string, marker: Element) => void;
}

export function markersView(v: MarkersView): SVGTemplateResult {
  const onClick = (event: Event) => {
    const marker = (event.target as Element).closest('.marker');
    if (marker) v.onOpen(marker.getAttribute('data-key')!, marker);
  };
  const onKey = (event: KeyboardEvent) => {
    const marker = (event.target as Element).closest<SVGGElement>('.marker');
    if (!marker) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      v.onOpen(marker.getAttribute('data-key')!, marker);
      return;
    }
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const markers = [...marker.parentElement!.querySelectorAll<SVGGElement>('.marker')];
    markers[move(markers.indexOf(marker), markers.length)]?.focus();
  };
  return svg`<g class="markers" @click=${onClick} @keydown=${onKey}>${v.groups.map((g) => markerView(v, g))}</g>`;
}

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * Each group's marker as last rendered, with the messages and selection it shows (the groups stay the same objects
 * while the map's size and places do: a selection re-renders the markers it changes).
 */
const markers = new ViewMemo<Group, SVGTemplateResult>();

/**
 * One marker, as one template per kind without nested ones (a national map draws some 200 at once, in the
 * first view's task that also adds the side column): the ring is the focus ring, the selection halo and the
 * hit area.
 */
function markerView(v: MarkersView, g: Group): SVGTemplateResult {
  const open = v.selected;
  const selected = open && (open === `group:${g.key}` || g.members.some((p) => p.key === open)) ? ' selected' : '';
  return markers.get(g, [v.m, selected], () => newMarkerView(v.m, g, selected));
}

function newMarkerView(m: PartnerMapMessages, g: Group, selected: string): SVGTemplateResult {
  const n = g.members.length;
  const place = g.members[0];
  const key = markerKey(g);
  const at = `translate(${g.x.toFixed(1)} ${g.y.toFixed(1)})`;
  if (n === 1 && place.type === 'office') {
    return svg`<g class="marker office${selected}" role="button" tabindex="0" aria-haspopup="dialog"
      aria-label=${`${place.item.name} (${m.office})`} data-key=${key} transform=${at}
      ><circle class="ring" r="11"></circle><path class="shape" d="M0-8.5 8.5 0 0 8.5-8.5 0Z"></path></g>`;
  }
  if (n === 1) {
    return svg`<g class="marker partner${selected}" role="button" tabindex="0" aria-haspopup="dialog"
      aria-label=${`${place.item.name} (${(place.item as Partner).kind})`} data-key=${key} transform=${at}
      ><circle class="ring" r="11"></circle><circle class="shape" r="6"></circle></g>`;
  }
  const names = g.members.slice(0, 4).map((p) => p.item.name);
  const label = m.groupLabel(n, `${names.join(', ')}${n > 4 ? ` ${m.andMore(n - 4)}` : ''}`);
  const r = radius(n);
  const office = g.members.some((p) => p.type === 'office') ? ' has-office' : '';
  return svg`<g class="marker group${office}${selected}" role="button" tabindex="0" aria-haspopup="dialog"
    aria-label=${label} data-key=${key} transform=${at}
    ><circle class="ring" r=${r + 5}></circle><circle class="shape" r=${r}></circle
    ><text class="count" dy="0.35em">${n}</text></g>`;
}
