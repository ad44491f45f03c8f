import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../helpers/test-widget.js';
import '../../src/widgets/feed/kgc-feed.js';
import type { TestWidget } from '../helpers/test-widget.js';
import { captureWarnings, feedUrl, hits, uniqueKey } from '../helpers/server.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ').trim();
const loaded = (el: TestWidget) =>
  waitUntil(() => shadow(el)?.querySelector('[part="base"]')?.getAttribute('aria-busy') === 'false', 'widget settles');

describe('widget base', () => {
  it('loads its feed from src over HTTP and fires kgc-load with the item count', async () => {
    const el = document.createElement('kgc-test-widget');
    el.src = feedUrl('valid');
    const event = oneEvent(el, 'kgc-load');
    document.body.append(el);
    const { detail } = await event;
    expect(detail).to.deep.equal({ count: 1 });
    await el.updateComplete;
    expect(shadow(el).querySelector('li')!.textContent).to.equal('Kommunale Präventionsketten');
    el.remove();
  });

  it('shows a loading state with aria-busy and reserved height', async () => {
    const el = await fixture<TestWidget>(
      html`<kgc-test-widget src=${feedUrl('valid', { delay: 400 })}></kgc-test-widget>`,
    );
    const base = shadow(el).querySelector('[part="base"]')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('Wird geladen');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    const done = oneEvent(el, 'kgc-load');
    await expect(el).shadowDom.to.be.accessible();
    await done;
    await el.updateComplete;
    expect(base.getAttribute('aria-busy')).to.equal('false');
  });

  it('shows an HTTP error in German with a retry button, and fires kgc-error once', async () => {
    const key = uniqueKey();
    const errors: CustomEvent[] = [];
    const el = document.createElement('kgc-test-widget');
    el.addEventListener('kgc-error', (e) => errors.push(e));
    el.src = feedUrl('valid', { status: 404, key });
    document.body.append(el);
    await waitUntil(() => errors.length === 1);
    await el.updateComplete;
    expect(errors[0].detail.kind).to.equal('http');
    expect(errors[0].detail.message).to.contain('HTTP-Status 404');
    expect(errors[0].bubbles && errors[0].composed).to.equal(true);
    const retry = shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(retry.textContent!.trim()).to.equal('Erneut versuchen');
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('HTTP-Status 404');
    await expect(el).shadowDom.to.be.accessible();
    retry.click();
    await waitUntil(() => errors.length === 2, 'the retry fails again and reports once more');
    expect(await hits(key)).to.equal(2);
    el.remove();
  });

  it('names each kind of failure in the visitor’s language', async () => {
    const cases: [string, string, RegExp][] = [
      [feedUrl('valid', { body: 'notjson' }), 'de', /kein JSON-Dokument/],
      [feedUrl('version2'), 'de', /Feed-Version/],
      [feedUrl('array'), 'en', /not a valid feed/],
      [feedUrl('valid', { status: 500 }), 'en', /HTTP status 500/],
    ];
    for (const [src, lang, message] of cases) {
      const el = await fixture<TestWidget>(html`<kgc-test-widget lang=${lang} src=${src}></kgc-test-widget>`);
      await loaded(el);
      expect(text(el)).to.match(message);
      expect(shadow(el).querySelector('[part="retry"]')!.textContent!.trim()).to.equal(
        lang === 'de' ? 'Erneut versuchen' : 'Try again',
      );
    }
  });

  it('shows a timeout as an error after `timeout` seconds', async () => {
    const el = document.createElement('kgc-test-widget');
    el.setAttribute('timeout', '0.2');
    el.src = feedUrl('valid', { delay: 5000 });
    const event = oneEvent(el, 'kgc-error');
    document.body.append(el);
    expect((await event).detail.kind).to.equal('timeout');
    el.remove();
  });

  it('takes its language from the nearest ancestor with lang, German by default', async () => {
    const wrapper = await fixture(
      html`<div lang="en-GB"><kgc-test-widget src=${feedUrl('array')}></kgc-test-widget></div>`,
    );
    const el = wrapper.querySelector('kgc-test-widget')!;
    await loaded(el);
    expect(el.language).to.equal('en');
    expect(text(el)).to.contain('The data could not be loaded');
    const plain = await fixture<TestWidget>(html`<kgc-test-widget></kgc-test-widget>`);
    expect(plain.language).to.equal('de');
  });

  it('renders a feed given as data without any request', async () => {
    const el = document.createElement('kgc-test-widget');
    el.data = { version: 1, news: [{ id: 'a', title: 'Direkt übergeben', date: '2026-01-02' }] };
    const event = oneEvent(el, 'kgc-load');
    document.body.append(el);
    expect((await event).detail.count).to.equal(1);
    await el.updateComplete;
    expect(text(el)).to.contain('Direkt übergeben');
    el.remove();
  });

  it('fires kgc-load also for a feed with zero items, and shows the empty state', async () => {
    const el = document.createElement('kgc-test-widget');
    el.src = feedUrl('empty');
    const event = oneEvent(el, 'kgc-load');
    document.body.append(el);
    expect((await event).detail.count).to.equal(0);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="empty"]')!.textContent).to.contain('Keine Einträge gefunden');
    await expect(el).shadowDom.to.be.accessible();
    el.remove();
  });

  it('shows the valid items of a partly invalid feed and warns about the others', async () => {
    const { warnings } = await captureWarnings(async () => {
      const el = await fixture<TestWidget>(
        html`<kgc-test-widget
          .data=${{
            version: 1,
            news: [
              { id: 'ok', title: 'Gültig', date: '2026-01-02' },
              { id: 'bad', title: 'Ohne Datum' },
            ],
          }}
        ></kgc-test-widget>`,
      );
      expect(shadow(el).querySelectorAll('li')).to.have.length(1);
      await expect(el).shadowDom.to.be.accessible();
    });
    expect(warnings.some((w) => w.includes('skipped news[1]') && w.includes('news[1].date'))).to.equal(true);
  });

  it('shares one request among the widgets inside <kgc-feed>, also for one added later', async () => {
    const key = uniqueKey();
    const src = feedUrl('valid', { key, delay: 50 });
    const wrapper = await fixture(
      html`<kgc-feed src=${src}><kgc-test-widget></kgc-test-widget><kgc-test-widget></kgc-test-widget></kgc-feed>`,
    );
    const widgets = [...wrapper.querySelectorAll('kgc-test-widget')];
    await Promise.all(widgets.map(loaded));
    for (const w of widgets) expect(text(w)).to.contain('Kommunale Präventionsketten');
    const later = document.createElement('kgc-test-widget');
    wrapper.append(later);
    await loaded(later);
    expect(text(later)).to.contain('Kommunale Präventionsketten');
    expect(await hits(key)).to.equal(1);
  });

  it('ignores a stale response when src changes during loading', async () => {
    const el = await fixture<TestWidget>(
      html`<kgc-test-widget src=${feedUrl('valid', { delay: 300 })}></kgc-test-widget>`,
    );
    el.src = feedUrl('empty');
    await loaded(el);
    await new Promise((r) => setTimeout(r, 400));
    expect(shadow(el).querySelector('[part="empty"]')).to.exist;
  });

  it('puts its heading at heading-level, 2 by default', async () => {
    const data = { version: 1, news: [{ id: 'a', title: 'T', date: '2026-01-02' }] };
    const el = await fixture<TestWidget>(html`<kgc-test-widget .data=${data}></kgc-test-widget>`);
    expect(shadow(el).querySelector('h2')).to.exist;
    const deep = await fixture<TestWidget>(html`<kgc-test-widget heading-level="4" .data=${data}></kgc-test-widget>`);
    expect(deep.headingLevel).to.equal(4);
    expect(shadow(deep).querySelector('h4')).to.exist;
    const { result: bad } = await captureWarnings(() =>
      fixture<TestWidget>(html`<kgc-test-widget heading-level="9" .data=${data}></kgc-test-widget>`),
    );
    expect(shadow(bad).querySelector('h2')).to.exist;
  });

  it('warns once when it has no feed at all, and renders nothing', async () => {
    const { result: el, warnings } = await captureWarnings(() =>
      fixture<TestWidget>(html`<kgc-test-widget></kgc-test-widget>`),
    );
    expect(warnings.filter((w) => w.includes('no feed given'))).to.have.length(1);
    expect(text(el)).to.equal('');
  });

  it('aborts its request when removed from the page', async () => {
    const key = uniqueKey();
    const el = await fixture<TestWidget>(
      html`<kgc-test-widget src=${feedUrl('valid', { key, delay: 500 })}></kgc-test-widget>`,
    );
    await waitUntil(async () => (await hits(key)) === 1);
    const errors: Event[] = [];
    el.addEventListener('kgc-error', (e) => errors.push(e));
    el.remove();
    await new Promise((r) => setTimeout(r, 700));
    expect(errors).to.deep.equal([]);
  });
});
