// Runs in a Chromium whose clock is in America/New_York (see web-test-runner.config.mjs): a visitor in
// New York still sees Berlin dates and times.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../../src/widgets/event-calendar/event-calendar.js';
import type { KgcEventCalendar } from '../../../src/widgets/event-calendar/event-calendar.js';
import { berlinToday } from '../../../src/i18n/format.js';
import { feedUrl } from '../../helpers/server.js';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const chips = (el: Element, day: string) =>
  [...el.shadowRoot!.querySelectorAll(`[data-day="${day}"] .chip`)].map((c) => squash(c.textContent));

async function calendar(attributes: string): Promise<KgcEventCalendar> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  wrapper.innerHTML = `<kgc-event-calendar src="${feedUrl('event-calendar')}" ${attributes}></kgc-event-calendar>`;
  const el = wrapper.firstElementChild as KgcEventCalendar;
  await waitUntil(() => el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('aria-busy') === 'false');
  await el.updateComplete;
  return el;
}

describe('<kgc-event-calendar> for a visitor in New York', () => {
  it('runs with the New York clock', function () {
    // A focused run (file names on the command line) runs this file in the ordinary Berlin browsers too:
    // there the clock check is skipped (and shows up as skipped); the Berlin dates below must hold anyway.
    if (Intl.DateTimeFormat().resolvedOptions().timeZone !== 'America/New_York') this.skip();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
    expect(new Date('2026-06-10T12:00:00Z').getTimezoneOffset()).to.equal(240);
  });

  it('puts events on their Berlin days with Berlin times', async () => {
    const el = await calendar('month="2026-03" today="2026-03-31"');
    // 10:00 Berlin on the day the clocks go forward; in New York it is 04:00
    expect(chips(el, '2026-03-29')).to.deep.equal(['10:00 Tagung am Tag der Zeitumstellung']);
    // 23:30 UTC on 31 March: 19:30 on 31 March in New York, but 01:30 on 1 April in Berlin
    expect(chips(el, '2026-03-31')).to.deep.equal([]);
    expect(chips(el, '2026-04-01')).to.deep.equal(['01:30 Spätes Online-Treffen (UTC)']);
    // the grid itself: March 2026 starts on a Sunday, Monday first, in any zone
    const first = el.shadowRoot!.querySelector('[role="gridcell"]') as HTMLElement;
    expect(first.dataset.day).to.equal('2026-02-23');
    expect(el.shadowRoot!.querySelector('[aria-current="date"]')!.getAttribute('data-day')).to.equal('2026-03-31');

    el.month = '2026-06';
    await el.updateComplete;
    expect(chips(el, '2026-06-10')).to.deep.equal(['10:00 Fachforum Gesundheit im Quartier']);
    // an all-day event stays on its day (no shift to the day before at UTC−4)
    expect(chips(el, '2026-06-15')).to.deep.equal(['Netzwerktreffen Sachsen-Anhalt']);
    expect(chips(el, '2026-06-14')).to.deep.equal([]);
    // ends at 00:00 Berlin (18:00 in New York): not on the 13th
    expect(chips(el, '2026-06-13')).to.deep.equal([]);

    el.month = '2026-10';
    await el.updateComplete;
    expect(chips(el, '2026-10-24')).to.deep.equal(['22:00 Nachtwanderung über die Zeitumstellung']);
    expect(chips(el, '2026-10-25')).to.have.length(1);
  });

  it('shows Berlin times in the list and details, and writes the right instants to .ics', async () => {
    const el = await calendar('view="list" today="2026-06-10"');
    const first = el.shadowRoot!.querySelector('[part="item"]')!;
    expect(squash(first.querySelector('.when')!.textContent)).to.match(
      /Mittwoch, 10\. Juni 2026, 10:00\s?[–-]\s?12:30/,
    );
    first.querySelector('button')!.click();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    const link = dialog.querySelector<HTMLAnchorElement>('a[download]')!;
    const body = decodeURIComponent(link.href.slice(link.href.indexOf(',') + 1));
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(body)).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).to.equal('2026-06-10T08:00:00.000Z');
    dialog.close();
  });

  it('opens on the current month in Berlin', async () => {
    const el = await calendar('');
    const today = berlinToday();
    expect(el.shadowRoot!.querySelector('[aria-current="date"]')!.getAttribute('data-day')).to.equal(today);
  });
});
