/**
 * Declaration lists that several widgets' rules share, interpolated into a rule: `.x { ${clipped} }`. Apart
 * from the base styles, so a widget's bundle holds only the parts its own styles use.
 */
import { css } from 'lit';

/** Declarations that clip an element to nothing but keep it for screen readers: `.x { ${clipped} }`. */
export const clipped = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

/** Declarations of a count in a pill beside a label ("Kinder 12"); its width and line height are the widget's own. */
export const countPill = css`
  padding: 0 0.45em;
  border-radius: 1em;
  background: var(--_surface-alt);
  color: var(--_muted);
  font-size: var(--_size-small);
  text-align: center;
`;

/** Declarations of a button that looks like a link; its weight and alignment are the widget's own. */
export const linkLike = css`
  border: 0;
  background: none;
  color: var(--_primary);
  font: inherit;
  text-decoration: underline;
  text-decoration-thickness: 0.0625em;
  text-underline-offset: 0.15em;
  cursor: pointer;
`;
