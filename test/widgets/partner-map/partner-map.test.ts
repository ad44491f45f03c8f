import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/partner-map/partner-map.js';
import type { KgcPartnerMap } from '../../../src/widgets/partner-map/partner-map.js';
import { kreiseHashes } from '../../../src/widgets/partner-map/geo/kreise-hashes.js';
import { chord } from '../../helpers/keys.js';
import { captureWarnings, feedUrl } from '../../helpers/server.js';

const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const settled = (el: Element) =>
  waitUntil(() => $(el, '[part="base"]')?.getAttribute('aria-busy') === 'false', 'the map settles', { timeout: 5000 });

/** A map in a box of `width` px, loaded. */
async function mapOf(fixtureName: string, attrs: Record<string, string> = {}, width = 1000): Promise<KgcPartnerMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('kgc-partner-map');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.src = feedUrl(fixtureName);
  wrapper.append(el);
  await settled(el);
  await el.updateComplete;
  return el;
}

const markerAt = (marker: Element) => {
  const m = (marker as SVGGElement).transform.baseVal.consolidate()!.matrix;
  return new DOMPoint(m.e, m.f);
};
const marker = (el: Element, key: string) => $<SVGGElement>(el, `.marker[data-key="${key}"]`)!;
const landPath = (el: Element, land: string) => $<SVGPathElement>(el, `path.land[data-land="${land}"]`)!;

describe('<kgc-partner-map>', () => {
  after(() => {
    // No request of the whole file went anywhere but the test server (feeds, geometry, modules).
    const foreign = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => new URL(name).origin !== location.origin);
    expect(foreign).to.deep.equal([]);
  });

  it('draws the 16 Länder, a marker per place and the attribution, and fires kgc-load', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('kgc-partner-map');
    el.src = feedUrl('map-valid');
    const loaded = oneEvent(el, 'kgc-load');
    wrapper.append(el);
    expect((await loaded).detail.count).to.equal(18);
    await el.updateComplete;
    expect($$(el, 'path.land')).to.have.length(16);
    expect(new Set($$(el, 'path.land').map((p) => p.dataset.land)).size).to.equal(16);
    const svg = $(el, 'svg[part="map"]')!;
    expect(svg.getAttribute('aria-label')).to.equal('Karte: Partnerkommunen und Koordinierungsstellen – Deutschland');
    expect($(el, '.laender')!.getAttribute('aria-hidden')).to.equal('true');
    const members = $$(el, '.marker').reduce((n, m) => n + (m.classList.contains('group') ? Number(text(m)) : 1), 0);
    expect(members).to.equal(18);
    const attribution = $(el, '[part="attribution"]')!;
    expect(text(attribution)).to.contain('© GeoBasis-DE / BKG (2016), Daten verändert');
    expect(attribution.querySelector('a')!.href).to.equal('https://www.govdata.de/dl-de/by-2-0');
    expect(attribution.getBoundingClientRect().height).to.be.greaterThan(0);
    // partners are circles, offices diamonds: different shapes, not only colours
    expect(marker(el, 'partner:pa-leipzig').querySelector('circle.shape')).to.exist;
    expect(marker(el, 'office:kgc-st') ?? $(el, '.marker.group.has-office')).to.exist;
    await expect(el).shadowDom.to.be.accessible();
  });

  it('puts each marker inside its own Land (SVG geometry)', async () => {
    const el = await mapOf('map-valid', {}, 1000);
    const feed = await (await fetch(feedUrl('map-valid'))).json();
    const landOf = new Map<string, string>([
      ...feed.partners.map((p: { id: string; region: { land: string } }) => [`partner:${p.id}`, p.region.land]),
      ...feed.offices.map((o: { id: string; region: { land: string } }) => [`office:${o.id}`, o.region.land]),
    ]);
    const singles = $$(el, '.marker:not(.group)');
    expect(singles.length).to.be.greaterThan(6);
    for (const m of singles) {
      const land = landOf.get(m.dataset.key!)!;
      expect(landPath(el, land).isPointInFill(markerAt(m)), `${m.dataset.key} in ${land}`).to.equal(true);
    }
    // Leipzig lies in Sachsen, not in Sachsen-Anhalt next door
    const leipzig = markerAt(marker(el, 'partner:pa-leipzig'));
    expect(landPath(el, 'DE-SN').isPointInFill(leipzig)).to.equal(true);
    expect(landPath(el, 'DE-ST').isPointInFill(leipzig)).to.equal(false);
  });

  it('groups markers that overlap at the current size, with a count', async () => {
    const wide = await mapOf('map-valid', {}, 1000);
    const berlin = $$(wide, '.marker.group').find((g) => g.getAttribute('aria-label')!.includes('Bezirk Mitte'))!;
    expect(berlin, 'Berlin’s Bezirke form one group').to.exist;
    expect(text(berlin)).to.equal('4');
    expect(berlin.getAttribute('aria-label')).to.match(/^Gruppe mit 4 Einträgen: .*Bezirk Neukölln/);
    const narrow = await mapOf('map-valid', {}, 320);
    expect($$(narrow, '.marker').length).to.be.lessThan($$(wide, '.marker').length);
    // Köln and Bonn (25 km apart) stand apart at 1000 px and overlap at 320 px
    expect(marker(wide, 'partner:pa-koeln')).to.exist;
    expect(marker(wide, 'partner:pa-bonn')).to.exist;
    const rhein = $$(narrow, '.marker.group').find((g) => g.getAttribute('aria-label')!.includes('Bundesstadt Bonn'))!;
    expect(rhein.getAttribute('aria-label')).to.equal('Gruppe mit 2 Einträgen: Bundesstadt Bonn, Stadt Köln');
    // focused on Berlin, the Bezirke stand apart
    const focused = await mapOf('map-valid', { land: 'BE' }, 1000);
    expect($$(focused, '.marker.group')).to.have.length(0);
    expect($$(focused, '.marker')).to.have.length(4);
  });

  it('focuses a Land with land="ST": fitted, its Kreise from the hashed file, the rest dimmed; "Ganz Deutschland" goes back', async () => {
    const el = await mapOf('map-valid', { land: 'ST' });
    await waitUntil(() => $$(el, 'path.kreis').length === 14, 'the 14 Kreise of Sachsen-Anhalt', { timeout: 5000 });
    expect($$(el, 'path.kreis').every((k) => k.dataset.ags!.startsWith('15'))).to.equal(true);
    expect(performance.getEntriesByType('resource').some((e) => e.name.endsWith('/geo/kreise/DE-ST.json'))).to.equal(
      true,
    );
    expect($$(el, 'path.land.dim')).to.have.length(15);
    expect(landPath(el, 'DE-ST').classList.contains('current')).to.equal(true);
    expect($(el, 'svg')!.getAttribute('aria-label')).to.contain('Sachsen-Anhalt');
    // fitted: Sachsen-Anhalt fills the map's height
    const box = landPath(el, 'DE-ST').getBBox();
    const height = Number($(el, 'svg')!.getAttribute('height'));
    expect(box.height / height).to.be.greaterThan(0.8);
    // only Sachsen-Anhalt's places, on the map and in the list
    expect($$(el, '.list .land-group')).to.have.length(1);
    expect(text($(el, '.list .land-group h3'))).to.contain('Sachsen-Anhalt');
    expect($(el, '[role="status"]')!.textContent).to.equal('');
    await expect(el).shadowDom.to.be.accessible();

    const back = $$(el, 'button').find((b) => text(b) === '← Ganz Deutschland')!;
    back.click();
    await el.updateComplete;
    expect($$(el, 'path.kreis')).to.have.length(0);
    expect($$(el, 'path.land.dim')).to.have.length(0);
    expect($$(el, '.list .land-group').length).to.be.greaterThan(5);
    expect(text($(el, '[role="status"]'))).to.contain('Angezeigt: 15 Partnerkommunen, 3 Koordinierungsstellen');
    expect(shadow(el).activeElement).to.equal($(el, 'select'));
  });

  it('draws a focused Land again when the font size changes (the room for "Ganz Deutschland" grows with it)', async () => {
    // Narrow: the map's size stays the same at both font sizes.
    const el = await mapOf('map-valid', { land: 'ST' }, 400);
    const top = () => landPath(el, 'DE-ST').getBBox().y;
    const before = top();
    const size = $(el, 'svg')!.getAttribute('viewBox');
    el.style.setProperty('--kgc-font-size', '24px');
    await waitUntil(() => top() > before + 10, 'Sachsen-Anhalt moves down below the larger button', { timeout: 3000 });
    expect($(el, 'svg')!.getAttribute('viewBox')).to.equal(size);
  });

  it('focuses a Land when it is clicked, and through the Land field', async () => {
    const el = await mapOf('map-valid');
    landPath(el, 'DE-SN').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('DE-SN');
    expect(text($(el, '[role="status"]'))).to.equal('Sachsen: 2 Partnerkommunen, 1 Koordinierungsstelle');
    await waitUntil(() => $$(el, 'path.kreis').length === 13, 'the Kreise of Sachsen', { timeout: 5000 });
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = 'DE-BY';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(landPath(el, 'DE-BY').classList.contains('current')).to.equal(true);
    await waitUntil(
      () => $$(el, 'path.kreis').length > 0 && $$(el, 'path.kreis').every((k) => k.dataset.ags!.startsWith('09')),
    );
  });

  it('refuses a Kreise file whose hash does not match the bundle, and still shows the Land', async () => {
    const original = kreiseHashes['DE-TH'];
    kreiseHashes['DE-TH'] = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
    try {
      const { result: el, warnings } = await captureWarnings(async () => {
        const el = await mapOf('map-valid', { land: 'TH' });
        await waitUntil(() => $(el, '.notice'), 'the notice about the Kreise', { timeout: 5000 });
        return el;
      });
      expect(warnings.some((w) => w.includes('Kreise of DE-TH') && w.includes('SHA-256'))).to.equal(true);
      expect($$(el, 'path.kreis')).to.have.length(0);
      expect(text($(el, '.notice'))).to.contain('Kreisgrenzen konnten nicht geladen werden');
      expect(landPath(el, 'DE-TH').classList.contains('current')).to.equal(true);
      await expect(el).shadowDom.to.be.accessible();
    } finally {
      kreiseHashes['DE-TH'] = original;
    }
  });

  it('opens a panel for a marker (kgc-select), and Escape closes it and returns focus', async () => {
    const el = await mapOf('map-valid');
    const leipzig = marker(el, 'partner:pa-leipzig');
    const selected = oneEvent(el, 'kgc-select');
    leipzig.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const event = await selected;
    expect((event.detail.item as { id: string }).id).to.equal('pa-leipzig');
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    const panel = $(el, '[part="panel"]')!;
    expect(panel.getAttribute('role')).to.equal('dialog');
    expect(text(panel)).to.contain('Stadt Leipzig');
    expect(text(panel)).to.contain('Art Stadt');
    expect(text(panel)).to.contain('Land Sachsen');
    expect(text(panel)).to.contain('Beigetreten September 2013');
    expect(shadow(el).activeElement).to.equal(panel);
    expect(leipzig.classList.contains('selected')).to.equal(true);
    await expect(el).shadowDom.to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part="panel"]')).to.equal(null);
    expect(shadow(el).activeElement).to.equal(leipzig);
  });

  it('shows focus, link and contact of a partner chosen from a group, with mailto: and tel: links', async () => {
    const el = await mapOf('map-valid');
    const group = $$(el, '.marker.group').find((g) =>
      g.getAttribute('aria-label')!.includes('Landeshauptstadt Magdeburg'),
    )!;
    group.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(text($(el, '[part="panel"] h2'))).to.match(/^\d Einträge an dieser Stelle$/);
    expect(group.classList.contains('selected')).to.equal(true);
    await expect(el).shadowDom.to.be.accessible();
    const choice = $$(el, '[part="panel"] button').find((b) => text(b) === 'Landeshauptstadt Magdeburg')!;
    choice.click();
    await el.updateComplete;
    const panel = $(el, '[part="panel"]')!;
    expect(text(panel)).to.contain('Beigetreten Juni 2012');
    expect([...panel.querySelectorAll('.tags li')].map(text)).to.deep.equal(['Gesund aufwachsen', 'Präventionskette']);
    expect(panel.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.href).to.equal(
      'mailto:gesundheit@magdeburg.example.org',
    );
    expect(panel.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.href).to.equal('tel:0391540-0'.replace('-', ''));
    expect(panel.querySelector<HTMLAnchorElement>('.website a')!.href).to.equal(
      'https://www.example.org/partner/magdeburg',
    );
    await expect(el).shadowDom.to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(group);
  });

  it('has a list twin grouped by Land (name, kind, joined, link) that shares the selection with the map', async () => {
    const el = await mapOf('map-valid');
    const list = $(el, '[part="list"]')!;
    expect(text(list.querySelector('h2'))).to.equal('Liste der Partnerkommunen und Koordinierungsstellen');
    const groups = [...list.querySelectorAll('.land-group')];
    expect(groups.map((g) => text(g.querySelector('h3')))).to.deep.equal([
      'Baden-Württemberg (1)',
      'Bayern (2)',
      'Berlin (4)',
      'Hamburg (1)',
      'Nordrhein-Westfalen (2)',
      'Sachsen (3)',
      'Sachsen-Anhalt (4)',
      'Schleswig-Holstein (1)',
    ]);
    const st = groups[6];
    const items = [...st.querySelectorAll('li.item')].map((li) => text(li));
    expect(items[0]).to.match(
      /^Koordinierungsstelle Gesundheitliche Chancengleichheit Sachsen-Anhalt Koordinierungsstelle/,
    );
    expect(items).to.include('Halle (Saale) Stadt · seit 12.03.2014 · Website');
    expect(st.querySelector('li[data-key="partner:pa-halle"] a')!.getAttribute('aria-label')).to.equal(
      'Website von Halle (Saale) (externer Link)',
    );
    expect(items).to.include('Landkreis Mansfeld-Südharz Landkreis · seit 2016');
    const halle = st.querySelector<HTMLElement>('li[data-key="partner:pa-halle"]')!;
    expect(halle.querySelector('a')!.href).to.equal('https://www.example.org/partner/halle');

    // list → map
    halle.querySelector('button')!.click();
    await el.updateComplete;
    expect(halle.classList.contains('selected')).to.equal(true);
    expect(halle.querySelector('button')!.getAttribute('aria-current')).to.equal('true');
    expect($$(el, '.marker.selected')).to.have.length(1);
    expect(text($(el, '[part="panel"] h2'))).to.equal('Halle (Saale)');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(halle.querySelector('button'));

    // map → list
    marker(el, 'partner:pa-leipzig').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect($(el, 'li[data-key="partner:pa-leipzig"]')!.classList.contains('selected')).to.equal(true);
    expect(halle.classList.contains('selected')).to.equal(false);
  });

  it('works by keyboard: every marker reachable and operable, skip link to the list', async () => {
    const el = await mapOf('map-valid');
    const markers = $$<SVGGElement>(el, '.marker');
    expect(markers.every((m) => m.getAttribute('tabindex') === '0' && m.getAttribute('role') === 'button')).to.equal(
      true,
    );
    expect(markers.every((m) => m.getAttribute('aria-label'))).to.equal(true);
    const lastShow = $$<HTMLInputElement>(el, 'fieldset input').at(-1)!;
    lastShow.focus();
    await sendKeys({ press: 'Tab' }); // the skip button
    expect(shadow(el).activeElement!.classList.contains('skip')).to.equal(true);
    expect(shadow(el).activeElement!.getBoundingClientRect().width).to.be.greaterThan(20);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(markers[0]);
    // visible focus on the map: the ring gets a stroke
    expect(getComputedStyle(markers[0].querySelector('.ring')!).stroke).to.not.equal('none');
    for (let i = 1; i < markers.length; i++) {
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(markers[i]);
    }
    await chord('Shift', 'Tab');
    await sendKeys({ press: 'ArrowRight' });
    expect(shadow(el).activeElement).to.equal(markers.at(-1));
    await sendKeys({ press: 'Home' });
    expect(shadow(el).activeElement).to.equal(markers[0]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(shadow(el).activeElement).to.equal(markers.at(-1));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[part="panel"]')).to.exist;
    expect(shadow(el).activeElement).to.equal($(el, '[part="panel"]'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(markers.at(-1));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect($(el, '[part="panel"]')).to.exist;
    await sendKeys({ press: 'Escape' });
    // skip link
    $(el, '.skip')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(shadow(el).activeElement).to.equal($(el, '[part="list"]'));
  });

  it('lists places with invalid coordinates or outside Germany, with a warning, but draws no marker', async () => {
    const { result: el, warnings } = await captureWarnings(() => mapOf('map-coords'));
    expect($$(el, '.marker')).to.have.length(1);
    expect($$(el, '.list li.item')).to.have.length(4);
    expect($$(el, '.list .problem').map(text)).to.deep.equal([
      'nicht auf der Karte',
      'nicht auf der Karte',
      'nicht auf der Karte',
    ]);
    expect(warnings.filter((w) => w.includes('shown in the list only'))).to.have.length(3);
    expect(warnings.some((w) => w.includes('partners[1] "Wien (falsch eingetragen)" lies outside Germany'))).to.equal(
      true,
    );
    expect(
      warnings.some((w) => w.includes('partners[2] "Straßburg (falsch eingetragen)" lies outside Germany')),
    ).to.equal(true);
    expect(warnings.some((w) => w.includes('partners[3] "Gemeinde mit Tippfehler" has invalid coordinates'))).to.equal(
      true,
    );
    await expect(el).shadowDom.to.be.accessible();
  });

  it('filters by show, kind and Land, and resets an empty result', async () => {
    const offices = await mapOf('map-valid', { show: 'offices' });
    expect($$(offices, '.list li.item').every((li) => li.dataset.key!.startsWith('office:'))).to.equal(true);
    expect($$(offices, '.list li.item')).to.have.length(3);
    const bezirke = await mapOf('map-valid', { kind: 'Bezirk', show: 'partners' });
    expect($$(bezirke, '.list li.item').map((li) => li.dataset.key)).to.have.members([
      'partner:pa-mitte',
      'partner:pa-neukoelln',
      'partner:pa-marzahn',
      'partner:pa-hamburg-mitte',
    ]);
    const { result: empty, warnings } = await captureWarnings(() =>
      mapOf('map-valid', { kind: 'Quartier', land: 'XX', show: 'partners' }),
    );
    expect(warnings.some((w) => w.includes('land="XX"'))).to.equal(true);
    expect(text($(empty, '[part="empty"]'))).to.contain('Keine Einträge gefunden');
    await expect(empty).shadowDom.to.be.accessible();
    $<HTMLButtonElement>(empty, '[part="empty"] button')!.click();
    await empty.updateComplete;
    expect($$(empty, '.list li.item')).to.have.length(18);
    // the kind field
    const kind = $$<HTMLSelectElement>(empty, 'select')[1];
    kind.value = 'Landkreis';
    kind.dispatchEvent(new Event('change'));
    await empty.updateComplete;
    expect($$(empty, '.list li.item').map((li) => li.dataset.key))
      .to.include('partner:pa-msh')
      .and.not.include('partner:pa-halle');
  });

  it('shades the Länder by their number of partners, with a legend', async () => {
    const el = await mapOf('map-valid');
    expect(landPath(el, 'DE-ST').classList.contains('shade-3')).to.equal(true);
    expect(landPath(el, 'DE-SN').classList.contains('shade-2')).to.equal(true);
    expect(landPath(el, 'DE-HH').classList.contains('shade-1')).to.equal(true);
    expect(landPath(el, 'DE-TH').classList.contains('shade-0')).to.equal(true);
    expect(text(landPath(el, 'DE-ST').querySelector('title'))).to.equal('Sachsen-Anhalt: 3 Partnerkommunen');
    const legend = $(el, '[part="legend"]')!;
    expect([...legend.querySelectorAll('.swatches li')].map(text)).to.deep.equal(['0', '1', '2', '3']);
    expect(text(legend)).to.contain('Partnerkommunen je Land');
    expect(text($(el, 'select option[value="DE-ST"]'))).to.equal('Sachsen-Anhalt (4)');
  });

  it('follows its container’s size and works when first rendered inside a hidden tab', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px" hidden></div>`);
    const el = document.createElement('kgc-partner-map');
    el.src = feedUrl('map-valid');
    wrapper.append(el);
    await settled(el);
    wrapper.hidden = false;
    const svg = () => $(el, 'svg')!;
    await waitUntil(() => svg().getBoundingClientRect().width > 300, 'the map takes its width once shown', {
      timeout: 3000,
    });
    expect(svg().getBoundingClientRect().height).to.be.greaterThan(300);
    const groupsWide = $$(el, '.marker').length;
    wrapper.style.width = '340px';
    await waitUntil(() => Number(svg().getAttribute('width')) === 340, 'the map follows the narrower container', {
      timeout: 3000,
    });
    expect(svg().getBoundingClientRect().width).to.be.closeTo(340, 3);
    expect($$(el, '.marker').length).to.be.lessThan(groupsWide);
    const leipzig =
      marker(el, 'partner:pa-leipzig') ??
      $$(el, '.marker.group').find((g) => g.getAttribute('aria-label')!.includes('Leipzig'))!;
    expect(
      landPath(el, 'DE-SN').isPointInFill(markerAt(leipzig)) || landPath(el, 'DE-ST').isPointInFill(markerAt(leipzig)),
    ).to.equal(true);
  });

  it('shows loading, error and empty states, each accessible', async () => {
    const loading = await fixture<KgcPartnerMap>(
      html`<kgc-partner-map src=${feedUrl('map-valid', { delay: 400 })}></kgc-partner-map>`,
    );
    expect($(loading, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(text($(loading, '[role="status"]'))).to.equal('Wird geladen …');
    await expect(loading).shadowDom.to.be.accessible();
    await settled(loading);

    const failed = await fixture<KgcPartnerMap>(
      html`<kgc-partner-map src=${feedUrl('map-valid', { status: 503 })}></kgc-partner-map>`,
    );
    await settled(failed);
    expect(text($(failed, '[role="alert"]'))).to.contain('HTTP-Status 503');
    expect(text($(failed, '[part="retry"]'))).to.equal('Erneut versuchen');
    await expect(failed).shadowDom.to.be.accessible();

    const empty = await mapOf('map-empty');
    expect(text($(empty, '[part="empty"]'))).to.equal('Keine Einträge gefunden.');
    await expect(empty).shadowDom.to.be.accessible();
  });

  it('shows the valid places of a partly invalid feed and names the skipped ones', async () => {
    const { result: el, warnings } = await captureWarnings(() => mapOf('map-partial'));
    expect($$(el, '.list li.item').map((li) => li.dataset.key)).to.deep.equal([
      'partner:pa-leipzig',
      'partner:pa-magdeburg',
    ]);
    for (const path of ['partners[1]', 'partners[2]', 'offices[0]']) {
      expect(
        warnings.some((w) => w.includes(`skipped ${path}`)),
        path,
      ).to.equal(true);
    }
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows hostile strings as text and never links javascript: URLs', async () => {
    const el = await mapOf('map-hostile', { land: 'ST' });
    const root = shadow(el);
    expect(root.querySelector('img, script, b, i, svg svg')).to.equal(null);
    expect(text($(el, '.list'))).to.contain('<img src=x onerror="window.__pwned=1">Böse Stadt');
    expect(text($(el, '.list'))).to.contain('<script>window.__pwned=2</script>');
    const evil = $(el, 'li[data-key="partner:pa-evil"]')!;
    expect(evil.querySelector('a')).to.equal(null);
    evil.querySelector('button')!.click();
    await el.updateComplete;
    const panel = $(el, '[part="panel"]')!;
    expect(text(panel)).to.contain('"><svg onload=window.__pwned=4>');
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(hrefs.filter((h) => !/^(https:|mailto:|tel:)/.test(h))).to.deep.equal([]);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const el = await mapOf('map-valid', { lang: 'en', land: 'DE-ST' });
    expect(text($(el, '.back'))).to.equal('← All of Germany');
    expect($(el, 'svg')!.getAttribute('aria-label')).to.equal(
      'Map: partner municipalities and coordination offices – Saxony-Anhalt',
    );
    expect(text($(el, '.list h2'))).to.equal('List of partner municipalities and coordination offices');
    expect(text($(el, '.list h3'))).to.equal('Saxony-Anhalt (4)');
    expect(text($(el, 'li[data-key="partner:pa-magdeburg"]'))).to.contain('Stadt · since June 2012');
    expect(text($(el, '[part="attribution"]'))).to.contain('© GeoBasis-DE / BKG (2016), Daten verändert');
    $(el, 'li[data-key="partner:pa-magdeburg"] button')!.click();
    await el.updateComplete;
    expect(text($(el, '[part="panel"]'))).to.contain('Joined June 2012');
    expect($(el, '[part="panel"] .close')!.getAttribute('aria-label')).to.equal('Close');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('counts all of a Land’s places in the list twin’s heading while the first view still adds its items', async () => {
    const partners = Array.from({ length: 80 }, (_, i) => ({
      id: `st-${i}`,
      name: `Gemeinde ${String(i).padStart(2, '0')}`,
      kind: 'Gemeinde',
      region: { land: 'DE-ST' },
      location: { lat: 51.9 + (i % 9) * 0.04, lon: 11.3 + Math.floor(i / 9) * 0.06 },
    }));
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('kgc-partner-map');
    el.data = { version: 1, partners };
    wrapper.append(el);
    // The twin as its first stage left it (30 places; later stages add the rest): a stage's update is one change
    // of the DOM, seen here before the next stage's task (frames may not come between them on a busy machine).
    const first = await new Promise<{ items: number; heading: string; summary: string }>((resolve) => {
      const changes = new MutationObserver(() => {
        if (!$(el, '.land-group')) return;
        changes.disconnect();
        resolve({
          items: $$(el, '.land-group li.item').length,
          heading: text($(el, '.land-group h3')),
          summary: text($(el, '.land-group .visually-hidden')),
        });
      });
      changes.observe(el.shadowRoot!, { childList: true, subtree: true });
    });
    expect(first.items).to.be.below(80);
    expect(first.heading).to.equal('Sachsen-Anhalt (80)');
    expect(first.summary).to.equal('80 Partnerkommunen, 0 Koordinierungsstellen');
    await settled(el);
    expect($$(el, '.land-group li.item')).to.have.length(80);
    expect(text($(el, '.land-group h3'))).to.equal('Sachsen-Anhalt (80)');
  });

  it('changes the list twin’s items when the language changes after the first view', async () => {
    const el = await mapOf('map-valid', { land: 'DE-ST' });
    const halle = () => $(el, 'li[data-key="partner:pa-halle"]')!;
    expect(text(halle())).to.equal('Halle (Saale) Stadt · seit 12.03.2014 · Website');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text(halle())).to.equal('Halle (Saale) Stadt · since 12/03/2014 · Website');
    expect(halle().querySelector('a')!.getAttribute('aria-label')).to.equal('Website of Halle (Saale) (external link)');
  });
});
