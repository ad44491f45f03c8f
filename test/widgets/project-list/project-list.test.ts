import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/project-list/project-list.js';
import type { KgcProjectList } from '../../../src/widgets/project-list/project-list.js';
import { captureWarnings, feedUrl } from '../../helpers/server.js';

const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const loaded = (el: Element) =>
  waitUntil(() => $(el, '[part="base"]')?.getAttribute('aria-busy') === 'false', 'list settles', { timeout: 5000 });

const cards = (el: Element) => $$(el, 'li[part="item"] > kgc-project-card');
/** Visible text (without the screen-reader-only hints such as "(externer Link)"). */
const visibleText = (node: Element | null) => {
  const clone = node?.cloneNode(true) as Element | undefined;
  clone?.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  return text(clone);
};
const cardTitles = (el: Element) => cards(el).map((c) => visibleText(c.shadowRoot!.querySelector('.title')));
const count = (el: Element) => text($(el, '[part="count"]'));
const facet = (el: Element, legend: string) =>
  $$(el, 'fieldset').find((f) => text(f.querySelector('legend')) === legend);
const option = (el: Element, legend: string, label: string) =>
  [...facet(el, legend)!.querySelectorAll('label')].find((l) => text(l.querySelector('.option-label')) === label);
const optionCount = (el: Element, legend: string, label: string) =>
  Number(text(option(el, legend, label)?.querySelector('.option-count') ?? null) || NaN);
const checkbox = (el: Element, legend: string, label: string) => option(el, legend, label)!.querySelector('input')!;

async function list(attrs = '', src = feedUrl('project-feed')): Promise<KgcProjectList> {
  const wrapper = await fixture<HTMLDivElement>(
    `<div style="width: 1100px"><kgc-project-list src="${src}" ${attrs}></kgc-project-list></div>`,
  );
  const el = wrapper.querySelector('kgc-project-list')!;
  await loaded(el);
  return el;
}

async function search(el: KgcProjectList, query: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  await Promise.all(cards(el).map((c) => (c as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
}

async function toggle(el: KgcProjectList, legend: string, label: string) {
  checkbox(el, legend, label).click();
  await el.updateComplete;
}

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<kgc-project-list>', () => {
  it('renders the projects of a feed over HTTP: count, first page of cards in li, facets', async () => {
    const events: CustomEvent[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
    const el = document.createElement('kgc-project-list');
    el.addEventListener('kgc-load', (e) => events.push(e));
    el.src = feedUrl('project-feed');
    wrapper.append(el);
    await loaded(el);
    expect(events.map((e) => e.detail.count)).to.deep.equal([26]);
    expect(count(el)).to.equal('26 Projekte gefunden');
    expect(cards(el)).to.have.length(12);
    expect($(el, 'ul[part="list"]')!.children).to.have.length(12);
    expect($$(el, 'fieldset legend').map(text)).to.deep.equal([
      'Bundesland',
      'Zielbereich',
      'Zielgruppe',
      'Lebenswelt',
      'Altersgruppe',
      'Good Practice',
    ]);
    // Sorted by title, umlauts with their base letter.
    const titles = cardTitles(el);
    expect(titles[0]).to.equal('Bewegte Nachbarschaft – gesund älter werden in Langwasser');
    expect([...titles].sort((a, b) => a.localeCompare(b, 'de'))).to.deep.equal(titles);
    // Each card is an article named by its heading (h2 by default).
    const first = cards(el)[0].shadowRoot!;
    expect(first.querySelector('article')!.getAttribute('aria-labelledby')).to.equal(first.querySelector('h2')!.id);
    expect(optionCount(el, 'Bundesland', 'Sachsen-Anhalt')).to.equal(4);
    expect(optionCount(el, 'Good Practice', 'Nur Good-Practice-Projekte')).to.equal(9);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('searches with case and umlaut folding, all words required, and marks the words', async () => {
    const el = await list();
    for (const [query, n] of [
      ['aelter', 9],
      ['ÄLTER', 9],
      ['alter', 9],
      ['Strasse', 2],
      ['straße', 2],
      ['muehlenberg', 1],
      ['quartier', 6],
      ['gesund quartier', 4],
      ['bewegung kinder', 6],
    ] as const) {
      await search(el, query);
      expect(count(el), query).to.equal(`${n} ${n === 1 ? 'Projekt' : 'Projekte'} gefunden`);
    }
    await search(el, 'muehlenberg');
    const card = cards(el)[0].shadowRoot!;
    expect([...card.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['Mühlenberg']);
    await search(el, 'strasse');
    expect(cardTitles(el)).to.include('Bewegte Straße – Spielstraßen für Kinder');
    const marks = cards(el).flatMap((c) => [...c.shadowRoot!.querySelectorAll('mark')].map((m) => m.textContent));
    expect(marks).to.include('Straße');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('announces the result count in a live region once typing pauses', async () => {
    const el = await list();
    const status = $(el, '[role="status"]')!;
    await search(el, 'q');
    await search(el, 'quartier');
    await waitUntil(() => text(status) === '6 Projekte gefunden', 'announced');
  });

  it('filters by every facet, with counts that follow the other facets', async () => {
    const el = await list();
    await toggle(el, 'Bundesland', 'Sachsen-Anhalt');
    expect(count(el)).to.equal('4 Projekte gefunden');
    expect(optionCount(el, 'Bundesland', 'Sachsen')).to.equal(2); // own facet: what adding Sachsen gives
    expect(optionCount(el, 'Zielbereich', 'Gesund älter werden')).to.equal(2);
    await toggle(el, 'Bundesland', 'Sachsen');
    expect(count(el)).to.equal('6 Projekte gefunden');
    await toggle(el, 'Zielbereich', 'Gesund älter werden');
    expect(count(el)).to.equal('3 Projekte gefunden');
    expect(optionCount(el, 'Bundesland', 'Berlin')).to.equal(1);
    await toggle(el, 'Good Practice', 'Nur Good-Practice-Projekte');
    expect(count(el)).to.equal('1 Projekt gefunden');
    expect(cardTitles(el)).to.deep.equal(['Koordinierungsstelle kommunale Gesundheit']);
    await expect(el).shadowDom.to.be.accessible();

    const other = await list();
    await toggle(other, 'Lebenswelt', 'Kita');
    expect(count(other)).to.equal('5 Projekte gefunden');
    await toggle(other, 'Altersgruppe', '0–3 Jahre');
    expect(count(other)).to.equal('3 Projekte gefunden');
    const groups = await list();
    await toggle(groups, 'Zielgruppe', 'Ältere Menschen');
    expect(count(groups)).to.equal('7 Projekte gefunden');
    // Values without projects under the other filters are left out, unless selected.
    expect(!!option(groups, 'Lebenswelt', 'Kita')).to.equal(false);
  });

  it('keeps long facets usable: a few values first, "Alle … anzeigen", and a search within the facet', async () => {
    const el = await list();
    const groups = facet(el, 'Zielgruppe')!;
    expect(groups.querySelectorAll('li')).to.have.length(8);
    const more = [...groups.querySelectorAll('button')].find((b) => text(b) === 'Alle 23 anzeigen')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await el.updateComplete;
    expect(groups.querySelectorAll('li')).to.have.length(23);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    const within = groups.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(within.getAttribute('aria-label')).to.equal('Zielgruppe durchsuchen');
    within.value = 'aeltere';
    within.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect([...groups.querySelectorAll('.option-label')].map(text)).to.deep.equal(['Ältere Menschen']);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('locks to Länder, a Zielbereich or a Lebenswelt, and offers only the chosen facets', async () => {
    const st = await list('land="ST"');
    expect(count(st)).to.equal('4 Projekte gefunden');
    expect(!!facet(st, 'Bundesland')).to.equal(false);
    const two = await list('land="ST DE-SN"');
    expect(count(two)).to.equal('6 Projekte gefunden');
    expect([...facet(two, 'Bundesland')!.querySelectorAll('.option-label')].map(text)).to.deep.equal([
      'Sachsen',
      'Sachsen-Anhalt',
    ]);
    const area = await list('target-area="Gesund älter werden"');
    expect(count(area)).to.equal('9 Projekte gefunden');
    expect(!!facet(area, 'Zielbereich')).to.equal(false);
    const setting = await list('setting="Kita"');
    expect(count(setting)).to.equal('5 Projekte gefunden');
    const chosen = await list('facets="land good-practice"');
    expect($$(chosen, 'fieldset legend').map(text)).to.deep.equal(['Bundesland', 'Good Practice']);
    const deep = await list('facets="land" heading-level="4"');
    expect(cards(deep)[0].shadowRoot!.querySelector('h4.title')).to.exist;
    expect(text($(deep, 'h4.filters-title'))).to.equal('Filter');
    const none = await list('facets=""');
    expect(!!$(none, 'fieldset')).to.equal(false);
    expect(!!$(none, '.filters')).to.equal(false);
  });

  it('pages with "Weitere Projekte anzeigen" and moves focus to the first new project', async () => {
    const el = await list('page-size="10"');
    expect(cards(el)).to.have.length(10);
    expect(text($(el, '.more p'))).to.equal('10 von 26 angezeigt');
    const more = $<HTMLButtonElement>(el, '[part="more-button"]')!;
    expect(text(more)).to.equal('Weitere Projekte anzeigen');
    more.click();
    await waitUntil(() => cards(el).length === 20 && deepActive()?.closest('article') !== undefined);
    await waitUntil(() => deepActive()?.classList.contains('title-link'), 'focus on the 11th project');
    expect(deepActive()!.getRootNode()).to.equal(cards(el)[10].shadowRoot);
    more.click();
    await waitUntil(() => cards(el).length === 26);
    expect(!!$(el, '[part="more-button"]')).to.equal(false);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('sorts by title or by last update (attribute and select)', async () => {
    const el = await list('sort="updated"');
    expect(cardTitles(el).slice(0, 2)).to.deep.equal([
      'Gemeinsam aktiv – Bewegung für erwerbslose Menschen', // 2026-11-10
      'Kiezlauf – Bewegung für Kinder in Nord-Neukölln', // 2026-10-20
    ]);
    const select = $<HTMLSelectElement>(el, 'select')!;
    expect(select.value).to.equal('updated');
    select.value = 'title';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(cardTitles(el)[0]).to.equal('Bewegte Nachbarschaft – gesund älter werden in Langwasser');
  });

  describe('state in the address', () => {
    let original: string;
    beforeEach(() => (original = location.href));
    afterEach(() => history.replaceState(history.state, '', original));

    it('restores search and filters from the address and writes changes back (defaults left out)', async () => {
      history.replaceState(history.state, '', '?other=1&kgc-q=quartier&kgc-land=BE');
      const el = await list('url-state');
      expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('quartier');
      expect(checkbox(el, 'Bundesland', 'Berlin').checked).to.equal(true);
      expect(count(el)).to.equal('1 Projekt gefunden');

      await toggle(el, 'Bundesland', 'Sachsen-Anhalt');
      await waitUntil(() => new URLSearchParams(location.search).getAll('kgc-land').length === 2, 'address updated');
      const params = new URLSearchParams(location.search);
      expect(params.getAll('kgc-land')).to.deep.equal(['BE', 'ST']);
      expect(params.get('other')).to.equal('1');
      expect(params.has('kgc-sort')).to.equal(false);

      await search(el, '');
      await toggle(el, 'Bundesland', 'Berlin');
      await toggle(el, 'Bundesland', 'Sachsen-Anhalt');
      await waitUntil(() => location.search === '?other=1', 'defaults left out');

      // Round trip: a view written by one list is restored by a new one.
      await search(el, 'gesund');
      await toggle(el, 'Good Practice', 'Nur Good-Practice-Projekte');
      const select = $<HTMLSelectElement>(el, 'select')!;
      select.value = 'updated';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => location.search.includes('kgc-sort=updated'));
      const expected = cardTitles(el);
      el.remove();
      const again = await list('url-state');
      expect(cardTitles(again)).to.deep.equal(expected);
      expect(count(again)).to.equal(count(el));
    });

    it('ignores address filters for facets the list does not offer', async () => {
      history.replaceState(history.state, '', '?kgc-land=BE&kgc-good-practice=1');
      const el = await list('url-state facets="good-practice"');
      expect(count(el)).to.equal('9 Projekte gefunden');
    });

    it('keeps two lists on one page apart', async () => {
      history.replaceState(history.state, '', '?kgc-a-land=ST&kgc-b-q=kita');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 1100px">
          <kgc-project-list url-state="a" src=${feedUrl('project-feed')}></kgc-project-list>
          <kgc-project-list url-state="b" src=${feedUrl('project-feed')}></kgc-project-list>
        </div>`,
      );
      const [a, b] = [...wrapper.querySelectorAll('kgc-project-list')];
      await loaded(a);
      await loaded(b);
      expect(count(a)).to.equal('4 Projekte gefunden');
      expect($<HTMLInputElement>(a, 'input[type="search"]')!.value).to.equal('');
      expect($<HTMLInputElement>(b, 'input[type="search"]')!.value).to.equal('kita');
      await search(b, 'schule');
      await waitUntil(() => new URLSearchParams(location.search).get('kgc-b-q') === 'schule');
      expect(new URLSearchParams(location.search).get('kgc-a-land')).to.equal('ST');
    });

    it('warns and falls back to the id when two lists claim the same parameters', async () => {
      const { result: wrapper, warnings } = await captureWarnings(() =>
        fixture<HTMLDivElement>(
          html`<div>
            <kgc-project-list url-state src=${feedUrl('project-feed')}></kgc-project-list>
            <kgc-project-list id="zweite" url-state src=${feedUrl('project-feed')}></kgc-project-list>
          </div>`,
        ),
      );
      expect(warnings.some((w) => w.includes('kgc-zweite-'))).to.equal(true);
      const second = wrapper.querySelector<KgcProjectList>('#zweite')!;
      await loaded(second);
      await search(second, 'kita');
      await waitUntil(() => new URLSearchParams(location.search).get('kgc-zweite-q') === 'kita');
    });
  });

  it('shows the empty state with "Filter zurücksetzen", which clears everything and returns focus to the search', async () => {
    const el = await list();
    await search(el, 'xyzxyz');
    const empty = $(el, '[part="empty"]')!;
    expect(text(empty)).to.contain('Keine Einträge gefunden');
    await expect(el).shadowDom.to.be.accessible();
    empty.querySelector('button')!.click();
    await waitUntil(() => cards(el).length === 12);
    expect(count(el)).to.equal('26 Projekte gefunden');
    expect(deepActive()).to.equal($(el, 'input[type="search"]'));
  });

  it('holds a page of results while loading: 18em a project on narrow screens, 14em from 40em up', async () => {
    const slow = await fixture<KgcProjectList>(
      html`<kgc-project-list page-size="1" src=${feedUrl('project-feed', { delay: 400 })}></kgc-project-list>`,
    );
    const loading = $(slow, '[part="loading"]')!;
    const em = parseFloat(getComputedStyle(loading).fontSize);
    const wide = matchMedia('(min-width: 40em)').matches;
    const held = Math.min((12 + (wide ? 14 : 18)) * em, innerHeight);
    expect(loading.getBoundingClientRect().height).to.be.closeTo(held, 1);
    await loaded(slow);
  });

  it('shows loading, error, empty and partial feeds', async () => {
    const slow = await fixture<KgcProjectList>(
      html`<kgc-project-list src=${feedUrl('project-feed', { delay: 400 })}></kgc-project-list>`,
    );
    expect($(slow, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(slow.getBoundingClientRect().height).to.be.greaterThan(300);
    await expect(slow).shadowDom.to.be.accessible();
    await loaded(slow);

    const failed = await list('', feedUrl('project-feed', { status: 503 }));
    expect(text($(failed, '[role="alert"]'))).to.contain('HTTP-Status 503');
    expect(text($(failed, '[part="retry"]'))).to.equal('Erneut versuchen');
    await expect(failed).shadowDom.to.be.accessible();

    const empty = await list('', feedUrl('empty'));
    expect(text($(empty, '[part="empty"]'))).to.contain('Keine Einträge gefunden');
    expect(!!$(empty, '[part="empty"] button')).to.equal(false);
    await expect(empty).shadowDom.to.be.accessible();

    const { result: partial, warnings } = await captureWarnings(() => list('', feedUrl('project-partial')));
    expect(cardTitles(partial)).to.deep.equal(['Gültiges Projekt eins', 'Gültiges Projekt zwei']);
    expect(warnings.filter((w) => w.includes('skipped projects['))).to.have.length(2);
    await expect(partial).shadowDom.to.be.accessible();
  });

  it('lets kgc-select of a card without url bubble out of the list', async () => {
    const el = await list();
    await search(el, 'oebisfelde');
    const card = cards(el)[0];
    const selected = oneEvent(el, 'kgc-select');
    card.shadowRoot!.querySelector<HTMLButtonElement>('h2 button')!.click();
    const event = await selected;
    expect(event.detail.item.id).to.equal('p-aelter-dorf');
    expect(event.target).to.equal(el);
  });

  it('shows hostile strings as text and never links javascript: URLs', async () => {
    const el = await list('', feedUrl('project-hostile'));
    const card = cards(el)[0].shadowRoot!;
    expect(text(card.querySelector('h2'))).to.equal('<img src=x onerror=alert(1)>');
    expect(!!card.querySelector('img, script, b, i')).to.equal(false);
    expect(!!card.querySelector('a')).to.equal(false);
    expect(text(option(el, 'Zielbereich', '<b>fett</b>')!)).to.contain('<b>fett</b>');
    await search(el, 'img');
    expect([...card.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['img']);
    expect(!!card.querySelector('img')).to.equal(false);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('speaks English', async () => {
    const el = await list('lang="en"');
    expect(count(el)).to.equal('26 projects found');
    expect($$(el, 'fieldset legend').map(text)).to.deep.equal([
      'Federal state',
      'Target area',
      'Target group',
      'Setting',
      'Age group',
      'Good practice',
    ]);
    expect(option(el, 'Federal state', 'Saxony-Anhalt')).to.exist;
    expect(text($(el, '.search-label'))).to.equal('Search projects');
    expect(text($(el, '[part="more-button"]'))).to.equal('Show more projects');
    await search(el, 'xyzxyz');
    expect(text($(el, '[part="empty"]'))).to.contain('No entries found');
    expect(text($(el, '[part="empty"] button'))).to.equal('Reset filters');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('folds the facets behind a "Filter" button in a narrow container, and shows a sidebar when wide', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><kgc-project-list src=${feedUrl('project-feed')}></kgc-project-list></div>`,
    );
    const el = wrapper.querySelector('kgc-project-list')!;
    await loaded(el);
    const toggleButton = $<HTMLButtonElement>(el, '[part="filter-toggle"]')!;
    const facets = $(el, '.facets')!;
    expect(getComputedStyle(toggleButton).display).not.to.equal('none');
    expect(toggleButton.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(facets).display).to.equal('none');
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).shadowDom.to.be.accessible();
    toggleButton.click();
    await el.updateComplete;
    expect(toggleButton.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(facets).display).not.to.equal('none');
    await toggle(el, 'Bundesland', 'Berlin');
    expect(text(toggleButton)).to.equal('Filter (1)');
    await expect(el).shadowDom.to.be.accessible();
    // "3 Projekte anzeigen" closes the facets and takes focus to the results.
    const show = $<HTMLButtonElement>(el, '.show-results')!;
    expect(text(show)).to.equal('3 Projekte anzeigen');
    show.click();
    await waitUntil(() => deepActive() === $(el, '[part="count"]'), 'focus on the result count');
    expect(toggleButton.getAttribute('aria-expanded')).to.equal('false');
    toggleButton.click();
    await el.updateComplete;

    wrapper.style.width = '1000px';
    await waitUntil(() => getComputedStyle(toggleButton).display === 'none', 'sidebar when wide');
    expect(getComputedStyle(show).display).to.equal('none');
    expect(getComputedStyle(facets).display).not.to.equal('none');
    const results = $(el, '.results')!.getBoundingClientRect();
    expect(facets.getBoundingClientRect().right).to.be.at.most(results.left);
  });

  it('works by keyboard alone: search, facets, paging', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1100px">
        <button id="before">vorher</button>
        <kgc-project-list
          facets="target-area good-practice"
          page-size="2"
          src=${feedUrl('project-feed')}
        ></kgc-project-list>
      </div>`,
    );
    const el = wrapper.querySelector('kgc-project-list')!;
    await loaded(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal($(el, 'input[type="search"]'));
    await sendKeys({ type: 'gesund' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('gesund');
    const found = count(el);

    // The first value of the first facet ("Gesund älter werden"), checked with the space bar.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(checkbox(el, 'Zielbereich', 'Gesund älter werden'));
    const promised = optionCount(el, 'Zielbereich', 'Gesund älter werden');
    await sendKeys({ press: ' ' }); // the space bar
    await el.updateComplete;
    expect(checkbox(el, 'Zielbereich', 'Gesund älter werden').checked).to.equal(true);
    expect(count(el)).not.to.equal(found);
    expect(count(el)).to.equal(`${promised} Projekte gefunden`);

    // On to "Weitere Projekte anzeigen": Tab until there, then Enter.
    const more = $(el, '[part="more-button"]')!;
    for (let i = 0; i < 20 && deepActive() !== more; i++) await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(more);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cards(el).length === 4);
    await waitUntil(() => deepActive()?.getRootNode() === cards(el)[2].shadowRoot, 'focus on the first new project');
    expect(deepActive()!.classList.contains('title-link')).to.equal(true);
  });
});

describe('kgc-project-list parts', () => {
  it('exports the cards’ parts, so the page can style them through the list', async () => {
    const el = document.createElement('kgc-project-list');
    el.data = {
      version: 1,
      projects: [
        {
          id: 'p',
          title: 'Ein Projekt',
          targetAreas: ['A'],
          settings: ['Kita'],
          targetGroups: ['Kinder'],
          region: { land: 'DE-ST' },
        },
      ],
    };
    const style = document.createElement('style');
    style.textContent = 'kgc-project-list::part(title) { outline: 3px solid rgb(1, 2, 3); }';
    document.head.append(style);
    document.body.append(el);
    try {
      await waitUntil(() =>
        el.shadowRoot?.querySelector('kgc-project-card')?.shadowRoot?.querySelector('[part~="title"]'),
      );
      const title = el.shadowRoot!.querySelector('kgc-project-card')!.shadowRoot!.querySelector('[part~="title"]')!;
      expect(getComputedStyle(title).outlineColor).to.equal('rgb(1, 2, 3)');
    } finally {
      el.remove();
      style.remove();
    }
  });
});
