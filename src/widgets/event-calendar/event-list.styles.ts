import { css } from 'lit';
import { linkLike } from '../../shared/style-parts.js';

/** The list view (months, agenda items, tags) and the actions below it. */
export const eventListStyles = css`
  .list section + section {
    margin-top: 1.5em;
  }
  .list-month {
    margin: 0 0 0.25em;
    padding-bottom: 0.25em;
    border-bottom: 2px solid var(--_primary);
    font-size: var(--_size-item);
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
    padding: 0.875em 0.375em; /* room for a focus ring: the containment below clips at the padding */
    border-bottom: 1px solid var(--_divider);
    /* Off screen, an item is neither laid out nor painted until it comes near (a phone's month is long). */
    content-visibility: auto;
    contain-intrinsic-size: auto 9em;
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
    font-size: var(--_size-display);
    font-weight: 700;
  }
  .badge-month {
    font-size: var(--_size-small);
    color: var(--_muted);
  }
  .item-heading {
    margin: 0 0 0.25em;
    font-size: var(--_size-item);
    line-height: 1.35;
  }
  .item-heading .flag {
    font-size: var(--_size-body-in-item); /* the body size, in the heading */
  }
  .link-button {
    max-width: 100%;
    overflow-wrap: anywhere;
    padding: 0;
    ${linkLike}
    font-weight: 700;
    text-align: left;
    text-decoration: none; /* on the title only: not under a "bundesweit" flag's trailing space */
  }
  .link-button .item-title {
    text-decoration: underline;
    text-decoration-thickness: 0.0625em;
    text-underline-offset: 0.15em;
  }
  .link-button:hover .item-title {
    text-decoration-thickness: 0.125em;
  }
  .item p {
    margin: 0.125em 0 0;
  }
  .when {
    font-weight: 700;
  }
  .where,
  .meta {
    color: var(--_muted);
  }
  .online {
    font-weight: 700;
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
    font-size: var(--_size-small);
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
    font-size: var(--_size-small);
  }
`;
