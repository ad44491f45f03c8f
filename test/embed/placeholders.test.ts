import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../helpers/test-widget.js';
import { upgradePlaceholders, watchPlaceholders } from '../../src/shared/placeholders.js';
import { allowOrigins, loadFeed } from '../../src/feed/loader.js';
import { FeedError } from '../../src/feed/errors.js';
import { captureWarnings, feedUrl } from '../helpers/server.js';

describe('CMS placeholders', () => {
  it('upgrades a placeholder present at load, mapping data-kgc-* to attributes and replacing the fallback', async () => {
    const src = feedUrl('valid');
    const host = await fixture(
      html`<div>
        <div data-kgc-widget="test-widget" data-kgc-src=${src} data-kgc-heading-level="3" data-kgc-lang="en">
          Aktuelles wird geladen … <a href="/aktuelles">Alle Meldungen</a>&nbsp;
        </div>
      </div>`,
    );
    upgradePlaceholders(host);
    const placeholder = host.querySelector('[data-kgc-widget]')!;
    const element = placeholder.querySelector('kgc-test-widget')!;
    expect(element).to.exist;
    expect(placeholder.childNodes).to.have.length(1);
    expect(element.getAttribute('src')).to.equal(src);
    expect(element.getAttribute('heading-level')).to.equal('3');
    expect(element.getAttribute('lang')).to.equal('en');
    await waitUntil(() => element.shadowRoot?.querySelector('h3'), 'the widget renders at heading level 3');
    expect(element.shadowRoot!.textContent).to.contain('Kommunale Präventionsketten');
  });

  it('upgrades placeholders added later (MutationObserver)', async () => {
    watchPlaceholders();
    const host = await fixture(html`<section></section>`);
    host.innerHTML = `<p>Neu:</p><div data-kgc-widget="test-widget" data-kgc-src="${feedUrl('valid')}">Lädt …</div>`;
    await waitUntil(() => host.querySelector('kgc-test-widget'), 'the added placeholder is upgraded');
    expect(host.querySelector('[data-kgc-widget]')!.textContent!.trim()).to.equal('');
  });

  it('never copies an attribute the element does not have (no event handlers through the CMS)', async () => {
    const host = await fixture(html`<div></div>`);
    host.innerHTML = `<div data-kgc-widget="test-widget" data-kgc-src="${feedUrl('valid')}" data-kgc-onclick="window.__kgcPwned = true" data-kgc-style="display:none"></div>`;
    const { warnings } = await captureWarnings(() => upgradePlaceholders(host));
    const element = host.querySelector('kgc-test-widget')!;
    expect(element.hasAttribute('onclick')).to.equal(false);
    expect(element.hasAttribute('style')).to.equal(false);
    element.click();
    expect((window as { __kgcPwned?: boolean }).__kgcPwned).to.equal(undefined);
    expect(warnings.filter((w) => w.includes('data-kgc-onclick'))).to.have.length(1);
  });

  it('waits for a widget that is defined later, and ignores malformed names', async () => {
    const host = await fixture(html`<div></div>`);
    host.innerHTML = '<div data-kgc-widget="later-widget">x</div><div data-kgc-widget="../evil">y</div>';
    const { warnings } = await captureWarnings(() => upgradePlaceholders(host));
    expect(warnings.some((w) => w.includes('../evil'))).to.equal(true);
    expect(host.querySelector('kgc-later-widget')).to.equal(null);
    customElements.define('kgc-later-widget', class extends HTMLElement {});
    await waitUntil(() => host.querySelector('kgc-later-widget'), 'upgraded once defined');
    expect(host.textContent).to.equal('y');
  });
});

describe('feed origin allowlist', () => {
  afterEach(() => allowOrigins([]));

  it('refuses feeds from origins not on the list, with an origin error', async () => {
    allowOrigins(['https://daten.example']);
    try {
      await loadFeed(feedUrl('valid'));
      expect.fail('the load should be refused');
    } catch (error) {
      expect(error).to.be.instanceOf(FeedError);
      expect((error as FeedError).kind).to.equal('origin');
    }
  });

  it('shows the refusal in the widget', async () => {
    allowOrigins(['https://daten.example']);
    const el = await fixture(html`<kgc-test-widget src=${feedUrl('valid')}></kgc-test-widget>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.textContent).to.contain('auf dieser Seite nicht zugelassen');
  });

  it('fails closed when no entry of the list is an origin', async () => {
    const { warnings } = await captureWarnings(() => allowOrigins(['keine-url']));
    expect(warnings).to.have.length(1);
    try {
      await loadFeed(feedUrl('valid'));
      expect.fail('the load should be refused');
    } catch (error) {
      expect((error as FeedError).kind).to.equal('origin');
    }
  });

  it('accepts feeds from listed origins', async () => {
    allowOrigins([location.origin, 'https://daten.example']);
    const { feed } = await loadFeed(feedUrl('valid'));
    expect(feed.title).to.equal('Testfeed');
  });
});
