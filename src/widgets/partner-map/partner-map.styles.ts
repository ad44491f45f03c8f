import { css } from 'lit';
import { baseStyles } from '../../shared/styles.js';
import { clipped, linkLike } from '../../shared/style-parts.js';

export const styles = [
  ...baseStyles,
  css`
    :host {
      --_partner: var(--kgc-map-partner-color, #12365c);
      --_office: var(--kgc-map-office-color, #f2a900);
      --_land: var(--kgc-map-land-color, #eef1f4);
      --_shade: var(--kgc-map-shade-color, var(--_primary));
    }
    :is(h1, h2, h3, h4, h5, h6) {
      margin: 0;
      line-height: 1.25;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 0.75em;
      margin-bottom: 1em;
      padding: 0.6em 0.9em;
      background: var(--_surface-alt);
      border-radius: var(--_radius);
    }
    .field {
      display: flex;
      align-items: center;
      gap: 0.5em;
    }
    .field label {
      font-weight: 700;
    }
    select {
      font: inherit;
      color: inherit;
      min-height: 2.75em;
      max-width: 100%;
      padding: 0.3em 0.5em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    fieldset.show {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1em;
      margin: 0 0 0 auto;
      padding: 0;
      border: 0;
    }
    .check {
      display: inline-flex;
      align-items: center;
      gap: 0.45em;
      min-height: 2.75em;
      cursor: pointer;
    }
    .check input {
      width: 1.15em;
      height: 1.15em;
      margin: 0;
      accent-color: var(--_primary);
    }
    .layout.wide {
      display: grid;
      grid-template-columns: auto minmax(18em, 1fr);
      gap: 1.5em;
      align-items: start;
    }
    .map-column {
      position: relative;
      min-width: 0;
    }
    .frame {
      position: relative;
      overflow: hidden;
      border: 1px solid var(--_divider);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
      forced-color-adjust: none;
    }
    .wide svg {
      width: auto;
      max-width: 100%;
    }
    .land {
      fill: var(--_fill, var(--_land));
      stroke: var(--_surface);
      stroke-width: 1;
      stroke-linejoin: round;
      cursor: pointer;
    }
    .land:hover {
      stroke: var(--_partner);
      stroke-width: 1.5;
    }
    /* Shading by number of partners; shade-0 (none) keeps the Land colour. */
    .shade-1 {
      --_fill: color-mix(in srgb, var(--_shade) 16%, var(--_surface));
    }
    .shade-2 {
      --_fill: color-mix(in srgb, var(--_shade) 32%, var(--_surface));
    }
    .shade-3 {
      --_fill: color-mix(in srgb, var(--_shade) 50%, var(--_surface));
    }
    .shade-4 {
      --_fill: color-mix(in srgb, var(--_shade) 70%, var(--_surface));
    }
    .land.dim {
      stroke: var(--_surface);
      opacity: 0.55;
    }
    .land.current {
      fill: var(--_surface);
      stroke: var(--_partner);
      stroke-width: 1.5;
      cursor: default;
    }
    .kreis {
      fill: transparent;
      stroke: var(--_border);
      stroke-width: 0.75;
      stroke-linejoin: round;
    }
    .kreis:hover {
      fill: color-mix(in srgb, var(--_shade) 10%, transparent);
    }
    .marker {
      cursor: pointer;
      outline: none;
    }
    .marker .ring {
      fill: none;
      stroke: none;
      pointer-events: all;
    }
    .marker .shape {
      fill: var(--_partner);
      stroke: var(--_surface);
      stroke-width: 1.5;
    }
    .marker.office .shape {
      fill: var(--_office);
      stroke: var(--_partner);
    }
    .marker.group .shape {
      stroke-width: 2;
    }
    .marker.group.has-office .shape {
      stroke: var(--_office);
      stroke-width: 3;
    }
    .marker .count {
      fill: var(--_on-primary);
      font-size: 0.75em;
      font-weight: 700;
      text-anchor: middle;
      pointer-events: none;
    }
    .marker:hover .ring {
      stroke: var(--_partner);
      stroke-width: 1.5;
    }
    .marker.selected .ring {
      fill: var(--_highlight);
      stroke: var(--_text);
      stroke-width: 2;
    }
    .marker:focus-visible .ring {
      stroke: var(--_focus);
      stroke-width: 3.5;
    }
    .back,
    .zoom .button {
      min-height: 2.5em;
      padding: 0.35em 0.8em;
    }
    .back {
      position: absolute;
      top: 0.5em;
      left: 0.5em;
      box-shadow: 0 0.1em 0.4em rgb(0 0 0 / 0.15);
    }
    .notice {
      position: absolute;
      left: 0.5em;
      right: 0.5em;
      bottom: 2.5em;
      margin: 0;
      padding: 0.5em 0.75em;
      border-left: 0.3em solid var(--_danger);
      background: var(--_surface);
      font-size: var(--_size-small);
    }
    .attribution {
      margin: 0;
      padding: 0.35em 0.75em;
      border-top: 1px solid var(--_divider);
      color: var(--_muted);
      font-size: var(--_size-small);
    }
    .hint,
    .attribution {
      contain: inline-size;
    }
    .hint {
      margin: 0.4em 0 0;
      color: var(--_muted);
      font-size: var(--_size-small);
    }
    .skip:not(:focus) {
      ${clipped}
    }
    .skip {
      position: absolute;
      z-index: 1;
      top: 0.5em;
      right: 0.5em;
      padding: 0.5em 0.9em;
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_primary);
      font: inherit;
      font-weight: 700;
    }
    .side {
      display: flex;
      flex-direction: column;
      gap: 1.25em;
      margin-top: 1em;
    }
    .wide .side {
      margin-top: 0;
    }
    .summary {
      margin: 0;
      font-weight: 700;
    }
    .summary .where {
      color: var(--_muted);
      font-weight: 400;
    }
    .layout:not(.wide) .select-hint {
      display: none;
    }
    .select-hint {
      margin: 0;
      padding: 0.9em 1em;
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      color: var(--_muted);
    }
    .panel {
      padding: 0.9em 1em 1em;
      border: 1px solid var(--_divider);
      border-top: 0.3em solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_surface);
      box-shadow: 0 0.2em 0.8em rgb(0 0 0 / 0.08);
    }
    .panel-head {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: 0.5em;
    }
    .panel-head > :first-child {
      font-size: var(--_size-item);
      padding-top: 0.35em;
      overflow-wrap: anywhere;
    }
    .close {
      flex: none;
      width: 2.5em;
      height: 2.5em;
      border: 1px solid var(--_divider);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      font: inherit;
      font-size: var(--_size-item);
      line-height: 1;
      cursor: pointer;
    }
    .close:hover {
      background: var(--_surface-alt);
    }
    dl {
      margin: 0.75em 0 0;
    }
    dt {
      margin-top: 0.6em;
      color: var(--_muted);
      font-size: var(--_size-small);
      font-weight: 700;
    }
    dd {
      margin: 0.1em 0 0;
      overflow-wrap: anywhere;
    }
    dd.contact + dd.contact {
      margin-top: 0.5em;
    }
    .website {
      margin: 0.9em 0 0;
    }
    .group-list {
      margin: 0.75em 0 0;
      padding: 0;
      list-style: none;
    }
    .group-list li {
      display: flex;
      align-items: center;
      gap: 0.6em;
      padding: 0.3em 0;
      border-bottom: 1px solid var(--_divider);
    }
    .zoom {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin: 0.9em 0 0;
    }
    .zoom .button {
      font-size: var(--_size-small);
    }
    .legend {
      font-size: var(--_size-small);
    }
    .legend-title {
      margin: 0 0 0.35em;
      font-weight: 700;
    }
    .swatches,
    .symbols {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em 1em;
      margin: 0 0 0.9em;
      padding: 0;
      list-style: none;
    }
    .swatches li,
    .symbols li {
      display: flex;
      align-items: center;
      gap: 0.4em;
    }
    .swatch {
      width: 1.4em;
      height: 0.9em;
      border: 1px solid var(--_divider);
      background: var(--_fill, var(--_land));
      forced-color-adjust: none;
    }
    /* The marker shapes in the legend, the panel and the list: a circle, a diamond for offices. */
    .symbol,
    .item::before {
      width: 0.75em;
      height: 0.75em;
      border-radius: 50%;
      background: var(--_partner);
      forced-color-adjust: none;
    }
    .symbol.office,
    .item.office::before {
      border-radius: 0;
      border: 2px solid var(--_partner);
      background: var(--_office);
      transform: rotate(45deg) scale(0.9);
    }
    .symbol {
      flex: none;
      display: inline-block;
    }
    .symbol.group {
      display: inline-grid;
      place-items: center;
      width: 1.55em;
      height: 1.55em;
      color: var(--_on-primary);
      font-size: 1em; /* the legend's size */
      font-weight: 700;
    }
    .list {
      margin-top: 2em;
    }
    .list > :is(h1, h2, h3, h4, h5, h6) {
      margin-bottom: 0.75em;
      font-size: var(--_size-title);
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 17em), 1fr));
      align-items: start;
      gap: 1.25em 2em;
    }
    /* A Land's places off screen are neither laid out nor painted until they come near: each stage of the
       first view adds places, and its frame then lays out only what is on screen (a national map on the
       realistic feed came 25-35 % sooner on desktop, 10-20 % at 4x CPU). The DOM, focus, find in page and the
       accessibility tree keep all of them. The size before a group is first shown is a guess, then its own. */
    .land-group {
      content-visibility: auto;
      contain-intrinsic-size: auto 30em;
    }
    .land-group :is(h1, h2, h3, h4, h5, h6) {
      padding-bottom: 0.2em;
      border-bottom: 2px solid var(--_primary);
      font-size: var(--_size-item);
    }
    .land-group .count {
      color: var(--_muted);
      font-weight: 400;
    }
    .land-group ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      position: relative;
      padding: 0.4em 0.35em 0.4em 1.65em; /* room for a focus ring: the group's containment clips at its edge */
      border-bottom: 1px solid var(--_divider);
    }
    .item::before {
      content: '';
      position: absolute;
      left: 0.35em;
      top: 0.75em;
    }
    .item .meta {
      display: block;
    }
    .item.selected {
      background: var(--_highlight);
    }
    .linkish {
      padding: 0;
      ${linkLike}
      font-weight: 700;
      text-align: start;
      overflow-wrap: break-word;
    }
    .linkish:hover {
      text-decoration-thickness: 0.125em;
    }
    .meta {
      color: var(--_muted);
      font-size: var(--_size-small);
    }
    .problem {
      color: var(--_danger);
      font-style: normal;
    }
    @container (max-width: 32em) {
      fieldset.show {
        margin-left: 0;
      }
      .field {
        flex: 1 1 100%;
        flex-direction: column;
        align-items: stretch;
        gap: 0.2em;
      }
    }
    @media (forced-colors: active) {
      .marker:focus-visible .ring {
        stroke: Highlight;
      }
      .item.selected {
        outline: 2px solid Highlight;
      }
    }
  `,
];
