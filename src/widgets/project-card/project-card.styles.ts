import { css } from 'lit';

export const styles = css`
  :host {
    --_card-bg: var(--kgc-project-card-background, var(--_surface));
    --_badge: var(--kgc-project-badge-color, var(--_success));
  }
  .card {
    margin: 0;
  }
  .teaser {
    height: 100%;
    padding: 1.1em 1.25em 1.2em;
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_card-bg);
  }
  .title {
    margin: 0;
    font-size: var(--kgc-project-title-size, var(--_size-title));
    line-height: 1.3;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .full .title {
    font-size: var(--kgc-project-title-size, 1.75em);
    line-height: 1.2;
  }
  .title-link {
    color: var(--_primary);
    text-decoration: none;
  }
  a.title-link:hover,
  button.title-link:hover {
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
  }
  button.title-link {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .meta-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em 0.9em;
    margin: 0.35em 0 0.7em;
  }
  .meta {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_size-small);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    margin: 0;
    padding: 0.1em 0.65em 0.1em 0.5em;
    border: 1px solid var(--_badge);
    border-radius: 1em;
    color: var(--_badge);
    font-size: var(--_size-small);
    font-weight: 700;
    line-height: 1.5;
    white-space: nowrap;
  }
  .summary {
    margin: 0 0 0.85em;
  }
  .teaser .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--kgc-project-summary-lines, 3);
    line-clamp: var(--kgc-project-summary-lines, 3);
    overflow: hidden;
  }
  .lead {
    font-size: var(--_size-item);
    max-width: 42em;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    padding: 0.15em 0.6em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    font-size: var(--_size-small);
    line-height: 1.5;
  }
  mark {
    background: var(--_highlight);
    color: inherit;
    border-radius: 0.15em;
  }

  /* The full Steckbrief */
  .full .head {
    padding-bottom: 0.5em;
    border-bottom: 3px solid var(--_primary);
  }
  .pair,
  .contacts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    gap: 0 2em;
  }
  .full > .section,
  .full > .pair {
    padding-top: 0.9em;
    margin-top: 0.9em;
    border-top: 1px solid var(--_divider);
  }
  .full > .head + .pair {
    border-top: 0;
  }
  .pair > .section + .section {
    /* side by side in wide containers; one below the other in narrow ones */
    margin-top: 0.9em;
  }
  @container (min-width: 34em) {
    .pair > .section + .section {
      margin-top: 0;
    }
  }
  .section-title {
    margin: 0 0 0.4em;
    font-size: var(--_size-item);
    line-height: 1.3;
  }
  .section p {
    margin: 0;
  }
  .bullets {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .bullets li + li {
    margin-top: 0.3em;
  }
  .columns {
    columns: 2 14em;
    column-gap: 2em;
  }
  .columns li {
    break-inside: avoid;
  }
  .contacts {
    margin-top: 1.25em;
    padding: 0 1.25em 1em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .contacts .section {
    padding-top: 1em;
  }
  address {
    font-style: normal;
    overflow-wrap: anywhere;
  }
  address .name {
    font-weight: 700;
  }
  .updated {
    margin: 1.25em 0 0;
    color: var(--_muted);
    font-size: var(--_size-small);
  }

  @media (forced-colors: active) {
    .badge,
    .tag {
      border: 1px solid CanvasText;
    }
    .teaser {
      border-color: CanvasText;
    }
  }
`;
