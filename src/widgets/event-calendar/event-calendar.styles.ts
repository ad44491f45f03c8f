import { css } from 'lit';

export const styles = css`
  :host {
    --_day-height: var(--kgc-event-calendar-day-height, 6.5em);
    --_event-bg: color-mix(in srgb, var(--_primary) 9%, var(--_surface));
    overflow-wrap: break-word;
  }
  .title,
  .item-heading,
  .dialog-title,
  .details-title,
  .chip-text {
    hyphens: auto;
  }
  .ruler {
    height: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1em;
    margin-bottom: 1em;
  }
  .title {
    flex: 1 1 12em;
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
  }
  .nav,
  .views {
    display: flex;
    gap: 0.375em;
  }
  .nav .button {
    min-width: 2.75em;
    justify-content: center;
    padding-inline: 0.75em;
  }
  .icon span[aria-hidden] {
    font-size: 1.5em;
    line-height: 0.8;
  }
  .views {
    gap: 0;
  }
  .view-button {
    min-height: 2.75em;
    padding: 0.4em 0.9em;
    border: 2px solid var(--_primary);
    background: var(--_surface);
    color: var(--_primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .view-button:first-child {
    border-radius: var(--_radius) 0 0 var(--_radius);
  }
  .view-button:last-child {
    border-radius: 0 var(--_radius) var(--_radius) 0;
    margin-left: -2px;
  }
  .view-button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .filters {
    margin-bottom: 1em;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .filters-title {
    padding: 0.625em 1em;
    font-weight: 700;
    cursor: pointer;
  }
  .filters-active {
    font-weight: 400;
    color: var(--_muted);
  }
  .filter-fields {
    /* slotted into the details' own shadow tree, so box-sizing does not inherit from :host */
    box-sizing: border-box;
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em 1em;
    padding: 0 1em 1em;
  }
  .filter {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 11em;
    min-width: 0;
    font-size: 0.9375em;
  }
  .filter-label {
    font-weight: 600;
  }
  select {
    width: 100%;
    min-height: 2.75em;
    padding: 0.4em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  /* Month grid */
  .grid {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
    background: var(--_surface);
  }
  .grid th {
    padding: 0.5em 0.25em;
    font-size: 0.875em;
    font-weight: 700;
    text-align: center;
    border-bottom: 2px solid var(--_primary);
  }
  .grid thead .week {
    width: 3.5em;
  }
  .grid tbody .week {
    border: 1px solid var(--_divider);
    border-bottom-width: 1px;
    background: var(--_surface-alt);
    color: var(--_muted);
    font-weight: 600;
    font-size: 0.8125em;
    text-align: center;
    vertical-align: top;
  }
  .day {
    height: var(--_day-height);
    padding: 0.25em 0.3em 0.35em;
    border: 1px solid var(--_divider);
    vertical-align: top;
    cursor: pointer;
    overflow: hidden;
  }
  .day:focus-visible {
    outline-offset: -3px;
  }
  .day.outside {
    background: var(--_surface-alt);
    color: var(--_muted);
  }
  .num {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 1.9em;
    height: 1.9em;
    margin-bottom: 0.125em;
    border-radius: 50%;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .today .num {
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
  }
  .chips {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chips li + li {
    margin-top: 0.2em;
  }
  .chip {
    display: block;
    width: 100%;
    padding: 0.15em 0.35em;
    border: 0;
    border-left: 0.25em solid var(--_primary);
    border-radius: 0 var(--_radius) var(--_radius) 0;
    background: var(--_event-bg);
    color: var(--_text);
    font: inherit;
    font-size: 0.8125em;
    line-height: 1.3;
    text-align: left;
    cursor: pointer;
  }
  .chip-text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  .chip:hover,
  .chip:focus-visible {
    background: color-mix(in srgb, var(--_primary) 18%, var(--_surface));
  }
  .chip.cont {
    border-left-style: dotted;
  }
  .chip .time {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .chip.cancelled,
  .chip.postponed {
    border-left-color: var(--_danger);
    border-left-style: dashed;
  }
  .cancelled .chip-title,
  .cancelled .item-title {
    text-decoration: line-through;
  }
  .flag {
    display: inline-block;
    padding: 0 0.3em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1.3;
    text-decoration: none;
  }
  .flag.national {
    color: var(--_muted);
    font-weight: 400;
  }
  .more {
    margin-top: 0.2em;
    padding: 0.1em 0.2em;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    font-size: 0.8125em;
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  .note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 1em 0 0;
    color: var(--_muted);
  }

  /* Narrow containers: days show bars instead of titles; everything stays in the day's name and dialog. */
  @container (max-width: 36em) {
    .grid th {
      font-size: 0.8125em;
      padding-inline: 0;
    }
    .grid thead .week {
      width: 2.5em;
    }
    .grid tbody .week span[aria-hidden] {
      font-size: 0.875em;
    }
    .day {
      height: 3.5em;
      padding: 0.15em;
      text-align: center;
    }
    .num {
      min-width: 1.75em;
      height: 1.75em;
    }
    .chip {
      height: 0.35em;
      padding: 0;
      border-left-width: 0;
      border-radius: var(--_radius);
      background: var(--_primary);
    }
    .chip {
      position: relative;
    }
    .chip > * {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .chip.cancelled,
    .chip.postponed {
      background: repeating-linear-gradient(90deg, var(--_danger) 0 0.25em, transparent 0.25em 0.4em);
    }
    .more {
      font-size: 0.75em;
      padding: 0;
    }
    .toolbar {
      gap: 0.5em;
    }
    .toolbar .title {
      flex-basis: 100%;
      font-size: 1.25em;
    }
    .views {
      margin-left: auto;
    }
    .view-button {
      padding-inline: 0.6em;
    }
    .nav .button {
      padding-inline: 0.6em;
    }
  }

  /* List view */
  .list section + section {
    margin-top: 1.5em;
  }
  .list-month {
    margin: 0 0 0.25em;
    padding-bottom: 0.25em;
    border-bottom: 2px solid var(--_primary);
    font-size: 1.125em;
  }
  .agenda {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    grid-template-columns: 3.5em minmax(0, 1fr);
    gap: 0.75em;
    padding: 0.875em 0;
    border-bottom: 1px solid var(--_divider);
  }
  .badge {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    align-self: start;
    padding: 0.3em 0;
    border: 1px solid var(--_divider);
    border-top: 0.25em solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    line-height: 1.1;
  }
  .badge-day {
    font-size: 1.375em;
    font-weight: 700;
  }
  .badge-month {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .item-heading {
    margin: 0 0 0.25em;
    font-size: 1.0625em;
    line-height: 1.35;
  }
  .link-button {
    max-width: 100%;
    overflow-wrap: anywhere;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    font-weight: 700;
    text-align: left;
    text-decoration: underline;
    text-decoration-thickness: 0.0625em;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link-button:hover {
    text-decoration-thickness: 0.125em;
  }
  .item p {
    margin: 0.125em 0 0;
  }
  .when {
    font-weight: 600;
  }
  .where,
  .meta {
    color: var(--_muted);
  }
  .online {
    font-weight: 600;
    color: var(--_text);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .tags li {
    padding: 0.05em 0.55em;
    border: 1px solid var(--_divider);
    border-radius: 1em;
    background: var(--_surface-alt);
    font-size: 0.8125em;
  }
  .more-list {
    margin-top: 1em;
  }
  /* Very narrow (a sidebar): the date is in the text anyway, the titles get the whole width. */
  @container (max-width: 20em) {
    .item {
      grid-template-columns: minmax(0, 1fr);
    }
    .badge {
      display: none;
    }
  }

  /* Actions */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.5em;
    margin-top: 1.25em;
  }
  .subscribe {
    margin: 0;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* Details dialog */
  .dialog {
    width: min(40em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    padding: 0;
    border: 0;
    border-top: 0.375em solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.5em 2em rgb(0 0 0 / 0.3);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-content {
    container-type: inline-size;
    padding: 1.25em 1.5em 1.5em;
  }
  .dialog-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1em;
  }
  .dialog-title {
    flex: 1 1 0;
    min-width: 0;
    margin: 0.2em 0 0;
    font-size: 1.375em;
    line-height: 1.3;
  }
  .close {
    flex: none;
  }
  .details + .details {
    margin-top: 1.5em;
    padding-top: 1em;
    border-top: 1px solid var(--_divider);
  }
  .details-title {
    margin: 1em 0 0;
    font-size: 1.125em;
  }
  .details dl {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: 0.375em 1em;
    margin: 1em 0;
  }
  .details dt {
    font-weight: 700;
  }
  .details dd {
    margin: 0;
  }
  .details dd .tags {
    margin: 0;
  }
  .line {
    display: block;
  }
  .summary {
    margin: 0 0 1em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.25em;
    margin: 0;
  }
  @container (max-width: 30em) {
    .details dl {
      grid-template-columns: 1fr;
      gap: 0.125em;
    }
    .details dd {
      margin-bottom: 0.5em;
    }
  }

  @media (forced-colors: active) {
    .chip,
    .view-button,
    .flag {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .view-button[aria-pressed='true'],
    .today .num {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .day.outside {
      color: GrayText;
    }
  }
`;
