// The demo's sample feed (built from demo/data/sources) on the map: the Berlin Clearingstelle's eleven
// Quartiersmanagement areas (seed 000) are partners of kind "Quartier".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/partner-map/partner-map.js';
import { feedUrl } from '../../helpers/server.js';

const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mapOf(fixtureName: string, attrs: Record<string, string>): Promise<Element> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement('kgc-partner-map');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.setAttribute('src', feedUrl(fixtureName));
  wrapper.append(el);
  await waitUntil(() => $$(el, '[part="base"]')[0]?.getAttribute('aria-busy') === 'false', 'the map settles', {
    timeout: 5000,
  });
  return el;
}

describe('<kgc-partner-map> with the demo feed', () => {
  it('shows the eleven Quartiere of the Berlin Clearingstelle from the demo feed, on the map and under Berlin in the list', async () => {
    const el = await mapOf('demo', { land: 'BE' });
    const berlin = [...$$(el, '[part="list"]')[0].querySelectorAll('.land-group')].find((g) =>
      text(g.querySelector('h3')).startsWith('Berlin'),
    )!;
    const quartiere = [...berlin.querySelectorAll('li.item')]
      .map((li) => text(li))
      .filter((t) => t.includes(' Quartier · '))
      .sort();
    expect(quartiere).to.deep.equal(
      [
        'Ackerstraße',
        'Brunnenstraße',
        'Falkenhagener Feld-West',
        'Flughafenstraße',
        'Gropiusstadt',
        'Heerstraße',
        'Kosmosviertel',
        'Richardplatz-Süd',
        'Schöneberger Norden',
        'Soldiner Straße',
        'Zentrum Kreuzberg',
      ].map((name) => `Quartiersmanagement ${name} Quartier · seit 2017 · Website`),
    );
    // Berlin: six Bezirke, the eleven Quartiere and the Koordinierungsstelle, each with its marker on the
    // map of Berlin, alone or in a group with its neighbours.
    expect(text(berlin.querySelector('h3'))).to.equal('Berlin (18)');
    const drawn = $$(el, '.marker').reduce((n, m) => n + (m.classList.contains('group') ? Number(text(m)) : 1), 0);
    expect(drawn).to.equal(18);
    expect($$(el, '.marker').map((m) => m.getAttribute('aria-label'))).to.include(
      'Quartiersmanagement Kosmosviertel (Quartier)',
    );
  });
});
