/**
 * Theme tokens for the iframe embed, from its address: `embed.html?widget=…&--kgc-color-primary=%23004b87`.
 * Only `--kgc-*` names with a colour or a length are taken, so an address can neither load anything
 * (`url()`), nor reach other properties (`var()`), nor leave the declaration; anything else is ignored
 * with a warning.
 */
const NAME = /^--kgc-[a-z][a-z0-9-]*$/;
const LENGTH = /^(?:0|[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:px|em|rem|ex|ch|%|vw|vh|vmin|vmax|pt|pc|cm|mm|in|q))$/i;
const COLOUR = /^(?:#[0-9a-f]{3,8}|[a-z]+|(?:rgba?|hsla?)\([\d.%\s,/+-]+\))$/i;

/** True for a colour (hex, rgb(), hsl(), a keyword) or a length (`1.2em`, `16px`, `0`). */
export function isTokenValue(value: string): boolean {
  return LENGTH.test(value) || (COLOUR.test(value) && CSS.supports('color', value));
}

/** Sets each valid `--kgc-*` parameter of `params` on `element`; warns once for each parameter refused. */
export function applyTokens(params: URLSearchParams, element: HTMLElement): void {
  for (const [name, raw] of params) {
    if (!name.startsWith('--')) continue;
    const value = raw.trim();
    if (NAME.test(name) && isTokenValue(value)) element.style.setProperty(name, value);
    else console.warn(`kgc-widgets: embed parameter ${name}="${raw}" is not a --kgc-* colour or length; ignored`);
  }
}
