/**
 * Tokens and base styles shared by every widget.
 *
 * Public tokens are `--kgc-*` custom properties set by the host page; inside, widgets read the private
 * `--_*` copies declared here with their defaults. Sizes are in `em`, never `rem` (the root font size is
 * the host's business, and `html { font-size: 62.5% }` must not shrink a widget).
 *
 * The widget's type is its own: size, line height, colour and alignment come from the tokens, not from
 * whatever the page's CSS puts on or above the element. The base size defaults to the keyword `medium`,
 * the visitor's default font size, which no page rule can shrink. These declarations are `!important` on
 * `:host`: an important declaration in a shadow tree beats every declaration of the page, even
 * `* { font-size: 8px !important }`, so only the tokens change them. The font family is the page's.
 * The table of tokens in docs/ lists exactly the `--kgc-*` names used here and in the widgets.
 *
 * One type scale for all widgets, in `em` of the element's parent (so a size inside a sized element is
 * written against that one's: `--_size-body-in-item` is the body size in an item-sized heading), as the
 * private tokens `--_size-*` below: 0.875em (meta, labels, tags, counts), 1em (body), 1.125em (item titles,
 * subheadings), 1.25em (widget and panel titles), 1.5em (calendar title, date badges); weights 400 and 700.
 * Outside it only the full project card's title (1.75em, `--kgc-project-title-size`) and the count in a map
 * marker group (0.75em of the SVG's text, which the map's scale sets anyway). test/shared/type-scale.test.ts
 * fails on any other size or weight a widget shows. Each size and weight is a font strike that the
 * browser sets up on the first text that uses it, in the frame that lays it out (text shaping, glyph
 * cache, and in Chromium on Linux a round trip to the browser process for its render style): page (a) of
 * the bench (calendar, map, office card) used 21 strikes with eleven sizes and a semibold, and 9 with the scale.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_primary: var(--kgc-color-primary, #0f4c81); /* links, buttons, selected states, accents */
    --_on-primary: var(--kgc-color-on-primary, #ffffff); /* text on primary-coloured buttons */
    --_text: var(--kgc-color-text, #1c2024); /* body text */
    --_muted: var(--kgc-color-muted, #4a5360); /* secondary text: dates, places, counts */
    --_surface: var(--kgc-color-surface, #ffffff); /* background of cards, panels, dialogs */
    --_surface-alt: var(--kgc-color-surface-alt, #f2f4f7); /* background of facets, headers, hover */
    --_border: var(--kgc-color-border, #6f7782); /* borders of inputs and controls (3:1 contrast) */
    --_divider: var(--kgc-color-divider, #d3d8de); /* decorative lines between items */
    --_focus: var(--kgc-color-focus, #b33d00); /* the focus outline */
    --_danger: var(--kgc-color-danger, #b00020); /* errors, cancelled events */
    --_success: var(--kgc-color-success, #1e6b37); /* Good-Practice badge, confirmations */
    --_highlight: var(--kgc-color-highlight, #fff0a8); /* search matches (<mark>) */
    --_radius: var(--kgc-radius, 0.25em); /* corner radius of cards, buttons, inputs */
    --_space: var(--kgc-space, 1em); /* base spacing unit */
    --_font-size: var(--kgc-font-size, medium); /* base font size (the visitor's default); inner sizes in em */
    --_line-height: var(--kgc-line-height, 1.5); /* base line height */
    /* The type scale (see above), in em of the parent: a var() is resolved where it is used. */
    --_size-small: 0.875em; /* meta, labels, tags, counts */
    --_size-item: 1.125em; /* item titles, subheadings */
    --_size-title: 1.25em; /* widget and panel titles */
    --_size-display: 1.5em; /* calendar title, date badges */
    --_size-body-in-item: calc(1em / 1.125); /* the body size inside an element of --_size-item */
  }
`;

export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    font-family: var(--kgc-font-family, inherit); /* the widget's font (default: the page's) */
    font-size: var(--_font-size) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: var(--_line-height) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    color: var(--_text) !important;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_primary);
    text-decoration-thickness: 0.0625em;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.125em;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    padding: 0.5em 1.1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 700;
    line-height: 1.2;
    cursor: pointer;
    text-decoration: none;
  }
  .button:hover {
    background: color-mix(in srgb, var(--_primary) 85%, black);
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_primary);
  }
  .button.secondary:hover {
    background: var(--_surface-alt);
  }
  /* Contact and address lines (shared/contact.ts) and chip lists of cards and panels; :where() keeps them
     at zero specificity, so a widget's own .tags/.tag rules win. */
  :where(.contact-name, .contact-line, .address-line) {
    display: block;
  }
  :where(.contact-name) {
    font-weight: 700;
  }
  :where(.tags) {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
  }
  :where(.tags li) {
    padding: 0.15em 0.7em;
    border-radius: 1em;
    background: var(--_surface-alt);
    font-size: var(--_size-small);
  }
  .state {
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state.loading {
    min-height: var(--kgc-loading-min-height, var(--_reserve, 12em)); /* height held while loading */
    box-sizing: border-box;
    color: var(--_muted);
  }
  @media (min-width: 40em) {
    .state.loading {
      min-height: var(--kgc-loading-min-height, var(--_reserve-wide, var(--_reserve, 12em)));
    }
  }
  .state.error {
    border-color: var(--_danger);
    border-left-width: 0.375em;
  }
  .state.error .error-title {
    margin: 0 0 0.5em;
    font-weight: 700;
  }
  .state p {
    margin: 0 0 1em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .button {
      border-color: ButtonText;
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
    }
    .state.error {
      border-color: CanvasText;
    }
  }
`;

export const baseStyles = [tokens, base];
