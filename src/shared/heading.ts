/**
 * Headings at the level the host page needs (`heading-level`): the widget sits inside someone else's
 * page outline. Default 2; never a silent h1 (1 only when asked for).
 */
import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

const TAGS: Record<number, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** Parses the attribute: an integer 1–6, else `fallback` (with one warning for a bad value). */
export function parseHeadingLevel(value: string | null, fallback = 2): number {
  if (value === null) return fallback;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
  console.warn(`kgc-widgets: heading-level="${value}" is not 1–6; using ${fallback}`);
  return fallback;
}

/** A heading `offset` levels below `level` (capped at h6). */
export function heading(
  level: number,
  content: unknown,
  { id, part, className, offset = 0 }: { id?: string; part?: string; className?: string; offset?: number } = {},
): TemplateResult {
  const tag = TAGS[Math.min(6, level + offset)];
  // The tag is one of the six `literal` values above (lit/static-html), which the lit rules cannot see.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)}>${content}</${tag}>`;
}
