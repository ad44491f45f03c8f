// The two demo host pages (host-land.html, host-city.html): every widget from the sources, plus the CMS
// placeholder upgrade (the city page embeds its news as `<div data-kgc-widget>`, as a TYPO3 editor would).
// The pages style the widgets only through `--kgc-*` custom properties and `::part()` in their own CSS.
import '../src/index.js';
import '../src/embed/setup.js';
