import { css } from 'lit';
import { countPill, linkLike } from '../../shared/style-parts.js';

export const styles = css`
  :host {
    --_sidebar: var(--kgc-project-list-sidebar, 16em);
  }
  .layout {
    display: grid;
    grid-template-columns: var(--_sidebar) minmax(0, 1fr);
    grid-template-areas:
      'search search'
      'filters results';
    gap: 1.75em 2.25em;
    align-items: start;
  }
  .layout.no-facets {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'search' 'results';
  }

  /* Search */
  .search {
    grid-area: search;
    max-width: 44em;
  }
  .search-label {
    display: block;
    margin-bottom: 0.35em;
    font-weight: 700;
  }
  .search-field {
    position: relative;
  }
  .search-field svg {
    position: absolute;
    inset-inline-start: 0.75em;
    top: 50%;
    transform: translateY(-50%);
    color: var(--_muted);
    pointer-events: none;
  }
  input[type='search'] {
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.75em 0.5em 2.6em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  input[type='search']::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  /* Facets */
  .filters {
    grid-area: filters;
  }
  .filter-toggle,
  .show-results {
    display: none;
  }
  .filters-title {
    margin: 0 0 0.75em;
    font-size: var(--_size-item);
    line-height: 1.3;
  }
  .facet {
    min-width: 0;
    margin: 0 0 1.1em;
    padding: 0.9em 0 0;
    border: 0;
    border-top: 1px solid var(--_divider);
  }
  .facet legend {
    float: left;
    width: 100%;
    margin: 0 0 0.4em;
    padding: 0;
    font-weight: 700;
  }
  .facet legend + * {
    clear: left;
  }
  .facet-filter.facet-filter {
    min-height: 2.25em;
    margin-bottom: 0.4em;
    padding: 0.3em 0.6em;
    border-width: 1px;
    font-size: var(--_size-small);
  }
  .options {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.55em;
    padding: 0.3em 0;
    cursor: pointer;
    line-height: 1.35;
  }
  .option input {
    flex: none;
    width: 1.15em;
    height: 1.15em;
    margin: 0.1em 0 0;
    accent-color: var(--_primary);
    cursor: pointer;
  }
  .option-label {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .option-count {
    ${countPill}
    flex: none;
    min-width: 1.75em;
    line-height: 1.65;
    font-variant-numeric: tabular-nums;
  }
  .link-button {
    padding: 0.25em 0;
    ${linkLike}
    font-weight: 700;
  }
  .link-button:hover {
    text-decoration-thickness: 0.125em;
  }

  /* Results */
  .results {
    grid-area: results;
    min-width: 0;
  }
  .results-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1.5em;
    margin-bottom: 1em;
    padding-bottom: 0.6em;
    border-bottom: 2px solid var(--_primary);
  }
  .count {
    margin: 0;
    outline-offset: 4px;
    font-weight: 700;
    font-size: var(--_size-item);
  }
  .sort {
    display: flex;
    align-items: center;
    gap: 0.5em;
    color: var(--_muted);
    font-size: var(--_size-small);
  }
  select {
    min-height: 2.25em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  kgc-project-card {
    /* the card's own :host sizes it from --kgc-font-size: the list's size, not that token once more */
    --kgc-font-size: 1em;
  }
  .list {
    display: grid;
    gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .more {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.6em;
    margin-top: 1.5em;
  }
  .more p {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_size-small);
  }

  @container (max-width: 40em) {
    .layout,
    .layout.no-facets {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'search' 'filters' 'results';
      gap: 1em;
    }
    .filter-toggle,
    .show-results {
      display: inline-flex;
    }
    .show-results {
      width: 100%;
      justify-content: center;
      margin: 0.5em 0;
    }
    .facets .facet:first-of-type {
      border-top: 0;
    }
    .filters-title {
      display: none;
    }
    .facets:not(.open) {
      display: none;
    }
    .facets {
      margin-top: 0.75em;
      padding: 0.25em 1em 0.5em;
      border: 1px solid var(--_divider);
      border-radius: var(--_radius);
    }
  }

  @media (forced-colors: active) {
    .option-count {
      border: 1px solid CanvasText;
    }
    .results-head {
      border-color: CanvasText;
    }
  }
`;
