import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  buildSnippets,
  contrastWithWhite,
  escapeHtml,
  mountConfigurator,
  type Configurator,
  type ConfiguratorOptions,
} from '../../demo/configurator.js';

const FEED = new URL('/demo/data/feed.json', location.href).href;
const BASE = 'https://widgets.example.org/kgc/';
const INTEGRITY = {
  'kgc-widgets.js': 'sha384-AAAAwidgets',
  'kgc-embed-host.js': 'sha384-BBBBhost',
  'kgc-news-list.js': 'sha384-CCCCnews',
};
const integrityUrl = (json: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(json))}`;

let stylesLoaded: Promise<unknown> | undefined;
/** The page's own stylesheets, so axe checks contrast and focus as on the real page. */
function loadStyles() {
  stylesLoaded ??= Promise.all(
    ['/demo/demo.css', '/demo/configurator.css'].map(
      (href) =>
        new Promise((resolve) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = href;
          link.onload = link.onerror = resolve;
          document.head.append(link);
        }),
    ),
  );
  return stylesLoaded;
}

const mounted: Configurator[] = [];
async function mount(options: ConfiguratorOptions = {}) {
  await loadStyles();
  const root = await fixture<HTMLElement>(html`<div lang="de"></div>`);
  const configurator = mountConfigurator(root, {
    feedUrl: FEED,
    baseUrl: BASE,
    integrityUrl: integrityUrl(INTEGRITY),
    writeText: () => Promise.resolve(),
    ...options,
  });
  mounted.push(configurator);
  await configurator.ready;
  return { root, configurator };
}

const $ = <T extends Element = HTMLElement>(root: Element, selector: string) => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const snippet = (root: Element, key: string) => $(root, `[data-snippet="${key}"]`).textContent!;
const byLabel = <T extends HTMLElement = HTMLInputElement>(root: Element, label: RegExp) => {
  const found = [...root.querySelectorAll('label')].find((l) => label.test(l.textContent!));
  if (!found) throw new Error(`no label ${label}`);
  return (found.control ?? root.querySelector(`#${found.htmlFor}`)) as T;
};
function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');

afterEach(() => {
  for (const c of mounted.splice(0)) c.destroy();
});

describe('embed configurator', () => {
  describe('escapeHtml', () => {
    it('neutralises ", <, >, & and \'', () => {
      expect(escapeHtml('"<&\'>')).to.equal('&quot;&lt;&amp;&#39;&gt;');
      expect(escapeHtml('a&amp;b')).to.equal('a&amp;amp;b');
      expect(escapeHtml('Grüße – ok')).to.equal('Grüße – ok');
    });

    it('keeps a hostile feed URL inside its attribute in all three snippets', async () => {
      const hostile = 'https://feed.example/x.json?a=1&b="><script>alert(1)</script><b x=\'';
      const { root } = await mount();
      type(byLabel(root, /Adresse des Feeds/), hostile);

      const a = parse(snippet(root, 'element'));
      expect(a.querySelectorAll('script')).to.have.length(1);
      expect(a.querySelectorAll('kgc-event-calendar')).to.have.length(1);
      expect(a.querySelector('kgc-event-calendar')!.getAttribute('src')).to.equal(hostile);
      expect(a.querySelector('b')).to.equal(null);

      const b = parse(snippet(root, 'placeholder'));
      expect(b.querySelectorAll('script, b')).to.have.length(0);
      expect(b.querySelector('div')!.dataset.kgcSrc).to.equal(hostile);

      const c = parse(snippet(root, 'iframe'));
      expect(c.querySelectorAll('script')).to.have.length(1);
      const iframe = c.querySelector('iframe')!;
      expect(new URL(iframe.getAttribute('src')!).searchParams.get('src')).to.equal(hostile);
      expect(snippet(root, 'iframe')).to.contain('&amp;src=');
    });
  });

  it('starts with the event calendar on the demo feed and a live preview element', async () => {
    const { root, configurator } = await mount();
    const preview = configurator.preview!;
    expect(preview.localName).to.equal('kgc-event-calendar');
    expect(preview.isConnected).to.equal(true);
    expect(preview.getAttribute('src')).to.equal(FEED);
    expect(byLabel(root, /Adresse des Feeds/).value).to.equal(FEED);
    const element = parse(snippet(root, 'element'));
    expect(element.querySelector('script')!.getAttribute('src')).to.equal(`${BASE}cdn/kgc-widgets.js`);
    expect(element.querySelector('script')!.getAttribute('integrity')).to.equal('sha384-AAAAwidgets');
    expect(element.querySelector('script')!.getAttribute('crossorigin')).to.equal('anonymous');
    expect(element.querySelector('script')!.getAttribute('type')).to.equal('module');
  });

  it('choosing a widget and options updates the preview’s attributes and all three snippets', async () => {
    const { root, configurator } = await mount();
    $(root, 'label[for$="widget-news-list"]').click();
    expect(configurator.preview!.localName).to.equal('kgc-news-list');
    expect(root.querySelectorAll('[data-preview] > *')).to.have.length(1);

    type(byLabel(root, /Anzahl der Meldungen/), '3');
    byLabel(root, /Filter für Besucher/).click();
    byLabel(root, /Kompakt/).click();
    choose(byLabel<HTMLSelectElement>(root, /Überschriftenebene/), '3');
    choose(byLabel<HTMLSelectElement>(root, /Sprache des Widgets/), 'en');
    type(byLabel(root, /Seite mit allen Einträgen/), 'https://stadt.example/aktuelles?x=1&y=2');

    const preview = configurator.preview!;
    const expected = {
      src: FEED,
      limit: '3',
      variant: 'compact',
      filters: '',
      'more-href': 'https://stadt.example/aktuelles?x=1&y=2',
      'heading-level': '3',
      lang: 'en',
    };
    for (const [name, value] of Object.entries(expected)) expect(preview.getAttribute(name), name).to.equal(value);
    expect(preview.hasAttribute('land'), 'the news list has no land').to.equal(false);

    // A: the element carries the same attributes, and the fallback link
    const element = parse(snippet(root, 'element')).querySelector('kgc-news-list')!;
    for (const [name, value] of Object.entries(expected)) expect(element.getAttribute(name), name).to.equal(value);
    expect(element.querySelector('a')!.getAttribute('href')).to.equal(expected['more-href']);
    expect(snippet(root, 'element')).to.contain('more-href="https://stadt.example/aktuelles?x=1&amp;y=2"');
    expect(snippet(root, 'element')).to.contain(' filters ');

    // B: the placeholder's data-kgc-* attributes map back to the options
    const placeholder = parse(snippet(root, 'placeholder')).querySelector('div')!;
    expect(placeholder.dataset.kgcWidget).to.equal('news-list');
    const data = Object.fromEntries(
      placeholder
        .getAttributeNames()
        .filter((n) => n.startsWith('data-kgc-') && n !== 'data-kgc-widget')
        .map((n) => [n.slice('data-kgc-'.length), placeholder.getAttribute(n)]),
    );
    expect(data).to.deep.equal(expected);
    expect(placeholder.textContent).to.match(/wird geladen|Loading/);
    expect(placeholder.querySelector('a')!.getAttribute('href')).to.equal(expected['more-href']);

    // C: the iframe's query carries them too
    const doc = parse(snippet(root, 'iframe'));
    const iframe = doc.querySelector('iframe')!;
    const url = new URL(iframe.getAttribute('src')!);
    expect(url.href.startsWith(`${BASE}embed.html?`)).to.equal(true);
    expect(url.searchParams.get('widget')).to.equal('news-list');
    for (const [name, value] of Object.entries(expected)) expect(url.searchParams.get(name), name).to.equal(value);
    expect(iframe.hasAttribute('data-kgc-embed')).to.equal(true);
    expect(iframe.getAttribute('title')).to.match(/\S/);
    expect(iframe.getAttribute('loading')).to.equal('lazy');
    expect(doc.querySelector('script')!.getAttribute('src')).to.equal(`${BASE}cdn/kgc-embed-host.js`);
    expect(doc.querySelector('script')!.getAttribute('integrity')).to.equal('sha384-BBBBhost');
  });

  it('links the fallback text to the feed’s home page until the editor names another page', async () => {
    const { root } = await mount();
    expect(byLabel(root, /Seite mit allen Einträgen/).value).to.equal('https://www.example.org/');
    expect(snippet(root, 'placeholder')).to.equal(
      `<div data-kgc-widget="event-calendar" data-kgc-src="${FEED}">Veranstaltungskalender wird geladen … <a href="https://www.example.org/">Alle Termine</a></div>`,
    );
    expect(snippet(root, 'element')).to.contain(
      `<kgc-event-calendar src="${FEED}">\n  <a href="https://www.example.org/">Alle Termine</a>\n</kgc-event-calendar>`,
    );
    type(byLabel(root, /Seite mit allen Einträgen/), '');
    expect(snippet(root, 'placeholder')).not.to.contain('<a ');
  });

  it('offers the Land and view for the calendar, and leaves defaults out', async () => {
    const { root, configurator } = await mount();
    const land = byLabel<HTMLSelectElement>(root, /Bundesland/);
    expect(land.options).to.have.length(17);
    choose(land, 'ST');
    choose(byLabel<HTMLSelectElement>(root, /Ansicht/), 'month');
    byLabel(root, /in der Adresse/).click();
    expect(configurator.preview!.getAttribute('land')).to.equal('ST');
    expect(configurator.preview!.getAttribute('view')).to.equal('month');
    expect(configurator.preview!.hasAttribute('url-state'), 'the preview keeps this page’s URL').to.equal(false);
    expect(configurator.preview!.hasAttribute('heading-level')).to.equal(false);
    expect(snippet(root, 'element')).to.contain('<kgc-event-calendar src="');
    expect(snippet(root, 'element')).to.contain(' land="ST" view="month" url-state>');
    expect(snippet(root, 'placeholder')).to.contain('data-kgc-land="ST" data-kgc-view="month" data-kgc-url-state=""');
    expect(snippet(root, 'iframe')).to.contain('&amp;land=ST&amp;view=month');

    choose(land, '');
    expect(configurator.preview!.hasAttribute('land')).to.equal(false);
    expect(snippet(root, 'element')).not.to.contain('land=');
  });

  it('writes facets="" for a project list without filters, and its page size and order', async () => {
    const { root, configurator } = await mount();
    $(root, 'label[for$="widget-project-list"]').click();
    expect(configurator.preview!.localName).to.equal('kgc-project-list');
    expect(byLabel(root, /Filter \(Bundesland/).checked).to.equal(true);
    expect(configurator.preview!.hasAttribute('facets')).to.equal(false);
    byLabel(root, /Filter \(Bundesland/).click();
    type(byLabel(root, /Projekte je Seite/), '6');
    choose(byLabel<HTMLSelectElement>(root, /Sortierung/), 'updated');
    expect(configurator.preview!.getAttribute('facets')).to.equal('');
    expect(configurator.preview!.getAttribute('page-size')).to.equal('6');
    expect(snippet(root, 'element')).to.contain(' page-size="6" sort="updated" facets="">');
    expect(snippet(root, 'placeholder')).to.contain(' data-kgc-facets=""');
    expect(new URL(parse(snippet(root, 'iframe')).querySelector('iframe')!.src).searchParams.get('facets')).to.equal(
      '',
    );
    type(byLabel(root, /Projekte je Seite/), 'zwölf');
    expect(byLabel(root, /Projekte je Seite/).getAttribute('aria-invalid')).to.equal('true');
    expect(configurator.preview!.hasAttribute('page-size')).to.equal(false);
  });

  it('sets colours as custom properties on the preview and writes them as a separate CSS snippet', async () => {
    const { root, configurator } = await mount();
    expect(snippet(root, 'css')).to.match(/Keine Anpassungen/);
    type(byLabel(root, /Hauptfarbe/), '#00613A');
    type(byLabel(root, /Fokusrahmens/), '#c45500');
    choose(byLabel<HTMLSelectElement>(root, /^Schrift$/), 'serif');
    const preview = configurator.preview!;
    expect(preview.style.getPropertyValue('--kgc-color-primary').trim()).to.equal('#00613a');
    expect(preview.style.getPropertyValue('--kgc-color-focus').trim()).to.equal('#c45500');
    expect(snippet(root, 'css')).to.equal(
      "kgc-event-calendar {\n  --kgc-color-primary: #00613a;\n  --kgc-color-focus: #c45500;\n  --kgc-font-family: Georgia, 'Times New Roman', serif;\n}",
    );
    expect(snippet(root, 'placeholder-css')).to.equal(snippet(root, 'css'));
    expect(snippet(root, 'element'), 'no inline style in the element').not.to.contain('style=');
    expect(snippet(root, 'placeholder')).not.to.contain('style=');
    expect($<HTMLInputElement>(root, 'input[type="color"]').value).to.equal('#00613a');
    // C: the iframe's address carries the colours (the embed page validates them); not the font.
    const embed = new URL(parse(snippet(root, 'iframe')).querySelector('iframe')!.getAttribute('src')!);
    expect(embed.searchParams.get('--kgc-color-primary')).to.equal('#00613a');
    expect(embed.searchParams.get('--kgc-color-focus')).to.equal('#c45500');
    expect(embed.searchParams.has('--kgc-font-family')).to.equal(false);

    // A low contrast is said in words (not by colour alone); an invalid value is refused.
    type(byLabel(root, /Hauptfarbe/), '#ffd700');
    const note = root.querySelector(`#${byLabel(root, /Hauptfarbe/).getAttribute('aria-describedby')}`)!;
    expect(note.textContent).to.match(/Achtung: Kontrast zu Weiß nur 1,\d : 1/);
    type(byLabel(root, /Hauptfarbe/), 'blau');
    expect(byLabel(root, /Hauptfarbe/).getAttribute('aria-invalid')).to.equal('true');
    expect(preview.style.getPropertyValue('--kgc-color-primary')).to.equal('');
    expect(snippet(root, 'css')).not.to.contain('primary');
    expect(contrastWithWhite('#0f4c81')).to.be.greaterThan(4.5);
  });

  it('falls back to an explaining placeholder when integrity.json cannot be read', async () => {
    const { root } = await mount({ integrityUrl: '/demo/nicht-vorhanden/integrity.json' });
    const script = parse(snippet(root, 'element')).querySelector('script')!;
    expect(script.getAttribute('integrity')).to.contain('dist/cdn/integrity.json');
    expect(root.querySelector('.cfg-warning')!.textContent).to.contain('npm run build');
  });

  it('loads a single widget’s bundle on request, and restricts feed origins with data-kgc-allow', async () => {
    const { root } = await mount();
    $(root, 'label[for$="widget-news-list"]').click();
    byLabel(root, /Nur dieses Widget laden/).click();
    byLabel(root, /data-kgc-allow/).click();
    const script = parse(snippet(root, 'element')).querySelector('script')!;
    expect(script.getAttribute('src')).to.equal(`${BASE}cdn/kgc-news-list.js`);
    expect(script.getAttribute('integrity')).to.equal('sha384-CCCCnews');
    expect(script.getAttribute('data-kgc-allow')).to.equal(new URL(FEED).origin);
  });

  it('reports an incomplete feed URL at the field', async () => {
    const { root } = await mount();
    const input = byLabel(root, /Adresse des Feeds/);
    type(input, 'feed.json');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const described = input.getAttribute('aria-describedby')!.split(' ');
    expect(described.map((id) => root.querySelector(`#${id}`)!.textContent).join(' ')).to.contain('https://');
  });

  it('copies a snippet and says so in a live region; without clipboard access it selects the text', async () => {
    const copied: string[] = [];
    const { root } = await mount({ writeText: async (text) => void copied.push(text) });
    $(root, 'button[data-copy="placeholder"]').click();
    await waitUntil(() => copied.length === 1);
    expect(copied[0]).to.equal(snippet(root, 'placeholder'));
    const status = $(root, '[data-status="placeholder"]');
    expect(status.getAttribute('role')).to.equal('status');
    await waitUntil(() => status.textContent === 'Kopiert.', 'announces "Kopiert"');

    const denied = await mount({ writeText: () => Promise.reject(new Error('denied')) });
    $(denied.root, 'button[data-copy="iframe"]').click();
    const deniedStatus = $(denied.root, '[data-status="iframe"]');
    await waitUntil(() => deniedStatus.textContent!.startsWith('Markiert'), 'says the text is selected');
    expect(getSelection()!.toString()).to.equal(snippet(denied.root, 'iframe'));
  });

  it('switches the interface to English, and the preview with it', async () => {
    const { root, configurator } = await mount();
    const toggle = $<HTMLButtonElement>(root, '.cfg-lang');
    expect(toggle.textContent!.trim()).to.equal('English');
    expect(toggle.getAttribute('lang')).to.equal('en');
    toggle.focus();
    toggle.click();
    expect(root.getAttribute('lang')).to.equal('en');
    expect(root.querySelector('h1')!.textContent).to.equal('Create embed code');
    expect(byLabel(root, /Address of the feed/)).to.exist;
    expect(configurator.preview!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(parse(snippet(root, 'placeholder')).querySelector('div')!.textContent).to.contain('Loading');
    expect(root.querySelector('.cfg-lang')!.textContent!.trim()).to.equal('Deutsch');
    expect(document.activeElement, 'focus stays on the switch').to.equal(toggle);
  });

  it('builds snippets without a DOM (pure function)', () => {
    const snippets = buildSnippets(
      {
        uiLang: 'de',
        widget: 'office-card',
        src: 'https://a.example/feed.json',
        moreHref: '',
        base: 'https://cdn.example/kgc/',
        land: 'ST',
        view: 'month',
        limit: '7',
        pageSize: '',
        filters: true,
        facets: false,
        sort: 'updated',
        urlState: false,
        compact: false,
        projectId: '',
        cardVariant: '',
        show: '',
        headingLevel: '2',
        lang: '',
        primary: '#0f4c81',
        focus: '#b33d00',
        font: '',
        single: false,
        allowOrigin: false,
      },
      undefined,
    );
    // Only the office card's own options; view, limit, filters, facets and sort belong to other widgets.
    expect(snippets.element).to.contain(
      '<kgc-office-card src="https://a.example/feed.json" land="ST"></kgc-office-card>',
    );
    expect(snippets.placeholder).to.equal(
      '<div data-kgc-widget="office-card" data-kgc-src="https://a.example/feed.json" data-kgc-land="ST">Kontakt der Koordinierungsstelle wird geladen …</div>',
    );
    expect(snippets.missingIntegrity).to.deep.equal(['kgc-widgets.js', 'kgc-embed-host.js']);
  });

  it('is accessible (axe), in German and in English', async () => {
    const { root } = await mount();
    await expect(root).to.be.accessible();
    $(root, 'label[for$="widget-news-list"]').click();
    type(byLabel(root, /Hauptfarbe/), '#ffd700');
    type(byLabel(root, /Adresse des Feeds/), 'feed.json');
    $<HTMLButtonElement>(root, '.cfg-lang').click();
    await expect(root).to.be.accessible();
  });
});
