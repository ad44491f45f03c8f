import { css } from 'lit';
import { countPill } from '../../shared/style-parts.js';

export const styles = css`
  :host {
    --_news-title-size: var(--kgc-news-title-size, var(--_size-title));
    --_tag-bg: var(--kgc-news-tag-background, var(--_surface-alt));
  }
  .list,
  .tags,
  .filter-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    border-top: 1px solid var(--_divider);
  }
  .item:last-child {
    border-bottom: 1px solid var(--_divider);
  }
  article {
    display: flex;
    flex-direction: column;
    gap: 0.625em;
    padding: 1.5em 0;
  }
  article:focus {
    outline: none;
  }
  article:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0.25em;
  }
  .title {
    margin: 0;
    font-size: var(--_news-title-size);
    line-height: 1.3;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0;
    color: var(--_muted);
    font-size: var(--_size-small);
  }
  .author {
    padding-left: 0.75em;
    border-left: 1px solid var(--_divider);
  }
  .summary {
    max-width: 42em;
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .tag {
    padding: 0.125em 0.75em;
    border: 1px solid var(--_divider);
    border-radius: 1em;
    background: var(--_tag-bg);
    font-size: var(--_size-small);
    line-height: 1.6;
  }
  .read-more {
    margin: 0;
  }
  .read-more a,
  .all {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    font-weight: 700;
  }
  .arrow {
    width: 0.45em;
    height: 0.45em;
    border: solid currentColor;
    border-width: 0.14em 0.14em 0 0;
    transform: rotate(45deg);
  }

  /* compact: date and title, for sidebars */
  .compact article {
    gap: 0.25em;
    padding: 0.875em 0;
  }
  .compact .title {
    font-size: 1em;
    font-weight: 700;
    line-height: 1.4;
  }
  .compact .meta {
    order: -1;
  }

  .filters {
    margin: 0 0 1.5em;
    padding: 0;
    border: 0;
  }
  .filters-label {
    display: block;
    margin: 0 0 0.625em;
    font-weight: 700;
  }
  .filter-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    padding: 0.375em 1em;
    border: 1px solid var(--_border);
    border-radius: 1.375em;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    line-height: 1.2;
    cursor: pointer;
  }
  .filter:hover {
    border-color: var(--_primary);
    background: var(--_surface-alt);
  }
  .filter[aria-pressed='true'] {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .filter[aria-pressed='true']::before {
    content: '';
    width: 0.35em;
    height: 0.7em;
    margin: -0.2em 0.1em 0 0;
    border: solid currentColor;
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(45deg);
  }
  .count {
    ${countPill}
    min-width: 1.6em;
    line-height: 1.5;
  }
  .filter[aria-pressed='true'] .count {
    background: var(--_on-primary);
    color: var(--_primary);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1em 1.75em;
    margin-top: 1.5em;
  }
  .compact + .actions {
    margin-top: 1em;
  }
  .page-error {
    margin: 1em 0 0;
    padding-left: 0.75em;
    border-left: 0.375em solid var(--_danger);
  }

  @container (max-width: 30em) {
    :host {
      --_news-title-size: var(--kgc-news-title-size, var(--_size-item));
    }
    article {
      padding: 1.25em 0;
    }
    .meta {
      flex-direction: column;
    }
    .author {
      padding-left: 0;
      border-left: 0;
    }
    .filter-list {
      gap: 0.375em;
    }
    .filter {
      padding-inline: 0.75em;
    }
    .actions .button {
      width: 100%;
      justify-content: center;
    }
  }

  @media (forced-colors: active) {
    .filter,
    .tag {
      border-color: ButtonText;
    }
    .filter[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .count,
    .filter[aria-pressed='true'] .count {
      background: transparent;
      color: inherit;
    }
  }
`;
