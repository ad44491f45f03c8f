// Hostile host pages that need a real page (issue 8), with the built bundle (`npm run build` first):
// a strict Content-Security-Policy with Trusted Types, where every widget renders and is used without a
// single violation; the calendar's JSON-LD under Trusted Types; all the hostile CSS on one page.
import { expect, waitUntil } from '@open-wc/testing';
import { openPage as load, probe } from '../helpers/page.js';
import { settled, shadowElements, textLines, visible } from '../helpers/layout.js';

const openPage = (path: string, width = 1100) => load(path, width, 15000);
const WIDGETS =
  'kgc-project-list, kgc-project-card, kgc-event-calendar, kgc-partner-map, kgc-news-list, kgc-office-card';
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

async function allRendered(doc: Document): Promise<Element[]> {
  const widgets = [...doc.querySelectorAll(WIDGETS)];
  await waitUntil(() => widgets.every(settled), 'every widget renders', { timeout: 20000 });
  return widgets;
}

describe('hostile host pages (real pages, built bundle)', function () {
  this.timeout(60000);

  it('strict CSP with Trusted Types: every widget renders and is used without a violation', async () => {
    const frame = await openPage('/__kgc/page/all-widgets?csp=1');
    const doc = frame.contentDocument!;
    const win = frame.contentWindow! as Window & typeof globalThis;
    const widgets = await allRendered(doc);
    expect(new Set(widgets.map((el) => el.localName)).size).to.equal(6);

    // Project list: search, then tick a facet.
    const list = doc.querySelector('kgc-project-list')!;
    const count = () => text($(list, '[part="count"]'));
    const all = count();
    const search = $<HTMLInputElement>(list, '[part="search-input"]');
    search.value = 'Quartier';
    search.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => count() !== all, 'the search filters the list', { timeout: 5000 });
    const searched = count();
    $<HTMLInputElement>(list, '.option input').click();
    await waitUntil(() => count() !== searched, 'a facet filters the list', { timeout: 5000 });

    // Calendar: next month, back, open an event's dialog, close it, filter, switch to the list view.
    const calendar = doc.querySelector('kgc-event-calendar[filters]')!;
    const title = () => text($(calendar, '.title'));
    expect(title()).to.equal('Dezember 2026');
    $<HTMLButtonElement>(calendar, '.nav button:last-child').click();
    await waitUntil(() => title() === 'Januar 2027', 'the next month shows', { timeout: 5000 });
    $<HTMLButtonElement>(calendar, '.nav button:first-child').click();
    await waitUntil(() => title() === 'Dezember 2026', 'back to December', { timeout: 5000 });
    $<HTMLButtonElement>(calendar, '.chip').click();
    const dialog = $<HTMLDialogElement>(calendar, 'dialog');
    await waitUntil(() => dialog.open && text(dialog.querySelector('.dialog-title')) !== '', 'the event dialog opens');
    $<HTMLButtonElement>(calendar, 'dialog .close').click();
    await waitUntil(() => !dialog.open, 'the dialog closes');
    const land = $<HTMLSelectElement>(calendar, '.filters select');
    land.value = land.options[1].value;
    land.dispatchEvent(new win.Event('change', { bubbles: true, composed: true }));
    await waitUntil(() => text($(calendar, '.filters-active')) !== '', 'the filter applies', { timeout: 5000 });
    const listButton = $$(calendar, '.view-button').find((b) => b.getAttribute('aria-pressed') === 'false')!;
    listButton.click();
    await waitUntil(() => !calendar.shadowRoot!.querySelector('[role="grid"]'), 'the list view shows');
    // The widget writes the file's address on click; the page then stops the download itself (in Firefox a
    // download opens the downloads panel, which keeps the keyboard focus from the test files after this one).
    win.addEventListener('click', (event) => event.preventDefault(), { once: true });
    $<HTMLAnchorElement>(calendar, 'a[download$=".ics"]').dispatchEvent(
      new win.MouseEvent('click', { bubbles: true, composed: true, cancelable: true }),
    );

    // Partner map: open a marker's panel, close it, focus a Land from the list.
    const map = doc.querySelector('kgc-partner-map')!;
    $(map, '.marker').dispatchEvent(new win.MouseEvent('click', { bubbles: true, composed: true }));
    await waitUntil(() => map.shadowRoot!.querySelector('.panel .close'), 'the marker panel opens', { timeout: 5000 });
    $<HTMLButtonElement>(map, '.panel .close').click();
    await waitUntil(() => !map.shadowRoot!.querySelector('.panel .close'), 'the panel closes', { timeout: 5000 });
    $<HTMLButtonElement>(map, '.linkish').click();
    await waitUntil(() => map.shadowRoot!.querySelector('.panel'), 'the list opens the same panel', { timeout: 5000 });

    // News list: filter by a tag.
    const news = doc.querySelector('kgc-news-list[filters]')!;
    const items = () => $$(news, '[part="item"]').length;
    const before = items();
    $$(news, '[part="filter"]')[1].click();
    await waitUntil(() => items() < before && items() > 0, 'the tag filter applies', { timeout: 5000 });

    await new Promise((resolve) => setTimeout(resolve, 200));
    const { violations, errors } = probe(frame);
    expect(violations).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('structured-data under Trusted Types: the JSON-LD is written through the kgc-widgets policy', async () => {
    const frame = await openPage('/__kgc/page/structured-data?csp=json-ld');
    const doc = frame.contentDocument!;
    const [calendar] = await allRendered(doc);
    await waitUntil(() => calendar.querySelector('script[type="application/ld+json"]'), 'the JSON-LD is written');
    const data = JSON.parse(calendar.querySelector('script[type="application/ld+json"]')!.textContent!) as {
      '@type': string;
    }[];
    expect(data.length).to.be.greaterThan(3);
    expect(new Set(data.map((d) => d['@type']))).to.deep.equal(new Set(['Event']));
    const { violations, errors } = probe(frame);
    expect(violations).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('structured-data where the page does not allow the policy: no JSON-LD, a warning that names it, nothing thrown', async () => {
    const frame = await openPage('/__kgc/page/structured-data?csp=1');
    const doc = frame.contentDocument!;
    const [calendar] = await allRendered(doc);
    const { warnings, errors, violations } = probe(frame);
    const trustedTypes = 'trustedTypes' in frame.contentWindow!;
    if (trustedTypes) {
      await waitUntil(
        () => probe(frame).warnings.some((w) => w.includes('"kgc-widgets"')),
        'a warning names the policy',
      );
      expect(violations.every((v) => v.includes('kgc-widgets'))).to.equal(true);
      expect(calendar.querySelector('script')).to.equal(null);
    } else {
      // No Trusted Types in this engine: the CSP alone never blocks a data block.
      expect(warnings).to.deep.equal([]);
      expect(violations).to.deep.equal([]);
      expect(calendar.querySelector('script[type="application/ld+json"]')).not.to.equal(null);
    }
    expect(errors).to.deep.equal([]);
    expect(calendar.shadowRoot!.querySelector('[role="grid"]')).not.to.equal(null);
  });

  it('all the hostile CSS on one real page: every widget legible, buttons styled, nothing collapsed', async () => {
    const css = [
      '* { font-size: 8px !important; line-height: 0 }',
      'div { display: none }',
      'button { all: unset }',
      'html { font-size: 62.5% }',
      'body { text-align: center; color: red }',
    ].join('\n');
    const frame = await openPage(`/__kgc/page/hostile?css=${encodeURIComponent(css)}`);
    const doc = frame.contentDocument!;
    const win = frame.contentWindow!;
    const widgets = await allRendered(doc);
    expect(win.getComputedStyle(doc.querySelector('h1')!).fontSize, 'the page’s own CSS is active').to.equal('8px');
    const medium = doc.createElement('span');
    medium.style.setProperty('font-size', 'medium', 'important');
    doc.body.append(medium);
    const expected = win.getComputedStyle(medium).fontSize;
    medium.remove();

    const problems: string[] = [];
    for (const el of widgets) {
      const s = win.getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (s.fontSize !== expected) problems.push(`${el.localName}: font-size ${s.fontSize}`);
      if (s.textAlign !== 'start') problems.push(`${el.localName}: text-align ${s.textAlign}`);
      if (r.width < 500 || r.height < 100) problems.push(`${el.localName}: ${r.width}×${r.height}`);
      for (const line of textLines(el)) {
        if (line.fontSize < 11 || line.color === 'rgb(255, 0, 0)')
          problems.push(`${el.localName} "${line.text}": ${line.fontSize}px ${line.color}`);
      }
      for (const button of shadowElements(el).filter((b) => b.localName === 'button' && visible(b))) {
        const b = win.getComputedStyle(button);
        const styled =
          parseFloat(b.borderTopWidth) > 0 ||
          b.backgroundColor !== 'rgba(0, 0, 0, 0)' ||
          b.textDecorationLine !== 'none';
        if (!styled || b.cursor !== 'pointer') problems.push(`${el.localName} button "${text(button)}" unstyled`);
      }
    }
    expect(problems).to.deep.equal([]);
    expect(probe(frame).errors).to.deep.equal([]);
  });
});
