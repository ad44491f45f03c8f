import { waitUntil } from '@open-wc/testing';
import '../../src/widgets/event-calendar/event-calendar.js';
import type { KgcEventCalendar } from '../../src/widgets/event-calendar/event-calendar.js';
import { feedUrl } from '../helpers/server.js';
import { $, auditWidget, choose, click, common, root, widget, type State } from './matrix.js';

const CALENDAR = 'kgc-event-calendar';
const calendar = (host: HTMLElement, attributes: Record<string, string> = {}, fixtureName = 'event-calendar') =>
  widget<KgcEventCalendar>(host, CALENDAR, { today: '2026-06-10', src: feedUrl(fixtureName), ...attributes });

/** Opens the calendar's details dialog for one event (a chip in the grid, a title in the list). */
async function openEvent(el: Element): Promise<void> {
  const opener = $(el, '.chip') ?? $(el, '.item-heading button');
  opener!.click();
  await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the dialog opens', { timeout: 5000 });
}

const states: Record<string, State> = {
  ...common(CALENDAR, { today: '2026-06-10' }, 'event-calendar'),
  'loaded, default view for the width': ({ host }) => calendar(host),
  'month grid': ({ host }) => calendar(host, { view: 'month' }),
  'list (agenda)': ({ host }) => calendar(host, { view: 'list' }),
  'list with "more"': async ({ host }) => {
    const el = await calendar(host, { view: 'list', limit: '2' });
    await click(el, '.more-list');
    return el;
  },
  'day focused by keyboard': async ({ host }) => {
    const el = await calendar(host, { view: 'month' });
    const cell = $(el, '[role="gridcell"][data-day="2026-06-10"]')!;
    cell.focus();
    cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await waitUntil(() => root(el).activeElement?.getAttribute('data-day') === '2026-06-11', 'the next day');
    return el;
  },
  'day with many events open': async ({ host }) => {
    const el = await calendar(host, { view: 'month' });
    await click(el, '[data-day="2026-06-24"] .more');
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'the day dialog opens', { timeout: 5000 });
    return el;
  },
  'event details open (month)': async ({ host }) => {
    const el = await calendar(host, { view: 'month' });
    await openEvent(el);
    return el;
  },
  'event details open (list)': async ({ host }) => {
    const el = await calendar(host, { view: 'list' });
    await openEvent(el);
    return el;
  },
  'next month': async ({ host }) => {
    const el = await calendar(host, { view: 'month' });
    await click(el, '.nav button:last-child');
    return el;
  },
  'month without events': ({ host }) => calendar(host, { view: 'month', month: '2026-08' }),
  'list of a month without events': ({ host }) => calendar(host, { view: 'list', month: '2029-01' }),
  'filters, Land chosen': async ({ host }) => {
    const el = await calendar(host, { view: 'month', filters: '' });
    await choose(el, '.filter select', 'DE-BE');
    return el;
  },
  'filters, none match': ({ host }) => calendar(host, { filters: '', land: 'HB' }),
  'filters folded (narrow default)': ({ host }) => calendar(host, { filters: '' }),
  'empty feed': ({ host }) => calendar(host, {}, 'event-empty'),
  'partial feed': ({ host }) => calendar(host, {}, 'event-partial'),
};

auditWidget(CALENDAR, states);
