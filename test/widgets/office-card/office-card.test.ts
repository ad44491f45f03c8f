import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/office-card/office-card.js';
import type { KgcOfficeCard } from '../../../src/widgets/office-card/office-card.js';
import { captureWarnings, feedUrl } from '../../helpers/server.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const settled = (el: Element) =>
  waitUntil(() => $(el, '[part="base"]')?.getAttribute('aria-busy') === 'false', 'the card settles');

async function card(land: string | undefined, fixtureName = 'office-valid', lang?: string): Promise<KgcOfficeCard> {
  const el = await fixture<KgcOfficeCard>(
    html`<kgc-office-card src=${feedUrl(fixtureName)} land=${land ?? ''} lang=${lang ?? 'de'}></kgc-office-card>`,
  );
  await settled(el);
  await el.updateComplete;
  return el;
}

describe('<kgc-office-card>', () => {
  it('shows the office of its Land: name, Träger, address, contacts with mailto:/tel:, website, Schwerpunkte', async () => {
    const el = document.createElement('kgc-office-card');
    el.setAttribute('land', 'ST');
    el.src = feedUrl('office-valid');
    const loaded = oneEvent(el, 'kgc-load');
    document.body.append(el);
    expect((await loaded).detail.count).to.equal(1);
    await el.updateComplete;
    const article = $(el, 'article[part="card"]')!;
    const title = article.querySelector('h2')!;
    expect(text(title)).to.equal('Koordinierungsstelle Gesundheitliche Chancengleichheit Sachsen-Anhalt');
    expect(article.getAttribute('aria-labelledby')).to.equal(title.id);
    expect(text(article)).to.contain(
      'Träger Landesvereinigung für Gesundheit Sachsen-Anhalt e. V. (externer Link) Badestraße 2 39114 Magdeburg',
    );
    const hrefs = [...article.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([
      'https://www.example.org/lvg-st',
      'mailto:muster@example.org',
      'tel:03918364111',
      'mailto:kgc-st@example.org',
      'tel:0391836410',
      'https://www.example.org/kgc/sachsen-anhalt',
    ]);
    expect(text(article)).to.contain('Christa Muster, Koordination');
    expect($$(el, '.tags li').map(text)).to.deep.equal([
      'Soziallagenbezogene Gesundheitsförderung in Settings',
      'Quartiersarbeit',
    ]);
    await expect(el).shadowDom.to.be.accessible();
    el.remove();
  });

  it('accepts DE-XX, and a heading level', async () => {
    const el = await fixture<KgcOfficeCard>(
      html`<kgc-office-card src=${feedUrl('office-valid')} land="de-sn" heading-level="4"></kgc-office-card>`,
    );
    await settled(el);
    expect(text($(el, 'h4'))).to.equal('Koordinierungsstelle Gesundheitliche Chancengleichheit Sachsen');
  });

  it('says kindly when the feed has no office for the Land (not an error)', async () => {
    const el = document.createElement('kgc-office-card');
    el.setAttribute('land', 'BY');
    el.src = feedUrl('office-valid');
    const loaded = oneEvent(el, 'kgc-load');
    document.body.append(el);
    expect((await loaded).detail.count).to.equal(0);
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.equal(null);
    const empty = $(el, '[part="empty"]')!;
    expect(text(empty)).to.contain('Für Bayern ist in den Daten keine Koordinierungsstelle eingetragen.');
    expect(empty.querySelector('a')!.href).to.equal('https://www.example.org/koordinierungsstellen');
    await expect(el).shadowDom.to.be.accessible();
    el.remove();
  });

  it('warns about a missing or wrong land and still renders', async () => {
    const { result: el, warnings } = await captureWarnings(() => card('Sachsen'));
    expect(warnings.some((w) => w.includes('land="Sachsen"'))).to.equal(true);
    expect(text($(el, '[part="empty"]'))).to.contain('nicht angegeben');
  });

  it('shows loading and error states, accessible', async () => {
    const loading = await fixture<KgcOfficeCard>(
      html`<kgc-office-card land="ST" src=${feedUrl('office-valid', { delay: 300 })}></kgc-office-card>`,
    );
    expect($(loading, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(loading).shadowDom.to.be.accessible();
    await settled(loading);
    const failed = await fixture<KgcOfficeCard>(
      html`<kgc-office-card land="ST" src=${feedUrl('office-valid', { status: 404 })}></kgc-office-card>`,
    );
    await settled(failed);
    expect(text($(failed, '[role="alert"]'))).to.contain('HTTP-Status 404');
    await expect(failed).shadowDom.to.be.accessible();
  });

  it('shows hostile strings as text and links nothing unsafe', async () => {
    const el = await card('ST', 'map-hostile');
    expect($(el, 'i, script, img')).to.equal(null);
    expect(text($(el, 'h2'))).to.equal('Koordinierungsstelle <i>kursiv</i>');
    expect(text($(el, 'article'))).to.contain('Träger</dd><script>alert(1)</script>');
    expect($$(el, 'a')).to.have.length(0);
    expect(text($(el, 'article'))).to.contain('Telefon: javascript:alert(1)');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('speaks English', async () => {
    const el = await card('ST', 'office-valid', 'en');
    expect(text($(el, '.kicker'))).to.equal('Coordination office · Saxony-Anhalt');
    expect(text($(el, 'article'))).to.contain('Organisation');
    expect(text($(el, 'article'))).to.contain('Phone: 0391 / 8 36 41-11');
    const absent = await card('HB', 'office-valid', 'en');
    expect(text($(absent, '[part="empty"]'))).to.contain('The data lists no coordination office for Bremen.');
    await expect(absent).shadowDom.to.be.accessible();
  });
});
