// A large first view renders in stages, one task after each frame (KgcElement.stage): what a visitor and a
// page script see in between, and that kgc-load, updateComplete and aria-busy wait for the last stage.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/widgets/event-calendar/event-calendar.js';
import type { KgcEventCalendar } from '../../src/widgets/event-calendar/event-calendar.js';
import '../../src/widgets/partner-map/partner-map.js';

const feed = {
  version: 1,
  events: Array.from({ length: 18 }, (_, i) => ({
    id: `e${i}`,
    title: `Fachtag ${i + 1}`,
    start: `2027-03-${String(i + 1).padStart(2, '0')}`,
  })),
};
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const items = (el: Element) => el.shadowRoot!.querySelectorAll('.agenda .item').length;
const busy = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy');

async function calendar(): Promise<{ el: KgcEventCalendar; host: HTMLElement }> {
  const host = await fixture<HTMLElement>(html`<div style="width: 320px"></div>`);
  const el = document.createElement('kgc-event-calendar');
  el.setAttribute('view', 'list');
  el.setAttribute('month', '2027-03');
  el.data = feed;
  return { el, host };
}

/** A national map of 400 partners around Leipzig: more than the first stage's thirty places of the list. */
async function partnerMap() {
  const partners = Array.from({ length: 400 }, (_, i) => ({
    id: `p${i}`,
    name: `Gemeinde ${i + 1}`,
    kind: 'Gemeinde',
    region: { land: 'DE-SN' },
    location: { lat: 51.3 + (i % 20) / 100, lon: 12.3 + Math.floor(i / 20) / 100 },
  }));
  const host = await fixture<HTMLElement>(html`<div style="width: 900px"></div>`);
  const el = document.createElement('kgc-partner-map');
  el.data = { version: 1, partners };
  return { el, host };
}
const twin = (el: Element) => el.shadowRoot!.querySelectorAll('.list .item').length;

describe('first views in stages', () => {
  it('shows the first events at once, the rest in later stages; kgc-load and updateComplete wait for all', async () => {
    const { el, host } = await calendar();
    const loaded = oneEvent(el, 'kgc-load');
    host.append(el);
    // What each stage showed (a stage's update is one change of the DOM, observed before the next stage runs; a
    // stage may follow the last without a frame when none comes within 100 ms, on a busy machine).
    const stages: { shown: number; busy: string | null; more: boolean }[] = [];
    const changes = new MutationObserver(() => {
      const shown = items(el);
      if (shown && shown !== stages.at(-1)?.shown)
        stages.push({ shown, busy: busy(el), more: !!el.shadowRoot!.querySelector('.more-list') });
    });
    changes.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    changes.disconnect();
    const first = stages[0];
    expect(first.shown, `the first stage shows some events (stages: ${stages.map((s) => s.shown).join(', ')})`)
      .to.be.greaterThan(0)
      .and.lessThan(18);
    expect(first.busy).to.equal('true');
    expect(first.more, 'no "Weitere anzeigen" before the page is complete').to.equal(false);

    expect(items(el), 'complete once updateComplete resolves').to.equal(18);
    expect(busy(el)).to.equal('false');
    expect((await loaded).detail.count).to.equal(18);
  });

  it('stops when removed between stages and finishes when put back', async () => {
    const { el, host } = await calendar();
    host.append(el);
    await frame();
    const shown = items(el);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(items(el), 'no stage ran while away').to.equal(shown);

    const loaded = oneEvent(el, 'kgc-load');
    host.append(el);
    expect((await loaded).detail.count).to.equal(18);
    expect(items(el)).to.equal(18);
  });

  it('the partner map’s list twin is complete when updateComplete resolves and kgc-load fires', async () => {
    const { el, host } = await partnerMap();
    const loaded = oneEvent(el, 'kgc-load');
    host.append(el);
    await el.updateComplete;
    expect(twin(el), 'complete once updateComplete resolves').to.equal(400);
    expect((await loaded).detail.count).to.equal(400);
    expect(busy(el)).to.equal('false');
  });

  it('the partner map shows its list twin only partly between stages', async () => {
    const { el, host } = await partnerMap();
    host.append(el);
    while (!el.shadowRoot?.querySelector('[part="base"]')) await Promise.resolve();
    // What each stage rendered (a stage's update is one change of the DOM), and what each frame showed. A stage
    // may follow the last without a frame when none comes within 100 ms (a hidden tab, a busy machine).
    const rendered: number[] = [];
    const changes = new MutationObserver(() => {
      if (twin(el) !== rendered.at(-1)) rendered.push(twin(el));
    });
    changes.observe(el.shadowRoot!, { childList: true, subtree: true });
    const seen = new Set<number>();
    while (busy(el) !== 'false') {
      seen.add(twin(el));
      await frame();
    }
    seen.add(twin(el));
    changes.disconnect();
    expect(seen.has(400)).to.equal(true);
    const partial = [...seen].filter((n) => n > 0 && n < 400);
    expect(partial.length, `counts seen: ${[...seen].join(', ')}`).to.be.greaterThan(0);
    expect(
      rendered.find((n) => n > 0),
      `the first stage of the list holds thirty places (stages: ${rendered.join(', ')})`,
    ).to.equal(30);
  });

  it('the partner map draws the Länder first, then its markers, then the list twin', async () => {
    const { el, host } = await partnerMap();
    host.append(el);
    while (!el.shadowRoot?.querySelector('[part="base"]')) await Promise.resolve();
    // What each stage rendered (a stage's update is one change of the DOM, observed before the next stage runs).
    const states: string[] = [];
    const markers = () => el.shadowRoot!.querySelectorAll('.marker').length;
    const laender = () => el.shadowRoot!.querySelectorAll('path.land').length;
    const note = () =>
      states.push(`${laender() ? 'map' : '-'} ${markers() ? 'markers' : '-'} ${twin(el) ? 'twin' : '-'}`);
    note();
    const changes = new MutationObserver(note);
    changes.observe(el.shadowRoot!, { childList: true, subtree: true });
    while (busy(el) !== 'false') await frame();
    changes.disconnect();
    note();
    const order = states.filter((state, i) => state !== states[i - 1]);
    expect(order).to.deep.equal(['map - -', 'map markers -', 'map markers twin']);
  });
});
