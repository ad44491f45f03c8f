/**
 * Registration that never throws: when a tag is already defined (the library loaded twice, maybe in
 * two versions), the first definition wins and one warning is logged.
 */
export const VERSION = '0.1.0';

export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== element) {
      console.warn(
        `kgc-widgets ${VERSION}: <${tag}> is already defined (the library is loaded twice?); keeping the first definition.`,
      );
    }
    return;
  }
  customElements.define(tag, element);
}
