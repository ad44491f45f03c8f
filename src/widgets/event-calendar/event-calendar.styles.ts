import { css } from 'lit';

/** The host, the toolbar and the filters; the views' styles follow in their own modules (see event-calendar.ts). */
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
    font-size: var(--_size-display);
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
    font-size: var(--_size-display);
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
    font-weight: 700;
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
    font-size: var(--_size-small);
  }
  .filter-label {
    font-weight: 700;
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
  /* Narrow containers: the toolbar wraps, the title takes its own line. */
  @container (max-width: 36em) {
    .toolbar {
      gap: 0.5em;
    }
    .toolbar .title {
      flex-basis: 100%;
      font-size: var(--_size-title);
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
`;

/** Windows high-contrast mode for the toolbar and the month grid; last, so it wins over both. */
export const forcedColorStyles = css`
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
