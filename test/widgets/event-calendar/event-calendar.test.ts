import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../../src/widgets/event-calendar/event-calendar.js';
import type { KgcEventCalendar } from '../../../src/widgets/event-calendar/event-calendar.js';
import { chord } from '../../helpers/keys.js';
import { captureWarnings, feedUrl, uniqueKey, hits } from '../../helpers/server.js';

const shadow = (el: Element) => el.shadowRoot!;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: Element) => squash(shadow(el).textContent);
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];
const settled = (el: Element) =>
  waitUntil(() => $(el, '[part="base"]')?.getAttribute('aria-busy') === 'false', 'the calendar settles', {
    timeout: 5000,
  });
const cell = (el: Element, day: string) => $(el, `[role="gridcell"][data-day="${day}"]`)!;
const label = (el: Element, day: string) => squash(cell(el, day).querySelector('.visually-hidden')!.textContent);
const chips = (el: Element, day: string) =>
  [...cell(el, day).querySelectorAll('.chip')].map((c) => squash(c.textContent));
const focused = (el: Element) => (shadow(el).activeElement as HTMLElement | null)?.dataset.day;
const title = (el: Element) => squash($(el, '[part="title"]')!.textContent);
const dialog = (el: Element) => $<HTMLDialogElement>(el, 'dialog')!;

async function calendar(
  attributes: Record<string, string | boolean> = {},
  fixtureName = 'event-calendar',
): Promise<KgcEventCalendar> {
  const el = document.createElement('kgc-event-calendar');
  el.setAttribute('today', '2026-06-10');
  el.style.width = '1000px';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) el.removeAttribute(name);
    else el.setAttribute(name, value === true ? '' : value);
  }
  if (!('src' in attributes)) el.setAttribute('src', feedUrl(fixtureName));
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await settled(el);
  await el.updateComplete;
  return el;
}

/** Clicks an .ics link without leaving the page and returns the parsed calendar behind its href. */
async function downloadIcs(el: Element, link: HTMLAnchorElement) {
  const block = (e: Event) => e.preventDefault();
  shadow(el).addEventListener('click', block, { capture: true });
  link.click();
  shadow(el).removeEventListener('click', block, { capture: true });
  const body = await (await fetch(link.href)).text();
  const calendar = new ICAL.Component(ICAL.parse(body));
  return { body, calendar, events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}

describe('<kgc-event-calendar>', () => {
  describe('month grid', () => {
    it('renders the current month of a feed served over HTTP as a grid Mo–So with ISO weeks', async () => {
      const el = await calendar();
      expect(title(el)).to.equal('Juni 2026');
      const grid = $(el, '[role="grid"]')!;
      expect(grid.getAttribute('aria-labelledby')).to.equal($(el, '[part="title"]')!.id);
      const headers = $$(el, 'thead th').map((th) => squash(th.querySelector('[aria-hidden]')!.textContent));
      expect(headers).to.deep.equal(['KW', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
      expect(squash($$(el, 'thead th')[1].textContent)).to.contain('Montag');
      const rows = $$(el, 'tbody tr');
      expect(rows).to.have.length(5);
      expect(rows.map((r) => squash(r.querySelector('th[scope="row"] [aria-hidden]')!.textContent))).to.deep.equal([
        'KW 23',
        'KW 24',
        'KW 25',
        'KW 26',
        'KW 27',
      ]);
      expect(squash(rows[0].querySelector('th')!.textContent)).to.contain('Kalenderwoche 23');
      const cells = $$(el, '[role="gridcell"]');
      expect(cells).to.have.length(35);
      expect(cells[0].dataset.day).to.equal('2026-06-01');
      expect(cells[34].dataset.day).to.equal('2026-07-05');
      // days of July are dimmed, today is marked (not only by colour: aria-current and the day's name)
      expect(cells.filter((c) => c.classList.contains('outside')).map((c) => c.dataset.day)).to.deep.equal([
        '2026-07-01',
        '2026-07-02',
        '2026-07-03',
        '2026-07-04',
        '2026-07-05',
      ]);
      expect($$(el, '[aria-current="date"]').map((c) => c.dataset.day)).to.deep.equal(['2026-06-10']);
      expect(label(el, '2026-06-10')).to.equal('Mittwoch, 10. Juni 2026, heute, 1 Termin');
      expect(label(el, '2026-06-24')).to.equal('Mittwoch, 24. Juni 2026, 5 Termine');
      expect(label(el, '2026-06-02')).to.equal('Dienstag, 2. Juni 2026, keine Termine');
      // one day in the tab order: today
      expect(cells.filter((c) => c.tabIndex === 0).map((c) => c.dataset.day)).to.deep.equal(['2026-06-10']);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('shows each day’s events with time, all-day and multi-day events, and "+3 weitere"', async () => {
      const el = await calendar();
      expect(chips(el, '2026-06-10')).to.deep.equal(['10:00 Fachforum Gesundheit im Quartier']);
      expect(chips(el, '2026-06-15')).to.deep.equal(['Netzwerktreffen Sachsen-Anhalt']);
      // three days, the time only on the first; the others say they continue
      expect(chips(el, '2026-06-17')).to.deep.equal(['09:00 Fachtag Gesund aufwachsen (drei Tage)']);
      expect(chips(el, '2026-06-18')).to.deep.equal(['Fachtag Gesund aufwachsen (drei Tage) (Fortsetzung)']);
      expect(chips(el, '2026-06-19')).to.deep.equal(['Fachtag Gesund aufwachsen (drei Tage) (Fortsetzung)']);
      // an all-day event into the next month, also on the dimmed days
      for (const day of ['2026-06-29', '2026-06-30', '2026-07-01', '2026-07-02'])
        expect(chips(el, day)[0], day).to.contain('Sommerakademie');
      expect(chips(el, '2026-07-03')).to.deep.equal([]);
      // until 00:00 is not on the next day
      expect(chips(el, '2026-06-12')).to.have.length(1);
      expect(chips(el, '2026-06-13')).to.have.length(0);
      // five events: two shown and "+3 weitere"
      expect(chips(el, '2026-06-24')).to.deep.equal(['09:00 Sprechstunde 1', '10:00 Sprechstunde 2']);
      const more = cell(el, '2026-06-24').querySelector('.more')!;
      expect(squash(more.querySelector('[aria-hidden]')!.textContent)).to.equal('+3 weitere');
      // cancelled and postponed say so in words
      expect(chips(el, '2026-06-22')[0]).to.equal('Abgesagt 14:00 Werkstattgespräch Kommunen');
      expect(chips(el, '2026-06-23')[0]).to.equal('Verschoben 10:00 Online-Seminar Gesundheitskiosk');
      // event buttons inside days are not extra tab stops
      expect($$(el, '.chip, .more').every((b) => b.tabIndex === -1)).to.equal(true);
    });

    it('lays out other months: one starting on Sunday, a leap February, week 53, DST days', async () => {
      const el = await calendar({ month: '2026-03' });
      expect(title(el)).to.equal('März 2026');
      let rows = $$(el, 'tbody tr');
      expect(rows).to.have.length(6);
      expect(rows[0].querySelectorAll('[role="gridcell"]')[6].getAttribute('data-day')).to.equal('2026-03-01');
      expect(rows[0].querySelectorAll('.outside')).to.have.length(6);
      // 29 March, the day clocks go forward: 10:00 Berlin summer time
      expect(chips(el, '2026-03-29')).to.deep.equal(['10:00 Tagung am Tag der Zeitumstellung']);
      // 23:30 UTC on 31 March is 1 April in Berlin
      expect(chips(el, '2026-03-31')).to.deep.equal([]);
      expect(chips(el, '2026-04-01')).to.deep.equal(['01:30 Spätes Online-Treffen (UTC)']);

      el.month = '2026-02'; // also starts on a Sunday, five rows
      await el.updateComplete;
      expect(title(el)).to.equal('Februar 2026');
      expect($$(el, 'tbody tr')).to.have.length(5);
      expect(cell(el, '2026-02-01').closest('tr')!.rowIndex).to.equal(1);
      expect(chips(el, '2026-02-01')).to.deep.equal(['10:00 Auftakt im Februar']);

      el.month = '2028-02';
      await el.updateComplete;
      expect(cell(el, '2028-02-29').classList.contains('outside')).to.equal(false);
      expect(chips(el, '2028-02-29')).to.deep.equal(['13:00 Schalttag-Workshop']);
      expect(label(el, '2028-02-29')).to.equal('Dienstag, 29. Februar 2028, 1 Termin');

      el.month = '2026-12';
      await el.updateComplete;
      rows = $$(el, 'tbody tr');
      expect(rows.map((r) => squash(r.querySelector('th [aria-hidden]')!.textContent))).to.deep.equal([
        'KW 49',
        'KW 50',
        'KW 51',
        'KW 52',
        'KW 53',
      ]);
      expect(chips(el, '2026-12-31')).to.deep.equal(['Jahresabschluss']);
      expect(chips(el, '2027-01-02')).to.deep.equal(['11:00 Neujahrsempfang']);

      el.month = '2027-01';
      await el.updateComplete;
      expect(squash($$(el, 'tbody tr')[0].querySelector('th [aria-hidden]')!.textContent)).to.equal('KW 53');

      el.month = '2026-10'; // the night the clocks go back: on the 24th and the 25th
      await el.updateComplete;
      expect(chips(el, '2026-10-24')).to.deep.equal(['22:00 Nachtwanderung über die Zeitumstellung']);
      expect(chips(el, '2026-10-25')).to.deep.equal(['Nachtwanderung über die Zeitumstellung (Fortsetzung)']);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('navigates with previous, next and "Heute", and announces the month', async () => {
      const el = await calendar();
      const [previous, today, next] = $$<HTMLButtonElement>(el, '.nav button');
      const live = $(el, '[role="status"]')!;
      expect(live.textContent).to.equal('');
      next.click();
      await el.updateComplete;
      expect(title(el)).to.equal('Juli 2026');
      expect(squash(live.textContent)).to.equal('Juli 2026: 1 Termin');
      next.click();
      await el.updateComplete;
      expect(title(el)).to.equal('August 2026');
      expect(squash(live.textContent)).to.equal('August 2026: keine Termine');
      // an empty month offers the next event
      const jump = $<HTMLButtonElement>(el, '.note button')!;
      expect(squash(jump.textContent)).to.equal('Zum nächsten Termin (24. Oktober 2026)');
      jump.click();
      await el.updateComplete;
      expect(title(el)).to.equal('Oktober 2026');
      previous.click();
      await el.updateComplete;
      expect(title(el)).to.equal('September 2026');
      today.click();
      await el.updateComplete;
      expect(title(el)).to.equal('Juni 2026');
      expect(cell(el, '2026-06-10').tabIndex).to.equal(0);
      expect(previous.textContent).to.contain('Vorheriger Monat');
      el.showMonth('2027-05');
      await el.updateComplete;
      expect(title(el)).to.equal('Mai 2027');
    });
  });

  describe('keyboard (APG grid)', () => {
    it('moves by day and week with the arrows, Home/End in the week, PageUp/PageDown by month', async () => {
      const el = await calendar();
      cell(el, '2026-06-10').focus();
      const press = async (key: string, expected: string) => {
        await chord(...key.split('+'));
        await el.updateComplete;
        expect(focused(el), `${key} → ${expected}`).to.equal(expected);
        expect($$(el, '[role="gridcell"][tabindex="0"]').map((c) => c.dataset.day)).to.deep.equal([expected]);
      };
      await press('ArrowRight', '2026-06-11');
      await press('ArrowDown', '2026-06-18');
      await press('ArrowLeft', '2026-06-17');
      await press('ArrowUp', '2026-06-10');
      await press('Home', '2026-06-08');
      await press('End', '2026-06-14');
      await press('PageDown', '2026-07-14');
      expect(title(el)).to.equal('Juli 2026');
      expect(squash($(el, '[role="status"]')!.textContent)).to.equal('Juli 2026: 1 Termin');
      await press('PageUp', '2026-06-14');
      expect(title(el)).to.equal('Juni 2026');
      await press('ArrowDown', '2026-06-21');
      await press('ArrowDown', '2026-06-28');
      await press('ArrowRight', '2026-06-29');
      await press('ArrowRight', '2026-06-30');
      await press('ArrowRight', '2026-07-01'); // into the next month: it is shown
      expect(title(el)).to.equal('Juli 2026');
      await press('ArrowLeft', '2026-06-30');
      expect(title(el)).to.equal('Juni 2026');
      await press('Control+End', '2026-06-30');
      await press('Control+Home', '2026-06-01');
      await press('ArrowUp', '2026-05-25');
      expect(title(el)).to.equal('Mai 2026');
      // PageDown from 31 January lands on the last day of February
      el.month = '2026-01';
      await el.updateComplete;
      cell(el, '2026-01-01').focus();
      await press('Control+End', '2026-01-31');
      await press('PageDown', '2026-02-28');
    });

    it('opens the day’s events with Enter; Escape closes and focus returns to the day', async () => {
      const el = await calendar();
      cell(el, '2026-06-24').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog(el).open, 'the dialog opens');
      expect(squash(dialog(el).querySelector('.dialog-title')!.textContent)).to.equal(
        'Termine am Mittwoch, 24. Juni 2026',
      );
      expect(dialog(el).querySelectorAll('article')).to.have.length(5);
      await expect(el).shadowDom.to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog(el).open, 'Escape closes the dialog');
      expect(focused(el)).to.equal('2026-06-24');
      // a day with one event opens that event; Space does the same as Enter
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focused(el)).to.equal('2026-06-22');
      await sendKeys({ press: ' ' });
      await waitUntil(() => dialog(el).open);
      expect(squash(dialog(el).querySelector('.dialog-title')!.textContent)).to.equal(
        'Abgesagt Werkstattgespräch Kommunen',
      );
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog(el).open);
      expect(focused(el)).to.equal('2026-06-22');
      // Enter on a day without events does nothing
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(dialog(el).open).to.equal(false);
    });

    it('is reached with Tab as one stop, then the arrows work', async () => {
      const el = await calendar();
      $<HTMLButtonElement>(el, '.views button:last-child')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('2026-06-10');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(undefined); // left the grid after one stop
    });
  });

  describe('details', () => {
    it('shows every field in a dialog, with safe links and an .ics download that parses', async () => {
      const el = await calendar();
      const selected = oneEvent(el, 'kgc-select');
      cell(el, '2026-06-10').querySelector<HTMLButtonElement>('.chip')!.click();
      const { detail } = await selected;
      expect((detail.item as { id: string }).id).to.equal('fachforum');
      await waitUntil(() => dialog(el).open);
      const d = dialog(el);
      const content = squash(d.textContent);
      expect(squash(d.querySelector('.dialog-title')!.textContent)).to.equal('Fachforum Gesundheit im Quartier');
      expect(content).to.contain('Mittwoch, 10. Juni 2026');
      expect(content).to.match(/10:00\s?[–-]\s?12:30/);
      for (const part of [
        'Rathaus Neukölln',
        'Karl-Marx-Straße 83',
        '12043 Berlin',
        'Gesundheit Berlin-Brandenburg e. V.',
        'Fachforum',
        'Berlin',
        'Quartier',
        'Prävention',
        'Quartiersmanagerinnen',
      ])
        expect(content).to.contain(part);
      const links = [...d.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href')!.slice(0, 41))).to.deep.equal([
        'https://example.org/termine/fachforum',
        'https://example.org/anmeldung/fachforum',
        'data:text/calendar;charset=utf-8,BEGIN%3A',
      ]);
      const ics = links[2];
      expect(ics.getAttribute('download')).to.match(/\.ics$/);
      const body = decodeURIComponent(ics.href.slice(ics.href.indexOf(',') + 1));
      const [vevent] = new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent');
      const event = new ICAL.Event(vevent);
      expect(event.summary).to.equal('Fachforum Gesundheit im Quartier');
      expect(event.startDate.toJSDate().toISOString()).to.equal('2026-06-10T08:00:00.000Z');
      expect(event.location).to.equal('Rathaus Neukölln, Karl-Marx-Straße 83, 12043 Berlin');
      expect(event.description).to.contain('Zweite Zeile; mit Semikolon, Komma und \\ Backslash.');
      await expect(el).shadowDom.to.be.accessible();
      d.querySelector<HTMLButtonElement>('.close')!.click();
      await waitUntil(() => !d.open);
    });

    it('shows all of a day’s events from "+3 weitere", and marks cancelled and postponed ones', async () => {
      const el = await calendar();
      cell(el, '2026-06-24').querySelector<HTMLButtonElement>('.more')!.click();
      await waitUntil(() => dialog(el).open);
      expect([...dialog(el).querySelectorAll('.details-title')].map((h) => squash(h.textContent))).to.deep.equal([
        'Sprechstunde 1',
        'Sprechstunde 2',
        'Sprechstunde 3',
        'Sprechstunde 4',
        'Sprechstunde 5',
      ]);
      expect(dialog(el).querySelectorAll('a[download$=".ics"]')).to.have.length(5);
      dialog(el).close();
      await waitUntil(() => !dialog(el).open);
      cell(el, '2026-06-23').querySelector<HTMLButtonElement>('.chip')!.click();
      await waitUntil(() => dialog(el).open);
      const content = squash(dialog(el).textContent);
      expect(content).to.contain('Verschoben');
      expect(content).to.contain('Zur Online-Veranstaltung');
      const ics = dialog(el).querySelector<HTMLAnchorElement>('a[download]')!;
      const body = decodeURIComponent(ics.href.slice(ics.href.indexOf(',') + 1));
      expect(
        new ICAL.Component(ICAL.parse(body)).getFirstSubcomponent('vevent')!.getFirstPropertyValue('status'),
      ).to.equal('TENTATIVE');
      dialog(el).close();
    });

    it('lets the host page take over: a cancelled kgc-select opens no dialog', async () => {
      const el = await calendar();
      el.addEventListener('kgc-select', (e) => e.preventDefault(), { once: true });
      cell(el, '2026-06-10').querySelector<HTMLButtonElement>('.chip')!.click();
      await el.updateComplete;
      expect(dialog(el).open).to.equal(false);
    });
  });

  describe('list view', () => {
    it('lists the upcoming events by month with date, time, place, organizer, category and tags', async () => {
      const el = await calendar({ view: 'list' });
      expect($(el, '[role="grid"]')).to.equal(null);
      expect(title(el)).to.equal('Kommende Termine');
      expect($$(el, '.list-month').map((h) => squash(h.textContent))).to.deep.equal([
        'Juni 2026',
        'Oktober 2026',
        'Dezember 2026',
        'Januar 2027',
        'Februar 2028',
      ]);
      expect($$(el, '.list-month')[0].tagName).to.equal('H3');
      const items = $$(el, '[part="item"]');
      expect(items).to.have.length(16);
      const first = squash(items[0].textContent);
      for (const part of [
        'Fachforum Gesundheit im Quartier',
        'Mittwoch, 10. Juni 2026',
        'Rathaus Neukölln',
        'Gesundheit Berlin-Brandenburg e. V. · Fachforum',
        'Quartier',
      ])
        expect(first).to.contain(part);
      expect(first).to.match(/10:00\s?[–-]\s?12:30/);
      const cancelled = items.find((i) => i.textContent!.includes('Werkstattgespräch'))!;
      expect(squash(cancelled.querySelector('.flag')!.textContent)).to.equal('Abgesagt');
      const online = items.find((i) => i.textContent!.includes('Gesundheitskiosk'))!;
      expect(squash(online.querySelector('.where')!.textContent)).to.equal('Online');
      const allDay = items.find((i) => i.textContent!.includes('Sommerakademie'))!;
      expect(squash(allDay.querySelector('.when')!.textContent)).to.match(/29\. Juni.*2\. Juli 2026 \(ganztägig\)/);
      await expect(el).shadowDom.to.be.accessible();
      // titles open the details
      items[0].querySelector<HTMLButtonElement>('button')!.click();
      await waitUntil(() => dialog(el).open);
      dialog(el).close();
      await waitUntil(
        () => shadow(el).activeElement === items[0].querySelector('button'),
        'focus returns to the title',
      );
    });

    it('pages with limit and "Mehr anzeigen", and starts at a later month', async () => {
      const el = await calendar({ view: 'list', limit: '5' });
      expect($$(el, '[part="item"]')).to.have.length(5);
      $<HTMLButtonElement>(el, '.more-list')!.click();
      await el.updateComplete;
      expect($$(el, '[part="item"]')).to.have.length(10);
      $$<HTMLButtonElement>(el, '.nav button')[2].click();
      await el.updateComplete;
      expect(title(el)).to.equal('Termine ab Juli 2026');
      // the summer academy began in June and still runs on 1 July
      expect(squash($$(el, '[part="item"]')[0].textContent)).to.contain('Sommerakademie');
      expect(squash($(el, '[role="status"]')!.textContent)).to.equal('Termine ab Juli 2026: 5 Termine');
    });

    it('in a narrow container, renders the list as its first view of the loaded feed (no grid before it)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 20em"></div>`);
      const el = document.createElement('kgc-event-calendar');
      el.setAttribute('today', '2026-06-10');
      el.setAttribute('src', feedUrl('event-calendar', { delay: 300 }));
      wrapper.append(el);
      await el.updateComplete;
      let grids = 0;
      const watch = new MutationObserver(() => (grids += shadow(el).querySelector('[role="grid"]') ? 1 : 0));
      watch.observe(shadow(el), { childList: true, subtree: true });
      await settled(el);
      await el.updateComplete;
      watch.disconnect();
      expect($(el, '[part="list"]')).to.exist;
      expect(grids).to.equal(0);
    });

    it('is the default in a narrow container, also one that was hidden at first; the visitor can switch', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div hidden style="width: 20em"></div>`);
      const el = document.createElement('kgc-event-calendar');
      el.setAttribute('today', '2026-06-10');
      el.setAttribute('src', feedUrl('event-calendar'));
      wrapper.append(el);
      await settled(el);
      wrapper.hidden = false;
      await waitUntil(() => $(el, '[part="list"]'), 'the list appears once the container has its size');
      expect($(el, '[role="grid"]')).to.equal(null);
      // the visitor chooses the month grid
      const [month, list] = $$<HTMLButtonElement>(el, '.views button');
      expect(list.getAttribute('aria-pressed')).to.equal('true');
      month.click();
      await el.updateComplete;
      expect($(el, '[role="grid"]')).to.exist;
      expect(month.getAttribute('aria-pressed')).to.equal('true');
      await expect(el).shadowDom.to.be.accessible();
      // a wide container without a choice shows the grid
      const wide = await calendar();
      expect($(wide, '[role="grid"]')).to.exist;
      wide.style.width = '20em';
      await waitUntil(() => $(wide, '[part="list"]'), 'narrowed: the list');
    });
  });

  describe('filters', () => {
    it('presets Land, category and tag from attributes', async () => {
      const el = await calendar({ land: 'BE' });
      expect(chips(el, '2026-06-10')).to.have.length(1);
      expect(chips(el, '2026-06-15')).to.have.length(0); // Sachsen-Anhalt
      expect(chips(el, '2026-06-17')).to.have.length(0); // Sachsen
      expect(label(el, '2026-06-24')).to.contain('5 Termine');
      el.setAttribute('tag', 'Kinder');
      el.removeAttribute('land');
      await el.updateComplete;
      expect(chips(el, '2026-06-10')).to.have.length(0);
      expect(chips(el, '2026-06-18')).to.have.length(1);
      el.removeAttribute('tag');
      el.setAttribute('category', 'Netzwerktreffen');
      await el.updateComplete;
      expect(chips(el, '2026-06-15')).to.have.length(1);
      expect(chips(el, '2026-06-24')).to.have.length(0);
    });

    it('shows controls with `filters`, an empty state with reset, and exports the filtered list as .ics', async () => {
      const el = await calendar({ filters: true, land: 'DE-BE', 'land-only': true });
      const selects = $$<HTMLSelectElement>(el, '[part="filters"] select');
      expect(selects).to.have.length(3);
      const [land, category, tag] = selects;
      expect(land.value).to.equal('DE-BE');
      expect([...land.options].map((o) => o.text)).to.deep.equal([
        'Alle Bundesländer',
        'Baden-Württemberg',
        'Bayern',
        'Berlin',
        'Brandenburg',
        'Bremen',
        'Hamburg',
        'Hessen',
        'Mecklenburg-Vorpommern',
        'Niedersachsen',
        'Nordrhein-Westfalen',
        'Rheinland-Pfalz',
        'Saarland',
        'Sachsen',
        'Sachsen-Anhalt',
        'Schleswig-Holstein',
        'Thüringen',
      ]);
      await expect(el).shadowDom.to.be.accessible();

      const ics = await downloadIcs(el, $<HTMLAnchorElement>(el, '[part="actions"] a[download]')!);
      expect($<HTMLAnchorElement>(el, '[part="actions"] a[download]')!.getAttribute('download')).to.equal(
        'veranstaltungen.ics',
      );
      expect(ics.events.map((e) => e.uid).sort()).to.deep.equal(
        ['abgesagt', 'fachforum', 'voll-1', 'voll-2', 'voll-3', 'voll-4', 'voll-5'].map((id) => `${id}@example.org`),
      );
      expect(ics.calendar.getFirstPropertyValue('version')).to.equal('2.0');
      expect(ics.events.find((e) => e.uid.startsWith('abgesagt'))!.component.getFirstPropertyValue('status')).to.equal(
        'CANCELLED',
      );
      expect(ics.body).to.contain('\r\n');

      category.value = 'Fachtag';
      category.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect($(el, '[part="empty"]')!.textContent).to.contain('Keine Einträge gefunden');
      await expect(el).shadowDom.to.be.accessible();
      $<HTMLButtonElement>(el, '[part="empty"] button')!.click();
      await el.updateComplete;
      expect($(el, '[part="empty"]')).to.equal(null);
      expect(land.value).to.equal('');
      expect(chips(el, '2026-06-17')).to.have.length(1);

      tag.value = 'Online';
      tag.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect($$(el, '.chip').map((c) => squash(c.textContent))).to.deep.equal([
        'Verschoben 10:00 Online-Seminar Gesundheitskiosk',
      ]);
      expect(squash($(el, '[role="status"]')!.textContent)).to.equal('Juni 2026: 1 Termin');
      const all = await downloadIcs(el, $<HTMLAnchorElement>(el, '[part="actions"] a[download]')!);
      expect(all.events).to.have.length(1);
      expect(squash($(el, '[part="actions"] a[download]')!.textContent)).to.equal(
        'Diesen Termin als Kalenderdatei (.ics)',
      );
    });

    it('with land, shows the events without a Land marked "bundesweit"; land-only leaves them out', async () => {
      const el = await calendar({ land: 'BE' });
      expect(chips(el, '2026-06-23')).to.deep.equal(['Verschoben bundesweit 10:00 Online-Seminar Gesundheitskiosk']);
      expect(chips(el, '2026-06-10')[0]).not.to.contain('bundesweit');
      expect(chips(el, '2026-06-15'), 'Sachsen-Anhalt').to.have.length(0);
      await expect(el).shadowDom.to.be.accessible();
      el.setAttribute('land-only', '');
      await el.updateComplete;
      expect(chips(el, '2026-06-23')).to.have.length(0);
      expect(chips(el, '2026-06-10')).to.have.length(1);
      const national = await calendar({});
      expect(chips(national, '2026-06-23')).to.deep.equal(['Verschoben 10:00 Online-Seminar Gesundheitskiosk']);
    });

    it('links the subscription when the feed names calendarUrl', async () => {
      const el = await calendar();
      const subscribe = $<HTMLAnchorElement>(el, '[part="subscribe"]')!;
      expect(subscribe.getAttribute('href')).to.equal('https://example.org/kalender.ics');
      expect(subscribe.hasAttribute('download')).to.equal(false);
    });
  });

  describe('URL state', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('writes month, view and filters to the URL (namespaced, replaceState) and reads them back', async () => {
      const length = history.length;
      const el = await calendar({ 'url-state': true, filters: true });
      expect(location.search).not.to.contain('kgc-');
      $$<HTMLButtonElement>(el, '.nav button')[2].click();
      await el.updateComplete;
      const land = $<HTMLSelectElement>(el, '[part="filters"] select')!;
      land.value = 'DE-SN';
      land.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const params = new URL(location.href).searchParams;
      expect(params.get('kgc-month')).to.equal('2026-07');
      expect(params.get('kgc-land')).to.equal('SN');
      expect(history.length).to.equal(length);
      el.remove();

      const again = await calendar({ 'url-state': true, filters: true });
      expect(title(again)).to.equal('Juli 2026');
      expect($<HTMLSelectElement>(again, '[part="filters"] select')!.value).to.equal('DE-SN');
      // another calendar with its own prefix is not affected, and a calendar without url-state ignores the URL
      const other = await calendar({ 'url-state': 'termine' });
      expect(title(other)).to.equal('Juni 2026');
      const plain = await calendar();
      expect(title(plain)).to.equal('Juni 2026');
      $$<HTMLButtonElement>(other, '.views button')[1].click();
      await other.updateComplete;
      expect(new URL(location.href).searchParams.get('kgc-termine-view')).to.equal('list');
      expect(new URL(location.href).searchParams.get('kgc-month')).to.equal('2026-07');
    });

    it('never throws when the browser refuses to change the address, and writes it once allowed again', async () => {
      const el = await calendar({ 'url-state': true });
      const replace = history.replaceState;
      let refused = 0;
      // What WebKit does after 100 changes in 10 seconds.
      history.replaceState = function (...args: Parameters<History['replaceState']>) {
        if (refused < 3) {
          refused++;
          throw new DOMException('Attempt to use history.replaceState() more than 100 times', 'SecurityError');
        }
        return replace.apply(this, args);
      };
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        const { warnings } = await captureWarnings(async () => {
          const next = $$<HTMLButtonElement>(el, '.nav button')[2];
          next.click();
          await el.updateComplete;
          next.click();
          await el.updateComplete;
          expect(title(el)).to.equal('August 2026');
          await waitUntil(() => new URL(location.href).searchParams.get('kgc-month') === '2026-08', 'written later', {
            timeout: 5000,
          });
        });
        expect(refused).to.equal(3);
        expect(warnings.filter((w) => w.includes('could not update the address'))).to.have.length(1);
        expect(errors).to.deep.equal([]);
      } finally {
        history.replaceState = replace;
        window.removeEventListener('error', onError);
      }
    });

    it('records a cleared preset as empty, so a shared link shows all events', async () => {
      history.replaceState(null, '', `${location.pathname}?kgc-land=`);
      const el = await calendar({ 'url-state': true, land: 'BE' });
      expect(chips(el, '2026-06-17')).to.have.length(1);
    });
  });

  describe('states', () => {
    it('reserves space and is busy while loading', async () => {
      const el = document.createElement('kgc-event-calendar');
      el.src = feedUrl('event-calendar', { delay: 400 });
      document.body.append(el);
      await el.updateComplete;
      expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
      await expect(el).shadowDom.to.be.accessible();
      await settled(el);
      el.remove();
    });

    it('shows an error with "Erneut versuchen" and retries', async () => {
      const key = uniqueKey();
      const el = await calendar({ src: feedUrl('event-calendar', { status: 500, key }) });
      expect(text(el)).to.contain('HTTP-Status 500');
      const retry = $<HTMLButtonElement>(el, '[part="retry"]')!;
      expect(squash(retry.textContent)).to.equal('Erneut versuchen');
      await expect(el).shadowDom.to.be.accessible();
      retry.click();
      await waitUntil(async () => (await hits(key)) === 2);
    });

    it('shows the empty state for a feed without events and fires kgc-load with 0', async () => {
      const el = document.createElement('kgc-event-calendar');
      el.src = feedUrl('event-empty');
      const loaded = oneEvent(el, 'kgc-load');
      document.body.append(el);
      expect((await loaded).detail.count).to.equal(0);
      await el.updateComplete;
      expect($(el, '[part="empty"]')!.textContent).to.contain('Keine Einträge gefunden');
      await expect(el).shadowDom.to.be.accessible();
      el.remove();
    });

    it('shows the valid events of a partly invalid feed, without their invalid optional fields, and names the rest', async () => {
      const { result: el, warnings } = await captureWarnings(() => calendar({}, 'event-partial'));
      expect(chips(el, '2026-06-05')).to.deep.equal(['10:00 Gültiger Termin']);
      // Its end lies before its start: the end is dropped, the event shown at its start.
      expect(chips(el, '2026-06-06')).to.deep.equal(['10:00 Ende vor Beginn']);
      expect(chips(el, '2026-06-08')).to.deep.equal(['Zweiter gültiger Termin']);
      for (const item of ['events[1]', 'events[2]']) expect(warnings.join('\n')).to.contain(`skipped ${item}`);
      expect(warnings.join('\n')).to.contain('dropped events[3].end (item kept)');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('fires kgc-load with the number of events in its first view (the month, or the list)', async () => {
      for (const [view, count] of [
        ['month', 12],
        ['list', 16],
      ] as const) {
        const el = document.createElement('kgc-event-calendar');
        el.src = feedUrl('event-calendar');
        el.setAttribute('today', '2026-06-10');
        el.setAttribute('view', view);
        const loaded = oneEvent(el, 'kgc-load');
        document.body.append(el);
        expect((await loaded).detail.count, view).to.equal(count);
        el.remove();
      }
    });

    it('warns once about a bad month or today and shows the current month instead', async () => {
      const { result: el, warnings } = await captureWarnings(() => calendar({ month: '2026-13' }));
      expect(title(el)).to.equal('Juni 2026');
      expect(warnings.filter((w) => w.includes('month="2026-13"'))).to.have.length(1);
    });
  });

  describe('hostile data', () => {
    it('shows feed strings as text, links only http(s), and keeps .ics lines intact', async () => {
      const el = await calendar({ view: 'month' }, 'event-hostile');
      expect($$(el, 'img, svg, script, b, i')).to.have.length(0);
      expect((window as { __kgcHacked?: number }).__kgcHacked).to.equal(undefined);
      expect(chips(el, '2026-06-09').join('\n')).to.contain(
        '<img src=x onerror="window.__kgcHacked=1">Termin mit HTML',
      );
      expect($(el, '[part="subscribe"]')).to.equal(null); // javascript: calendarUrl
      cell(el, '2026-06-09').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog(el).open);
      const hrefs = $$<HTMLAnchorElement>(el, 'a[href]').map((a) => a.getAttribute('href')!);
      expect(hrefs.length).to.be.greaterThan(0);
      for (const href of hrefs) expect(href).to.match(/^(https:|data:text\/calendar|#$)/);
      expect(squash(dialog(el).textContent)).to.contain('<svg onload=alert(1)>');
      const article = [...dialog(el).querySelectorAll('article')].find((a) =>
        a.textContent!.includes('Termin mit HTML'),
      )!;
      const link = article.querySelector<HTMLAnchorElement>('a[download]')!;
      const body = decodeURIComponent(link.href.slice(link.href.indexOf(',') + 1));
      const events = new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      expect(events).to.have.length(1); // "END:VEVENT" in the summary did not end the event
      expect(events[0].description).to.contain('END:VEVENT\nBEGIN:VALARM');
      expect(events[0].component.getFirstPropertyValue('url')).to.equal(null);
      expect(events[0].component.getAllSubcomponents('valarm')).to.have.length(0);
      dialog(el).close();
      await waitUntil(() => !dialog(el).open);
      const list = await downloadIcs(el, $<HTMLAnchorElement>(el, '[part="actions"] a[download]')!);
      expect(list.events.find((e) => e.uid.startsWith('emoji'))!.summary).to.match(/^Ünïcödé-Test 🎉👩‍👩‍👧 ä+ Ende$/);
      for (const line of list.body.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  describe('English', () => {
    it('speaks English with lang="en"', async () => {
      const el = await calendar({ lang: 'en' });
      expect(title(el)).to.equal('June 2026');
      expect($$(el, 'thead th').map((th) => squash(th.querySelector('[aria-hidden]')!.textContent))).to.deep.equal([
        'Wk',
        'Mon',
        'Tue',
        'Wed',
        'Thu',
        'Fri',
        'Sat',
        'Sun',
      ]);
      expect(label(el, '2026-06-10')).to.match(/^Wednesday,? 10 June 2026, today, 1 event$/);
      expect(squash(cell(el, '2026-06-24').querySelector('.more [aria-hidden]')!.textContent)).to.equal('+3 more');
      expect(chips(el, '2026-06-22')[0]).to.equal('Cancelled 14:00 Werkstattgespräch Kommunen');
      expect(squash($$(el, '.nav button')[1].textContent)).to.equal('Today');
      expect(squash($(el, '[part="actions"] a[download]')!.textContent)).to.equal(
        'All 12 events as a calendar file (.ics)',
      );
      expect($(el, '[part="actions"] a[download]')!.getAttribute('download')).to.equal('events.ics');
      await expect(el).shadowDom.to.be.accessible();
      el.setAttribute('view', 'list');
      await el.updateComplete;
      expect(title(el)).to.equal('Upcoming events');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('shows the error in English', async () => {
      const el = await calendar({ lang: 'en', src: feedUrl('event-calendar', { status: 404 }) });
      expect(text(el)).to.contain('HTTP status 404');
      expect(squash($(el, '[part="retry"]')!.textContent)).to.equal('Try again');
    });
  });
});
