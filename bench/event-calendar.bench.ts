// <kgc-event-calendar> with the large feed's 2,000 events: first render of the month view and the switch
// to the next month, each to painted (updateComplete + two animation frames), beside a plain hand-written
// DOM rendering of the same month grid (same cells, day names, week numbers, up to three events per day)
// measured in the same page. Median of 10 runs after one warm-up.
import { loadFeed } from '../src/feed/loader.js';
import type { Event } from '../src/feed/schema.js';
import '../src/widgets/event-calendar/event-calendar.js';
import type { KgcEventCalendar } from '../src/widgets/event-calendar/event-calendar.js';

const RUNS = 10;
const MONTHS = [
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
  '2026-10',
  '2026-11',
  '2026-12',
  '2027-01',
];
const painted = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The plain rendering: a table of the month's weeks with every day's events, built with createElement. */
export function plain(stage: HTMLElement, events: Event[], month: string): void {
  const berlin = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const time = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' });
  const long = new Intl.DateTimeFormat('de-DE', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const [y, m] = month.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1, 1));
  first.setUTCDate(1 - ((first.getUTCDay() + 6) % 7));
  const byDay = new Map<string, Event[]>();
  for (const event of events) {
    const startDay = event.start.length === 10 ? event.start : berlin.format(new Date(event.start));
    const endDay = !event.end ? startDay : event.end.length === 10 ? event.end : berlin.format(new Date(event.end));
    for (
      let d = new Date(`${startDay}T00:00:00Z`);
      d.toISOString().slice(0, 10) <= endDay;
      d.setUTCDate(d.getUTCDate() + 1)
    ) {
      const key = d.toISOString().slice(0, 10);
      byDay.set(key, [...(byDay.get(key) ?? []), event]);
    }
  }
  const table = document.createElement('table');
  table.setAttribute('role', 'grid');
  const head = table.createTHead().insertRow();
  for (const name of ['KW', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'])
    head.appendChild(document.createElement('th')).textContent = name;
  const body = table.createTBody();
  const day = new Date(first);
  do {
    const row = body.insertRow();
    const thursday = new Date(day);
    thursday.setUTCDate(thursday.getUTCDate() + 3);
    const week = 1 + Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 604_800_000);
    row.appendChild(document.createElement('th')).textContent = `KW ${week}`;
    for (let i = 0; i < 7; i++) {
      const key = day.toISOString().slice(0, 10);
      const list = byDay.get(key) ?? [];
      const cell = row.insertCell();
      cell.setAttribute('role', 'gridcell');
      cell.tabIndex = -1;
      const label = cell.appendChild(document.createElement('span'));
      label.className = 'visually-hidden';
      label.textContent = `${long.format(day)}, ${list.length} Termine`;
      cell.appendChild(document.createElement('span')).textContent = String(day.getUTCDate());
      const ul = cell.appendChild(document.createElement('ul'));
      for (const event of list.length > 3 ? list.slice(0, 2) : list) {
        const button = ul.appendChild(document.createElement('li')).appendChild(document.createElement('button'));
        button.tabIndex = -1;
        button.textContent = `${event.start.length === 10 ? '' : `${time.format(new Date(event.start))} `}${event.title}`;
      }
      if (list.length > 3)
        cell.appendChild(document.createElement('button')).textContent = `+${list.length - 2} weitere`;
      day.setUTCDate(day.getUTCDate() + 1);
    }
  } while (day.getUTCMonth() === m - 1);
  stage.replaceChildren(table);
}

export default async function bench(
  feed: unknown,
): Promise<Array<{ name: string; value: number; unit: string; baseline?: number }>> {
  const stage = document.getElementById('stage') ?? document.body;
  // The feed is fetched and validated once (as on a page: one request per URL); the runs measure rendering.
  const url = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
  const { feed: parsed } = await loadFeed(url, { timeout: 60 });
  const events = parsed.events;

  const first: number[] = [];
  const firstPlain: number[] = [];
  const switches: number[] = [];
  const switchesPlain: number[] = [];
  // The same without the frames: script and DOM work only (the painted figures are whole frames).
  const switchScript: number[] = [];
  const switchScriptPlain: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const month = MONTHS[run % MONTHS.length];
    stage.replaceChildren();
    await painted();
    let t = performance.now();
    const el = document.createElement('kgc-event-calendar') as KgcEventCalendar;
    el.setAttribute('view', 'month');
    el.setAttribute('today', '2026-06-10');
    el.setAttribute('month', month);
    el.src = url;
    const loaded = new Promise((resolve) => el.addEventListener('kgc-load', resolve, { once: true }));
    stage.append(el);
    await loaded; // fired from the update that rendered the grid
    await el.updateComplete;
    await painted();
    if (run) first.push(performance.now() - t);
    if (el.shadowRoot!.querySelectorAll('[role="gridcell"]').length < 28)
      throw new Error('the calendar did not render its grid');

    t = performance.now();
    el.showMonth(MONTHS[(run + 1) % MONTHS.length]);
    await el.updateComplete;
    if (run) switchScript.push(performance.now() - t);
    await painted();
    if (run) switches.push(performance.now() - t);

    stage.replaceChildren();
    await painted();
    t = performance.now();
    plain(stage, events, month);
    await painted();
    if (run) firstPlain.push(performance.now() - t);
    t = performance.now();
    plain(stage, events, MONTHS[(run + 1) % MONTHS.length]);
    if (run) switchScriptPlain.push(performance.now() - t);
    await painted();
    if (run) switchesPlain.push(performance.now() - t);
  }
  stage.replaceChildren();
  URL.revokeObjectURL(url);
  return [
    {
      name: 'event-calendar: first render, month view (2,000 events)',
      value: median(first),
      unit: 'ms',
      baseline: median(firstPlain),
    },
    {
      name: 'event-calendar: switch to the next month',
      value: median(switches),
      unit: 'ms',
      baseline: median(switchesPlain),
    },
    {
      name: 'event-calendar: switch to the next month, script only',
      value: median(switchScript),
      unit: 'ms',
      baseline: median(switchScriptPlain),
    },
  ];
}
