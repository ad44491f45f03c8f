// What every CDN bundle does on load, after defining its widgets: honour the page's feed-origin allowlist
// (`data-kgc-allow` on the script tag) and upgrade CMS placeholders (`<div data-kgc-widget=…>`).
import { allowOrigins } from '../feed/loader.js';
import { watchPlaceholders } from '../shared/placeholders.js';

const script = document.querySelector<HTMLScriptElement>('script[data-kgc-allow]');
if (script) allowOrigins((script.dataset.kgcAllow ?? '').split(/\s+/).filter(Boolean));
watchPlaceholders();
