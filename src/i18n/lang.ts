/** The languages the widgets speak. German first, English complete. */
export type Lang = 'de' | 'en';

/** `en`, `en-GB` → `en`; anything else, or nothing → `de`. */
export function toLang(value: string | null | undefined): Lang {
  return value?.trim().toLowerCase().split('-')[0] === 'en' ? 'en' : 'de';
}

/** The element's own `lang`, else the nearest ancestor's (across shadow roots), else German. */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return toLang(node.getAttribute('lang'));
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'de';
}

/** Picks the catalogue of `lang` from a `{ de, en }` pair; widgets keep their own pairs beside them. */
export function pick<T>(catalog: { de: T; en: T }, lang: Lang): T {
  return catalog[lang];
}
