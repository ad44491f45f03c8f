// The docs/ Markdown files, rendered into the demo site (our own texts, so rendering their HTML is fine).
import { marked } from 'marked';

const pages = import.meta.glob<string>('../docs/*.md', { query: '?raw', import: 'default', eager: true });
const TITLES: Record<string, string> = {
  index: 'Übersicht',
  'quick-start': 'Schnellstart',
  cms: 'CMS-Anleitung',
  theming: 'Gestaltung',
  reference: 'API-Referenz',
  publishers: 'Datenherausgeber',
  accessibility: 'Barrierefreiheit',
  privacy: 'Datenschutz',
  'WIDGET-GUIDE': 'Für Mitwirkende',
};
const names = Object.keys(TITLES).filter((name) => pages[`../docs/${name}.md`]);
const nav = document.getElementById('docs-nav')!;
const main = document.getElementById('inhalt')!;

function show(): void {
  const name = new URLSearchParams(location.search).get('doc') ?? 'index';
  const source = pages[`../docs/${names.includes(name) ? name : 'index'}.md`];
  // Links between the Markdown files stay inside the demo.
  main.innerHTML = (marked.parse(source, { async: false }) as string).replace(
    /href="(?:\.\/)?([\w-]+)\.md(#[^"]*)?"/g,
    (_, doc: string, hash = '') => `href="?doc=${doc}${hash}"`,
  );
  const heading = main.querySelector('h1');
  document.title = `${heading?.textContent ?? 'Dokumentation'} – kgc-widgets`;
  for (const link of nav.querySelectorAll('a')) {
    if (link.dataset.doc === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

nav.replaceChildren(
  ...names.map((name) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `?doc=${name}`;
    link.dataset.doc = name;
    link.textContent = TITLES[name];
    item.append(link);
    return item;
  }),
);
show();
