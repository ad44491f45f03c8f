import { css } from 'lit';
import { clipped } from '../../shared/style-parts.js';

/** The month grid: days, chips, flags; in narrow containers the chips become bars. */
export const monthGridStyles = css`
  .grid {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
    background: var(--_surface);
  }
  .grid th {
    padding: 0.5em 0.25em;
    font-size: var(--_size-small);
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
    font-weight: 700;
    font-size: var(--_size-small);
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
    font-weight: 700;
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
    font-size: var(--_size-small);
    line-height: 1.3;
    text-align: left;
    cursor: pointer;
  }
  .chip-text {
    overflow-wrap: anywhere; /* a long word breaks inside a day's narrow column (Firefox, WebKit) */
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
    font-size: 1em; /* the chip's size */
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
    font-size: var(--_size-small);
    font-weight: 700;
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
      font-size: var(--_size-small);
      padding-inline: 0;
    }
    .grid thead .week {
      width: 2.5em;
    }
    .grid tbody .week span[aria-hidden] {
      font-size: 1em; /* the week cell's size */
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
      ${clipped}
    }
    .chip.cancelled,
    .chip.postponed {
      background: repeating-linear-gradient(90deg, var(--_danger) 0 0.25em, transparent 0.25em 0.4em);
    }
    .more {
      font-size: var(--_size-small);
      padding: 0;
    }
  }
`;
