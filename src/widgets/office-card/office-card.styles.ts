import { css } from 'lit';
import { baseStyles } from '../../shared/styles.js';

export const styles = [
  ...baseStyles,
  css`
    .card {
      padding: calc(var(--_space) * 1.25);
      border: 1px solid var(--_divider);
      border-top: 0.3em solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .kicker {
      margin: 0 0 0.25em;
      color: var(--_muted);
      font-size: var(--_size-small);
      font-weight: 700;
      letter-spacing: 0.02em;
    }
    .title {
      margin: 0 0 0.75em;
      font-size: var(--_size-title);
      line-height: 1.25;
      overflow-wrap: anywhere;
    }
    .facts {
      display: grid;
      gap: 0 1.5em;
      margin: 0;
    }
    @container (min-width: 34em) {
      .facts {
        grid-template-columns: 1fr 1fr;
      }
      .facts .wide {
        grid-column: 1 / -1;
      }
    }
    .facts > div {
      min-width: 0;
      margin-bottom: 0.9em;
    }
    dt {
      color: var(--_muted);
      font-size: var(--_size-small);
      font-weight: 700;
    }
    dd {
      margin: 0.15em 0 0;
      overflow-wrap: anywhere;
    }
    dd + dd {
      margin-top: 0.6em;
    }
    .state.empty p:last-child {
      margin-bottom: 0;
    }
  `,
];
