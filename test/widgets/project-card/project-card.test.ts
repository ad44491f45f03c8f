import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/project-card/project-card.js';
import type { KgcProjectCard } from '../../../src/widgets/project-card/project-card.js';
import type { Project } from '../../../src/feed/schema.js';
import { captureWarnings, feedUrl } from '../../helpers/server.js';

const LEIPZIG = 'p-leipzig-koordinierungsstelle';
const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
// Over HTTP, with a real server: waitUntil's default of one second was too short for a cold first load in
// Firefox under CI load (seen once).
const loaded = (el: Element) =>
  waitUntil(() => $(el, '[part="base"]')?.getAttribute('aria-busy') === 'false', 'card settles', { timeout: 5000 });

async function card(attrs: { id?: string; variant?: string; lang?: string; level?: string; src?: string }) {
  const el = await fixture<KgcProjectCard>(
    html`<kgc-project-card
      src=${attrs.src ?? feedUrl('project-feed')}
      project-id=${attrs.id ?? LEIPZIG}
      variant=${attrs.variant ?? 'teaser'}
      lang=${attrs.lang ?? 'de'}
      heading-level=${attrs.level ?? '2'}
    ></kgc-project-card>`,
  );
  await loaded(el);
  return el;
}

const plain: Project = {
  id: 'p-plain',
  title: 'Gesund aelter werden im Dorf',
  summary: 'Besuche bei älteren Menschen im Dorf.',
  targetAreas: ['Gesund älter werden'],
  settings: ['Kommune'],
  targetGroups: ['Ältere Menschen'],
  region: { land: 'DE-ST', municipality: 'Oebisfelde' },
};

describe('<kgc-project-card>', () => {
  it('shows a teaser of the project picked by project-id from a feed over HTTP', async () => {
    const events: CustomEvent[] = [];
    const el = document.createElement('kgc-project-card');
    el.addEventListener('kgc-load', (e) => events.push(e));
    el.src = feedUrl('project-feed');
    el.projectId = LEIPZIG;
    document.body.append(el);
    await loaded(el);
    const article = $(el, 'article')!;
    const title = $(el, 'h2')!;
    expect(article.getAttribute('aria-labelledby')).to.equal(title.id);
    expect(text(title)).to.contain('Koordinierungsstelle kommunale Gesundheit');
    const link = $<HTMLAnchorElement>(el, 'h2 a')!;
    expect(link.href).to.equal('https://www.example.org/projekte/leipzig-verfuegungsfonds-gesundheit');
    expect(text($(el, '[part="meta"]'))).to.equal('Stadt Leipzig · Leipzig, Sachsen');
    expect($$(el, '[part="tag"]').map(text)).to.deep.equal([
      'Gesund aufwachsen',
      'Gesund älter werden',
      'Gesundheitsförderung von Erwerbslosen',
    ]);
    expect(text($(el, '[part="summary"]'))).to.contain('Kümmerer');
    expect(text($(el, '[part="badge"]'))).to.equal('Good Practice');
    expect(events.map((e) => e.detail.count)).to.deep.equal([1]);
    await expect(el).shadowDom.to.be.accessible();
    el.remove();
  });

  it('shows the whole Steckbrief in the order of the Praxisdatenbank', async () => {
    const el = await card({ variant: 'full' });
    expect(text($(el, 'h2'))).to.equal('Koordinierungsstelle kommunale Gesundheit');
    expect(!!$(el, 'h2 a, h2 button')).to.equal(false);
    expect($$(el, 'h3').map(text)).to.deep.equal([
      'Zielbereich',
      'Lebenswelt',
      'Ziele',
      'Zielgruppe',
      'Altersgruppe',
      'Aktivitäten',
      'Aktueller Stand',
      'Laufzeit',
      'Projektträger',
      'Projektkoordination',
      'Projektwebseite',
      'Förderer | Kooperationspartner',
    ]);
    const section = (heading: string) => $$(el, 'section').find((s) => text(s.querySelector('h3')) === heading)!;
    expect(section('Ziele').querySelectorAll('ul > li')).to.have.length(2);
    expect(section('Aktivitäten').querySelectorAll('ul > li')).to.have.length(4);
    expect(section('Förderer | Kooperationspartner').querySelectorAll('li')).to.have.length(6);
    expect(text(section('Laufzeit'))).to.contain('07/2014 – 06/2017');
    expect(text(section('Projektträger'))).to.contain('Friedrich-Ebert-Straße 19a 04109 Leipzig');
    const contact = section('Projektkoordination');
    expect(contact.querySelector('a[href="tel:034112345670"]')!.textContent).to.equal('0341 1234567-0');
    expect(contact.querySelector('a[href="mailto:anna.blaschke@example.org"]')).to.exist;
    expect(section('Projektwebseite').querySelector('a')!.getAttribute('href')).to.equal(
      'https://www.example.org/projekte/leipzig-verfuegungsfonds-gesundheit',
    );
    expect(text(section('Projektwebseite'))).to.contain('www.example.org/projekte/leipzig-verfuegungsfonds-gesundheit');
    expect(text($(el, '[part="updated"]'))).to.equal('Stand: 05.03.2020');
    expect(text($(el, '[part="badge"]'))).to.equal('Good Practice');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('puts its headings at heading-level, the sections one below', async () => {
    const el = await card({ variant: 'full', level: '4' });
    expect($(el, 'h4')!.id).to.equal($(el, 'article')!.getAttribute('aria-labelledby'));
    expect($$(el, 'h5').length).to.be.greaterThan(5);
    expect(!!$(el, 'h2, h3')).to.equal(false);
  });

  it('speaks English', async () => {
    const el = await card({ variant: 'full', lang: 'en' });
    expect($$(el, 'h3').map(text).slice(0, 3)).to.deep.equal(['Target area', 'Setting', 'Goals']);
    expect(text($(el, '[part="meta"]'))).to.equal('Stadt Leipzig · Leipzig, Saxony');
    expect(text($(el, '[part="updated"]'))).to.equal('Last updated: 05/03/2020');
    expect(text(el.shadowRoot as unknown as Element)).to.contain('Phone: 0341 1234567-0');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('says so when the loaded data has no project with this id (empty state, kgc-load with 0, no error)', async () => {
    const loads: CustomEvent[] = [];
    const errors: CustomEvent[] = [];
    const el = document.createElement('kgc-project-card');
    el.addEventListener('kgc-load', (e) => loads.push(e));
    el.addEventListener('kgc-error', (e) => errors.push(e));
    el.src = feedUrl('project-feed');
    el.projectId = 'p-gibt-es-nicht';
    document.body.append(el);
    await waitUntil(() => loads.length === 1, 'kgc-load', { timeout: 5000 });
    await el.updateComplete;
    expect(loads[0].detail.count).to.equal(0);
    expect(errors).to.have.length(0);
    expect(text($(el, '[part="empty"]'))).to.equal('Dieses Projekt ist in den Daten nicht enthalten.');
    expect(!!$(el, '[role="alert"]')).to.equal(false);
    expect(!!$(el, '[part="retry"]')).to.equal(false);
    await expect(el).shadowDom.to.be.accessible();
    el.remove();
  });

  it('shows loading (aria-busy) and a failed load with retry', async () => {
    const slow = await fixture<KgcProjectCard>(
      html`<kgc-project-card src=${feedUrl('project-feed', { delay: 400 })} project-id=${LEIPZIG}></kgc-project-card>`,
    );
    expect($(slow, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(slow).shadowDom.to.be.accessible();
    await loaded(slow);
    const broken = await card({ src: feedUrl('project-feed', { status: 500 }) });
    expect(text($(broken, '[role="alert"]'))).to.contain('HTTP-Status 500');
    expect(text($(broken, '[part="retry"]'))).to.equal('Erneut versuchen');
    await expect(broken).shadowDom.to.be.accessible();
  });

  it('shows a valid project from a partly invalid feed and warns about the others', async () => {
    const { result: el, warnings } = await captureWarnings(() =>
      card({ src: feedUrl('project-partial'), id: 'p-ok-2' }),
    );
    expect(text($(el, 'h2'))).to.equal('Gültiges Projekt zwei');
    expect(warnings.some((w) => w.includes('projects[1]'))).to.equal(true);
    expect(warnings.some((w) => w.includes('projects[3]'))).to.equal(true);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('renders a project given as property, without feed, warning or kgc-load', async () => {
    const events: Event[] = [];
    const { result: el, warnings } = await captureWarnings(async () => {
      const c = await fixture<KgcProjectCard>(
        html`<kgc-project-card .project=${plain} @kgc-load=${(e: Event) => events.push(e)}></kgc-project-card>`,
      );
      c.remove();
      document.body.append(c); // reconnecting must not ask for a feed either
      await c.updateComplete;
      return c;
    });
    expect(warnings).to.deep.equal([]);
    expect(events).to.deep.equal([]);
    expect(text($(el, 'h2'))).to.equal('Gesund aelter werden im Dorf');
    expect(text($(el, '[part="meta"]'))).to.equal('Oebisfelde, Sachsen-Anhalt');
    el.remove();
  });

  it('fires kgc-select when a project without url is opened (a button), by mouse and keyboard', async () => {
    const el = await fixture<KgcProjectCard>(html`<kgc-project-card .project=${plain}></kgc-project-card>`);
    const button = $<HTMLButtonElement>(el, 'h2 button')!;
    expect(button).to.exist;
    const clicked = oneEvent(el, 'kgc-select');
    button.click();
    const event = await clicked;
    expect(event.detail.item.id).to.equal('p-plain');
    expect(event.bubbles && event.composed).to.equal(true);

    el.focus();
    expect(shadow(el).activeElement).to.equal(button);
    const pressed = oneEvent(el, 'kgc-select');
    await sendKeys({ press: 'Enter' });
    expect((await pressed).detail.item.id).to.equal('p-plain');
  });

  it('fires a cancelable kgc-select when the title link is followed', async () => {
    const el = await card({});
    el.addEventListener('kgc-select', (e) => e.preventDefault(), { once: true });
    const link = $<HTMLAnchorElement>(el, 'h2 a')!;
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
  });

  it('marks the words of `highlight` as text', async () => {
    const el = await fixture<KgcProjectCard>(
      html`<kgc-project-card .project=${plain} highlight="älter dorf"></kgc-project-card>`,
    );
    expect($$(el, 'mark').map(text)).to.deep.equal(['aelter', 'Dorf', 'älter', 'Dorf']);
  });

  it('shows hostile feed strings as text and links nothing but http(s), mailto and tel', async () => {
    const el = await card({ src: feedUrl('project-hostile'), id: 'p-hostile', variant: 'full' });
    expect(text($(el, 'h2'))).to.equal('<img src=x onerror=alert(1)>');
    expect(!!$(el, 'img, script, b, i')).to.equal(false);
    for (const a of $$(el, 'a')) expect(a.getAttribute('href')).to.match(/^(https?:|mailto:|tel:)/);
    expect($$(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal(['mailto:eve@example.org']);
    expect(text(el.shadowRoot as unknown as Element)).to.contain('javascript:alert(1)');
    const teaser = await card({ src: feedUrl('project-hostile'), id: 'p-hostile' });
    expect(!!$(teaser, 'a')).to.equal(false);
    expect($(teaser, 'h2 button')).to.exist;
    await expect(teaser).shadowDom.to.be.accessible();
  });
});
