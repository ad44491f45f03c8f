import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/news-list/news-list.js';
import '../../../src/widgets/feed/kgc-feed.js';
import type { KgcNewsList } from '../../../src/widgets/news-list/news-list.js';
import type { NewsItem } from '../../../src/feed/schema.js';
import { captureWarnings, feedUrl, hits, uniqueKey } from '../../helpers/server.js';

const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: Element) => $$(el, '.title').map((h) => clean(h.textContent));
const loaded = (el: KgcNewsList) =>
  waitUntil(() => $(el, '[part="base"]')?.getAttribute('aria-busy') === 'false', 'widget settles');
const absolute = (url: string) => new URL(url, location.href).href;

async function newsList(template: ReturnType<typeof html>): Promise<KgcNewsList> {
  const el = await fixture<KgcNewsList>(template);
  await loaded(el);
  await el.updateComplete;
  return el;
}

const NEWEST_FIRST = [
  'Gesundheitskioske – beispielhafte Einrichtungen',
  'Kongress Armut und Gesundheit 2024: Programm veröffentlicht',
  'Kommunale Präventionsketten in NRW – Erfolgreiches Change Management des Landes?',
  'Startschuss: „Aktionsplan für ein diverses, inklusives und barrierefreies Gesundheitswesen“',
  'Verfügungsfonds im Quartier: Erfahrungen aus Sachsen-Anhalt',
  'Hitzeschutz in Kommunen: Handreichung erschienen',
  'Einsamkeit im Alter begegnen',
];

describe('<kgc-news-list>', () => {
  describe('our feed over HTTP', () => {
    it('shows the newest 5 items as articles in a list, fires kgc-load with the count', async () => {
      const el = document.createElement('kgc-news-list');
      el.src = feedUrl('news-feed');
      const event = oneEvent(el, 'kgc-load');
      document.body.append(el);
      expect((await event).detail).to.deep.equal({ count: 7 });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(NEWEST_FIRST.slice(0, 5));
      const items = $$(el, 'ul[part="list"] > li[part="item"] > article');
      expect(items).to.have.length(5);
      for (const article of items) {
        const title = shadow(el).getElementById(article.getAttribute('aria-labelledby')!)!;
        expect(title.localName).to.equal('h2');
        expect(article.contains(title)).to.equal(true);
      }
      await expect(el).shadowDom.to.be.accessible();
      el.remove();
    });

    it('shows date (German, in <time datetime>), author, linked title, teaser, Schlagwörter and "weiter: <title>"', async () => {
      const el = await newsList(html`<kgc-news-list src=${feedUrl('news-feed')}></kgc-news-list>`);
      const nrw = $$(el, 'article')[2];
      const time = nrw.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2023-12-21');
      expect(time.textContent).to.equal('21.12.2023');
      expect(clean(nrw.querySelector('.author')!.textContent)).to.equal('Markus Büchel, Auridis Stiftung gGmbH');
      const link = nrw.querySelector<HTMLAnchorElement>('.title a')!;
      expect(link.href).to.equal('https://www.example.org/aktuelles/praeventionsketten-nrw');
      expect(clean(nrw.querySelector('[part="summary"]')!.textContent)).to.match(/^Der Beitrag untersucht/);
      expect(nrw.querySelector('[part="tags"]')!.getAttribute('aria-label')).to.equal('Schlagwörter');
      expect([...nrw.querySelectorAll('[part="tag"]')].map((t) => t.textContent)).to.deep.equal([
        'Präventionsketten',
        'Kommunen',
      ]);
      const more = nrw.querySelector<HTMLAnchorElement>('[part="read-more"]')!;
      expect(more.href).to.equal(link.href);
      expect(clean(more.textContent)).to.equal(
        'weiter: Kommunale Präventionsketten in NRW – Erfolgreiches Change Management des Landes?',
      );
      // A date-time is shown on its Berlin day.
      expect($$(el, 'article')[1].querySelector('time')!.textContent).to.equal('18.01.2024');
      // An item without url: no links at all.
      const quartier = $$(el, 'article')[4];
      expect(quartier.querySelector('a')).to.equal(null);
      expect(clean(quartier.querySelector('.title')!.textContent)).to.equal(NEWEST_FIRST[4]);
    });

    it('puts the titles at heading-level', async () => {
      const el = await newsList(html`<kgc-news-list heading-level="4" src=${feedUrl('news-feed')}></kgc-news-list>`);
      expect($$(el, '.title').every((h) => h.localName === 'h4')).to.equal(true);
    });

    it('takes limit, and shows the next items with "Weitere Meldungen", focusing the first new one', async () => {
      const el = await newsList(html`<kgc-news-list limit="3" src=${feedUrl('news-feed')}></kgc-news-list>`);
      expect(titles(el)).to.deep.equal(NEWEST_FIRST.slice(0, 3));
      const button = $<HTMLButtonElement>(el, '[part="more-button"]')!;
      expect(clean(button.textContent)).to.equal('Weitere Meldungen');
      button.click();
      await waitUntil(() => $$(el, 'article').length === 6);
      expect(shadow(el).activeElement).to.equal($$(el, 'article')[3]);
      expect(titles(el)).to.deep.equal(NEWEST_FIRST.slice(0, 6));
      await expect(el).shadowDom.to.be.accessible();
      button.click();
      await waitUntil(() => $$(el, 'article').length === 7);
      expect(shadow(el).activeElement).to.equal($$(el, 'article')[6]);
      expect($(el, '[part="more-button"]')).to.equal(null);
    });

    it('works by keyboard: Enter on "Weitere Meldungen" moves focus to the first new item', async () => {
      const el = await newsList(html`<kgc-news-list limit="2" src=${feedUrl('news-feed')}></kgc-news-list>`);
      $(el, '[part="more-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $$(el, 'article').length === 4);
      expect(shadow(el).activeElement).to.equal($$(el, 'article')[2]);
    });

    it('warns once about a bad limit and uses 5', async () => {
      const { result: el, warnings } = await captureWarnings(() =>
        newsList(html`<kgc-news-list limit="zwei" src=${feedUrl('news-feed')}></kgc-news-list>`),
      );
      expect($$(el, 'article')).to.have.length(5);
      expect(warnings.filter((w) => w.includes('limit="zwei"'))).to.have.length(1);
    });
  });

  describe('tags', () => {
    it('shows only items with the preset tag (any case), or with one of several', async () => {
      const el = await newsList(html`<kgc-news-list tag="kommunen" src=${feedUrl('news-feed')}></kgc-news-list>`);
      expect(titles(el)).to.deep.equal([NEWEST_FIRST[0], NEWEST_FIRST[2], NEWEST_FIRST[4]]);
      el.tag = 'Inklusion, Klima und Gesundheit';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([NEWEST_FIRST[3], NEWEST_FIRST[5]]);
    });

    it('offers a filter of toggle buttons that is announced in a live region', async () => {
      const el = await newsList(html`<kgc-news-list filters src=${feedUrl('news-feed')}></kgc-news-list>`);
      const group = $(el, '[part="filters"]')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(clean(shadow(el).getElementById(group.getAttribute('aria-labelledby')!)!.textContent)).to.equal(
        'Nach Schlagwort filtern',
      );
      const buttons = $$<HTMLButtonElement>(el, '[part="filter"]');
      expect(clean(buttons[0].textContent)).to.equal('Alle');
      expect(buttons[0].getAttribute('aria-pressed')).to.equal('true');
      // Most frequent first, with counts; "Kommunen" and "kommunen" are one tag.
      expect(clean(buttons[1].textContent)).to.equal('Kommunen 3');
      const status = $(el, 'p[role="status"]')!;
      expect(status.textContent).to.equal('');
      await expect(el).shadowDom.to.be.accessible();

      buttons[1].click();
      await el.updateComplete;
      expect(buttons[1].getAttribute('aria-pressed')).to.equal('true');
      expect($$(el, '[part="filter"]')[0].getAttribute('aria-pressed')).to.equal('false');
      expect($$(el, 'article')).to.have.length(3);
      expect(status.textContent).to.equal('3 Meldungen mit den gewählten Schlagwörtern');
      await expect(el).shadowDom.to.be.accessible();

      const inklusion = $$<HTMLButtonElement>(el, '[part="filter"]').find(
        (b) => clean(b.textContent) === 'Inklusion 1',
      )!;
      inklusion.click();
      await el.updateComplete;
      expect($$(el, 'article')).to.have.length(4);
      expect(status.textContent).to.equal('4 Meldungen mit den gewählten Schlagwörtern');

      $$<HTMLButtonElement>(el, '[part="filter"]')[0].click();
      await el.updateComplete;
      expect($$(el, 'article')).to.have.length(5);
      expect(status.textContent).to.equal('7 Meldungen');
    });

    it('offers only the tags named in filters, with the preset ones pressed', async () => {
      const el = await newsList(
        html`<kgc-news-list
          filters="Quartier, Hitzeschutz"
          tag="Hitzeschutz"
          src=${feedUrl('news-feed')}
        ></kgc-news-list>`,
      );
      const buttons = $$(el, '[part="filter"]');
      expect(buttons.map((b) => clean(b.textContent))).to.deep.equal(['Alle', 'Quartier 1', 'Hitzeschutz 1']);
      expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'true']);
      expect(titles(el)).to.deep.equal([NEWEST_FIRST[5]]);
    });

    it('shows the empty state with a reset when the tag filter matches nothing', async () => {
      const el = await newsList(html`<kgc-news-list tag="Unbekannt" src=${feedUrl('news-feed')}></kgc-news-list>`);
      const empty = $(el, '[part="empty"]')!;
      expect(clean(empty.textContent)).to.contain('Keine Einträge gefunden');
      await expect(el).shadowDom.to.be.accessible();
      empty.querySelector('button')!.click();
      await waitUntil(() => $$(el, 'article').length === 5);
      expect(shadow(el).activeElement).to.equal($$(el, 'article')[0]);
      expect($(el, 'p[role="status"]')!.textContent).to.equal('7 Meldungen');
    });
  });

  describe('states', () => {
    it('loading: reserved height, aria-busy, accessible', async () => {
      const el = await fixture<KgcNewsList>(
        html`<kgc-news-list src=${feedUrl('news-feed', { delay: 400 })}></kgc-news-list>`,
      );
      expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part="loading"]')!.textContent).to.contain('Wird geladen');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(el).shadowDom.to.be.accessible();
      await loaded(el);
      expect($$(el, 'article')).to.have.length(5);
    });

    it('empty: a feed without news shows "Keine Einträge gefunden" without a reset', async () => {
      const el = await newsList(html`<kgc-news-list src=${feedUrl('empty')}></kgc-news-list>`);
      expect(clean($(el, '[part="empty"]')!.textContent)).to.equal('Keine Einträge gefunden.');
      expect($(el, '[part="empty"] button')).to.equal(null);
      expect($(el, '[part="more-button"]')).to.equal(null);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('error: says what went wrong, retries, fires kgc-error', async () => {
      const key = uniqueKey();
      const el = document.createElement('kgc-news-list');
      el.src = feedUrl('news-feed', { status: 503, key });
      const event = oneEvent(el, 'kgc-error');
      document.body.append(el);
      expect((await event).detail.kind).to.equal('http');
      await el.updateComplete;
      expect(clean($(el, '[part="error"]')!.textContent)).to.contain('HTTP-Status 503');
      await expect(el).shadowDom.to.be.accessible();
      const again = oneEvent(el, 'kgc-error');
      $(el, '[part="retry"]')!.click();
      await again;
      expect(await hits(key)).to.equal(2);
      el.remove();
    });

    it('partial: shows the valid items and names each skipped one by its JSON path', async () => {
      const { result: el, warnings } = await captureWarnings(() =>
        newsList(html`<kgc-news-list src=${feedUrl('news-partial')}></kgc-news-list>`),
      );
      expect(titles(el)).to.deep.equal(['Gültige Meldung', 'Noch eine gültige Meldung']);
      expect(warnings.some((w) => w.includes('skipped news[1]') && w.includes('news[1].date'))).to.equal(true);
      expect(warnings.some((w) => w.includes('skipped news[3]') && w.includes('news[3].title'))).to.equal(true);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('takes its feed from an enclosing <kgc-feed>', async () => {
      const wrapper = await fixture(
        html`<kgc-feed src=${feedUrl('news-feed')}
          ><kgc-news-list variant="compact" limit="2"></kgc-news-list
        ></kgc-feed>`,
      );
      const el = wrapper.querySelector('kgc-news-list')!;
      await loaded(el);
      expect(titles(el)).to.deep.equal(NEWEST_FIRST.slice(0, 2));
    });
  });

  describe('paging with nextUrl', () => {
    const firstPage = (nextUrl: string) => ({
      version: 1,
      nextUrl,
      news: [
        {
          id: 'n-nrw',
          title: 'Kommunale Präventionsketten in NRW',
          date: '2023-12-21',
          url: 'https://www.example.org/nrw',
        },
        { id: 'n-kiosk', title: 'Gesundheitskioske', date: '2024-03-01', url: 'https://www.example.org/kiosk' },
      ],
    });

    it('loads the next page once, appends it (without duplicates) and focuses the first new item', async () => {
      const key = uniqueKey();
      const loads: number[] = [];
      const el = await newsList(
        html`<kgc-news-list
          limit="2"
          .data=${firstPage(absolute(feedUrl('news-page2', { key, delay: 100 })))}
          @kgc-load=${(e: CustomEvent) => loads.push(e.detail.count)}
        ></kgc-news-list>`,
      );
      expect(titles(el)).to.deep.equal(['Gesundheitskioske', 'Kommunale Präventionsketten in NRW']);
      const button = $<HTMLButtonElement>(el, '[part="more-button"]')!;
      button.click();
      await el.updateComplete;
      expect(clean(button.textContent)).to.equal('Weitere Meldungen werden geladen …');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      await waitUntil(() => $$(el, 'article').length === 4, 'the next page is appended');
      expect(titles(el)).to.deep.equal([
        'Gesundheitskioske',
        'Kommunale Präventionsketten in NRW',
        'Kinderarmut und Gesundheit: Dokumentation der Fachtagung',
        'Gesundheitsförderung für Erwerbslose: Kooperation mit Jobcentern',
      ]);
      expect(shadow(el).activeElement).to.equal($$(el, 'article')[2]);
      expect($(el, '[part="more-button"]')).to.equal(null, 'the last page has no nextUrl');
      expect(await hits(key)).to.equal(1);
      expect(loads).to.deep.equal([2, 4]);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('pages on with a JSON Feed next page too', async () => {
      const el = await newsList(
        html`<kgc-news-list limit="2" .data=${firstPage(absolute(feedUrl('news-jsonfeed')))}></kgc-news-list>`,
      );
      $(el, '[part="more-button"]')!.click();
      await waitUntil(() => $$(el, 'article').length === 4);
      expect(titles(el)[2]).to.equal('Fachtag „Gesundes Quartier“ in Magdeburg');
      expect(shadow(el).activeElement).to.equal($$(el, 'article')[2]);
      expect(clean($(el, '[part="more-button"]')!.textContent)).to.equal(
        'Weitere Meldungen',
        'one more item of that page is left',
      );
    });

    it('shows a failed next page beside the button, fires kgc-error, and retries', async () => {
      const key = uniqueKey();
      const errors: CustomEvent[] = [];
      const el = await newsList(
        html`<kgc-news-list
          limit="2"
          .data=${firstPage(absolute(feedUrl('news-page2', { key, status: 500 })))}
          @kgc-error=${(e: CustomEvent) => errors.push(e)}
        ></kgc-news-list>`,
      );
      $(el, '[part="more-button"]')!.click();
      await waitUntil(() => $(el, '.page-error'), 'the error is shown');
      const alert = $(el, '.page-error')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(clean(alert.textContent))
        .to.contain('Weitere Meldungen konnten nicht geladen werden.')
        .and.contain('HTTP-Status 500');
      expect(errors).to.have.length(1);
      expect(errors[0].detail.kind).to.equal('http');
      const button = $(el, '[part="more-button"]')!;
      expect(button.getAttribute('aria-describedby')).to.equal(alert.id);
      expect($$(el, 'article')).to.have.length(2);
      await expect(el).shadowDom.to.be.accessible();
      button.click();
      await waitUntil(() => errors.length === 2);
      expect(await hits(key)).to.equal(2);
    });
  });

  describe('JSON Feed 1.1 over HTTP', () => {
    it('shows its items newest first; extensions are ignored and content_html becomes plain text only', async () => {
      delete (window as { kgcPwned?: boolean }).kgcPwned;
      const el = await newsList(html`<kgc-news-list src=${feedUrl('news-jsonfeed')}></kgc-news-list>`);
      expect(titles(el)).to.deep.equal([
        'Fachtag „Gesundes Quartier“ in Magdeburg',
        'Lesetipp: Bericht zur Gesundheit im ländlichen Raum',
        'Kinderarmut und Gesundheit: neue Auswertung',
      ]);
      const [fachtag, lesetipp, kinderarmut] = $$(el, 'article');
      expect(fachtag.querySelector('time')!.getAttribute('datetime')).to.equal('2024-02-10T09:30:00+01:00');
      expect(fachtag.querySelector('time')!.textContent).to.equal('10.02.2024');
      expect(clean(fachtag.querySelector('.author')!.textContent)).to.equal(
        'Anna Beispiel, Landesvereinigung für Gesundheit Sachsen-Anhalt',
      );
      expect(clean(fachtag.querySelector('[part="summary"]')!.textContent)).to.match(
        /^Rund 120 Fachkräfte aus Kommunen/,
      );
      expect(lesetipp.querySelector<HTMLAnchorElement>('.title a')!.href).to.equal('https://www.example.net/bericht');
      expect(clean(lesetipp.querySelector('[part="summary"]')!.textContent)).to.equal('Nur HTML.');
      expect(clean(kinderarmut.querySelector('[part="summary"]')!.textContent)).to.match(/^Die Auswertung zeigt/);
      expect(clean(kinderarmut.querySelector('.author')!.textContent)).to.equal(
        'Redaktion Aktuelles',
        "the feed's author",
      );
      const text = shadow(el).textContent!;
      expect(text).not.to.contain('Erweiterung').and.not.to.contain('kgcPwned');
      expect(shadow(el).querySelector('script, img, b')).to.equal(null);
      expect((window as { kgcPwned?: boolean }).kgcPwned).to.equal(undefined);
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  describe('JSON Feed 1.1 as Micro.blog writes it', () => {
    it('shows untitled notes under the start of their text, content_html as plain text, date_modified and external_url', async () => {
      delete (window as { kgcPwned?: boolean }).kgcPwned;
      const { result: el, warnings } = await captureWarnings(() =>
        newsList(html`<kgc-news-list src=${feedUrl('news-microblog')}></kgc-news-list>`),
      );
      expect(warnings).to.deep.equal([]);
      expect(titles(el)).to.deep.equal([
        'Heute beim Fachtag in Magdeburg: 120 Leute & viele gute Ideen für gesunde…',
        'Was Gesundheitskioske leisten',
        'Lesetipp: der neue Bericht zur Gesundheit im ländlichen Raum, mit Zahlen für…',
      ]);
      const [note, post, link] = $$(el, 'article');
      expect(clean(note.querySelector('[part="summary"]')!.textContent)).to.equal(
        'Heute beim Fachtag in Magdeburg: 120 Leute & viele gute Ideen für gesunde Quartiere.',
      );
      expect(clean(note.querySelector('.author')!.textContent)).to.equal('Anna Beispiel');
      expect(note.querySelector<HTMLAnchorElement>('.title a')!.href).to.equal(
        'https://anna.example.com/2026/03/04/153210.html',
      );
      const paragraphs = post.querySelector('[part="summary"]')!;
      expect(paragraphs.textContent).to.equal(
        'Ein längerer Beitrag über Gesundheitskioske.\n\nZweiter Absatz mit Link.',
      );
      expect(getComputedStyle(paragraphs).whiteSpace).to.equal('pre-line', 'paragraphs stay visible as line breaks');
      expect(paragraphs.getBoundingClientRect().height).to.be.greaterThan(
        2.5 * parseFloat(getComputedStyle(paragraphs).lineHeight),
        'three lines: a paragraph, a blank line, a paragraph',
      );
      expect(link.querySelector('time')!.getAttribute('datetime')).to.equal('2026-02-11T18:45:00+01:00');
      expect(link.querySelector<HTMLAnchorElement>('.title a')!.href).to.equal(
        'https://www.example.net/bericht-laendlicher-raum',
      );
      expect(shadow(el).querySelector('script, img, strong, [onerror]')).to.equal(null);
      expect((window as { kgcPwned?: boolean }).kgcPwned).to.equal(undefined);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('warns in German about each item it leaves out or shows without a field', async () => {
      const feed = {
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          { id: 'ok', content_text: 'Kurze Notiz', date_modified: '2026-03-01T10:00:00+01:00' },
          { id: 'no-date', title: 'Ohne Datum' },
          { id: 'bad-url', title: 'Adresse kaputt', date_published: '2026-02-01', url: 'kaputt' },
          { id: 'empty', date_published: '2026-01-01' },
        ],
      };
      const { result: el, warnings } = await captureWarnings(() =>
        newsList(html`<kgc-news-list .data=${feed}></kgc-news-list>`),
      );
      expect(titles(el)).to.deep.equal(['Kurze Notiz', 'Adresse kaputt']);
      expect($$(el, 'article')[1].querySelector('.title a')).to.equal(null);
      expect(warnings).to.deep.equal([
        'kgc-widgets: skipped items[1]: items[1]: der Eintrag hat kein gültiges Datum (date_published oder date_modified) (data)',
        'kgc-widgets: skipped items[2].url: items[2].url: „kaputt“ ist keine gültige Adresse (URL) (data)',
        'kgc-widgets: skipped items[3]: items[3]: der Eintrag hat weder Titel noch Text (title, summary, content_text oder content_html) (data)',
      ]);
    });
  });

  describe('hostile strings', () => {
    it('shows markup in feed strings as text and links nothing but http(s)', async () => {
      delete (window as { kgcPwned?: boolean }).kgcPwned;
      const el = await newsList(html`<kgc-news-list src=${feedUrl('news-hostile')}></kgc-news-list>`);
      const [first, second] = $$(el, 'article');
      expect(first.querySelector('.title')!.textContent).to.equal('<img src=x onerror="window.kgcPwned = true">');
      expect(clean(first.querySelector('.author')!.textContent)).to.equal('<b>Fett?</b>');
      expect(first.querySelector('[part="summary"]')!.textContent).to.contain('<script>');
      expect([...first.querySelectorAll('[part="tag"]')].map((t) => t.textContent)).to.deep.equal([
        '<svg onload="window.kgcPwned = true">',
        '}</style><style>*{display:none}',
      ]);
      expect(first.querySelector('a'), 'javascript: is not linked').to.equal(null);
      expect(second.querySelector('a'), 'data: is not linked').to.equal(null);
      expect(shadow(el).querySelector('img, script, svg, b, style:not([data-lit])')).to.equal(null);
      expect((window as { kgcPwned?: boolean }).kgcPwned).to.equal(undefined);
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  describe('English', () => {
    it('speaks English with lang="en" (also from an ancestor)', async () => {
      const wrapper = await fixture(
        html`<div lang="en">
          <kgc-news-list limit="2" filters more-href="/news" src=${feedUrl('news-feed')}></kgc-news-list>
        </div>`,
      );
      const el = wrapper.querySelector('kgc-news-list')!;
      await loaded(el);
      expect($$(el, 'article')).to.have.length(2);
      const kiosk = $$(el, 'article')[0];
      expect(kiosk.querySelector('time')!.textContent).to.equal('1 March 2024');
      expect(clean(kiosk.querySelector('[part="read-more"]')!.textContent)).to.equal(
        'read more: Gesundheitskioske – beispielhafte Einrichtungen',
      );
      expect(kiosk.querySelector('[part="tags"]')!.getAttribute('aria-label')).to.equal('Tags');
      expect(clean($(el, '.filters-label')!.textContent)).to.equal('Filter by tag');
      expect(clean($(el, '[part="filter"]')!.textContent)).to.equal('All');
      expect(clean($(el, '[part="more-button"]')!.textContent)).to.equal('More news');
      expect(clean($(el, '[part="all-link"]')!.textContent)).to.equal('All news');
      expect($(el, '[part="list"]')!.getAttribute('aria-label')).to.equal('News');
      $$<HTMLButtonElement>(el, '[part="filter"]')[1].click();
      await el.updateComplete;
      expect($(el, 'p[role="status"]')!.textContent).to.equal('3 news items with the selected tags');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('shows the empty and error states in English', async () => {
      const empty = await newsList(
        html`<kgc-news-list lang="en" tag="nope" src=${feedUrl('news-feed')}></kgc-news-list>`,
      );
      expect(clean($(empty, '[part="empty"]')!.textContent)).to.equal('No entries found. Reset filters');
      const failed = await newsList(
        html`<kgc-news-list lang="en" src=${feedUrl('news-feed', { body: 'notjson' })}></kgc-news-list>`,
      );
      expect(clean($(failed, '[part="retry"]')!.textContent)).to.equal('Try again');
      expect(clean($(failed, '[part="error"]')!.textContent)).to.contain('not a JSON document');
    });
  });

  describe('compact variant', () => {
    it('shows date and title only, and "Alle Meldungen"', async () => {
      const el = await newsList(
        html`<kgc-news-list
          variant="compact"
          heading-level="3"
          limit="3"
          more-href="/aktuelles"
          src=${feedUrl('news-feed')}
        ></kgc-news-list>`,
      );
      const articles = $$(el, 'article');
      expect(articles).to.have.length(3);
      expect(articles[0].querySelector('time')!.textContent).to.equal('01.03.2024');
      expect(articles[0].querySelector('h3 a')).to.exist;
      expect($(el, '[part="summary"], [part="tags"], [part="read-more"], .author, [part="more-button"]')).to.equal(
        null,
      );
      const all = $<HTMLAnchorElement>(el, '[part="all-link"]')!;
      expect(clean(all.textContent)).to.equal('Alle Meldungen');
      expect(all.href).to.equal(absolute('/aktuelles'));
      await expect(el).shadowDom.to.be.accessible();
    });

    it('links no unsafe more-href (one warning)', async () => {
      const { result: el, warnings } = await captureWarnings(() =>
        newsList(html`<kgc-news-list more-href="javascript:alert(1)" src=${feedUrl('news-feed')}></kgc-news-list>`),
      );
      expect($(el, '[part="all-link"]')).to.equal(null);
      expect(warnings.filter((w) => w.includes('more-href'))).to.have.length(1);
    });
  });

  describe('kgc-select', () => {
    it('fires when a visitor follows an item link; cancelling it keeps the page', async () => {
      const el = await newsList(html`<kgc-news-list src=${feedUrl('news-feed')}></kgc-news-list>`);
      const selected: string[] = [];
      let cancel = true;
      el.addEventListener('kgc-select', (e) => {
        selected.push((e.detail.item as NewsItem).id);
        if (cancel) e.preventDefault();
      });
      // The test page must never navigate: record whether the widget prevented the click, then prevent it.
      const prevented: boolean[] = [];
      const guard = (e: Event) => {
        prevented.push(e.defaultPrevented);
        e.preventDefault();
      };
      window.addEventListener('click', guard);
      try {
        const click = () => new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0 });
        $$(el, 'article')[0].querySelector('.title a')!.dispatchEvent(click());
        $$(el, 'article')[2].querySelector('[part="read-more"]')!.dispatchEvent(click());
        cancel = false;
        $$(el, 'article')[1].querySelector('.title a')!.dispatchEvent(click());
      } finally {
        window.removeEventListener('click', guard);
      }
      expect(selected).to.deep.equal(['n-kiosk', 'n-nrw', 'n-kongress']);
      expect(prevented).to.deep.equal([true, true, false]);
    });
  });
});
