// dist/cdn/kgc-embed.js: the script of dist/embed.html (?widget=event-calendar&src=…&land=ST, plus
// `--kgc-*` colour and length tokens). Renders one widget full width and tells the parent page its height
// on every change.
import '../index.js';
import '../embed/setup.js';
import { RESIZE_MESSAGE, type ResizeMessage } from '../embed/protocol.js';
import { applyTokens } from '../embed/tokens.js';

const params = new URLSearchParams(location.search);
const main = document.getElementById('kgc-embed')!;
const name = (params.get('widget') ?? '').toLowerCase();
const tag = `kgc-${name}`;
const constructor = /^[a-z]+(-[a-z]+)*$/.test(name)
  ? (customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined)
  : undefined;

if (!constructor) {
  main.textContent = `Unbekanntes Widget „${params.get('widget') ?? ''}“ / unknown widget.`;
} else {
  const allowed = new Set([...(constructor.observedAttributes ?? []), 'lang']);
  const element = document.createElement(tag);
  for (const [key, value] of params) {
    if (key !== 'widget' && allowed.has(key)) element.setAttribute(key, value);
  }
  applyTokens(params, element);
  const lang = params.get('lang');
  if (lang) document.documentElement.lang = lang;
  main.replaceChildren(element);
}

let last = -1;
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: RESIZE_MESSAGE, height } satisfies ResizeMessage, '*');
};
new ResizeObserver(report).observe(document.body);
report();
