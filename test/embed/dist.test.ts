// The built bundles as a host page gets them: dist/cdn/*.js, dist/embed.html, integrity.json.
// (npm test builds first; a focused run needs `npm run build` before.)
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { openPage, probe } from '../helpers/page.js';
import { feedUrl } from '../helpers/server.js';

const settled = (el: Element) => el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('aria-busy') === 'false';

describe('built bundles', () => {
  it('dist/cdn/integrity.json holds the sha384 of every file', async () => {
    const integrity = (await (await fetch('/__kgc/dist/cdn/integrity.json')).json()) as Record<string, string>;
    expect(Object.keys(integrity)).to.include.members(['kgc-widgets.js', 'kgc-embed-host.js', 'kgc-embed.js']);
    for (const [file, hash] of Object.entries(integrity)) {
      const bytes = await (await fetch(`/__kgc/dist/cdn/${file}`)).arrayBuffer();
      const digest = await crypto.subtle.digest('SHA-384', bytes);
      const base64 = btoa(String.fromCharCode(...new Uint8Array(digest)));
      expect(hash, file).to.equal(`sha384-${base64}`);
    }
  });

  it('every script bundle starts with the compile hint (Chromium compiles it while it streams in)', async () => {
    const integrity = (await (await fetch('/__kgc/dist/cdn/integrity.json')).json()) as Record<string, string>;
    const scripts = Object.keys(integrity).filter((file) => file.endsWith('.js'));
    expect(scripts).to.include.members(['kgc-widgets.js', 'kgc-partner-map.js', 'kgc-embed.js']);
    const hint = '//# allFunctionsCalledOnLoad\n';
    for (const file of scripts) {
      const text = await (await fetch(`/__kgc/dist/cdn/${file}`)).text();
      expect(text.slice(0, hint.length), file).to.equal(hint);
    }
  });

  it('renders every widget under a strict CSP with Trusted Types, without a violation', async () => {
    const frame = await openPage('/__kgc/page/all-widgets?csp=1');
    const doc = frame.contentDocument!;
    const widgets = [
      ...doc.querySelectorAll(
        'kgc-project-list, kgc-project-card, kgc-event-calendar, kgc-partner-map, kgc-news-list, kgc-office-card',
      ),
    ];
    expect(widgets.length).to.be.greaterThan(6);
    await waitUntil(() => widgets.every(settled), 'every widget renders', { timeout: 15000 });
    await waitUntil(() => doc.querySelector('[data-kgc-widget] kgc-news-list'), 'the placeholder is upgraded');
    const failed = widgets.filter((el) => el.shadowRoot!.querySelector('[part="error"]')).map((el) => el.localName);
    expect(failed).to.deep.equal([]);
    const { violations, errors } = probe(frame);
    expect(violations).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('loading two copies and a single-widget bundle never throws: first definition wins, with a warning', async () => {
    const frame = await openPage('/__kgc/page/double-load');
    const doc = frame.contentDocument!;
    const news = doc.querySelector('kgc-news-list')!;
    await waitUntil(() => settled(news), 'the widget works', { timeout: 10000 });
    await waitUntil(() => probe(frame).warnings.some((w) => w.includes('already defined')), 'a warning is logged');
    expect(probe(frame).errors).to.deep.equal([]);
  });

  it('keeps an iframe embed as tall as its content, also after the content grows', async () => {
    await import(/* @vite-ignore */ '/__kgc/dist/cdn/kgc-embed-host.js' as string);
    const src = `/__kgc/dist/embed.html?widget=news-list&limit=2&src=${encodeURIComponent(feedUrl('demo'))}`;
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe data-kgc-embed title="Aktuelles" style="width:600px;border:0" src=${src}></iframe>`,
    );
    const contentHeight = () => frame.contentDocument!.documentElement.getBoundingClientRect().height;
    const fits = () =>
      frame.contentDocument?.querySelector('kgc-news-list') &&
      Math.abs(frame.getBoundingClientRect().height - contentHeight()) <= 20;
    await waitUntil(() => fits() && contentHeight() > 150, 'the iframe fits its content', { timeout: 10000 });
    const before = frame.getBoundingClientRect().height;
    frame.contentDocument!.querySelector('kgc-news-list')!.setAttribute('limit', '6');
    await waitUntil(() => fits() && frame.getBoundingClientRect().height > before + 50, 'the iframe grows with it', {
      timeout: 10000,
    });
  });

  it('ignores resize messages from windows that are not the embedded widget', async () => {
    await import(/* @vite-ignore */ '/__kgc/dist/cdn/kgc-embed-host.js' as string);
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe data-kgc-embed title="Leer" style="height:100px" src="about:blank"></iframe>`,
    );
    window.postMessage({ type: 'kgc-embed:resize', height: 5000 }, '*');
    await new Promise((r) => setTimeout(r, 100));
    expect(frame.getBoundingClientRect().height).to.be.lessThan(200);
  });
});
