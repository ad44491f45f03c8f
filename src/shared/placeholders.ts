/**
 * Placeholders that survive CMS rich-text sanitizers: `<div data-kgc-widget="event-calendar"
 * data-kgc-src="…" data-kgc-land="ST">Fallback text</div>` becomes the element with the same attributes
 * (`data-kgc-<attribute>` → `<attribute>`), inside the div, replacing the editor's fallback content.
 * Works for placeholders present at load and added later, once the element is defined.
 *
 * Only attributes the element observes (plus `lang`, `id`, `class`, `title`) are copied: a placeholder
 * can never smuggle an event handler (`data-kgc-onclick`) past the CMS's sanitizer.
 */
const SELECTOR = 'div[data-kgc-widget]:not([data-kgc-upgraded])';
const GLOBAL_ATTRIBUTES = ['lang', 'id', 'class', 'title'];

function upgrade(placeholder: HTMLElement, tag: string): void {
  if (placeholder.hasAttribute('data-kgc-upgraded')) return;
  const constructor = customElements.get(tag) as
    (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  if (!constructor) return;
  const allowed = new Set([...(constructor.observedAttributes ?? []), ...GLOBAL_ATTRIBUTES]);
  const element = document.createElement(tag);
  for (const { name, value } of [...placeholder.attributes]) {
    if (!name.startsWith('data-kgc-') || name === 'data-kgc-widget') continue;
    const attribute = name.slice('data-kgc-'.length);
    if (allowed.has(attribute)) element.setAttribute(attribute, value);
    else console.warn(`kgc-widgets: placeholder attribute ${name} is not an attribute of <${tag}>; ignored`);
  }
  placeholder.setAttribute('data-kgc-upgraded', '');
  placeholder.replaceChildren(element);
}

/** Upgrades the placeholders inside `root` now (those whose element is defined) or once defined. */
export function upgradePlaceholders(root: ParentNode = document): void {
  const found = [...root.querySelectorAll<HTMLElement>(SELECTOR)];
  if (root instanceof HTMLElement && root.matches(SELECTOR)) found.unshift(root);
  for (const placeholder of found) {
    const name = placeholder.dataset.kgcWidget?.trim().toLowerCase() ?? '';
    if (!/^[a-z]+(-[a-z]+)*$/.test(name)) {
      console.warn(`kgc-widgets: unknown widget "${placeholder.dataset.kgcWidget}" in a placeholder`);
      continue;
    }
    const tag = `kgc-${name}`;
    if (customElements.get(tag)) upgrade(placeholder, tag);
    else customElements.whenDefined(tag).then(() => upgrade(placeholder, tag));
  }
}

let observer: MutationObserver | undefined;

/** Upgrades every placeholder in the document, now and whenever one is added later. */
export function watchPlaceholders(): void {
  if (observer) return;
  const start = () => {
    upgradePlaceholders(document);
    observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof HTMLElement) upgradePlaceholders(node);
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
