/**
 * The month grid: a table with `role="grid"`, Mo–So with ISO week numbers, each day with up to three event
 * chips, and the WAI-ARIA APG grid keyboard (one day in the tab order; arrows, Home/End, PageUp/PageDown,
 * Enter or Space) as a controller that keeps the active day.
 */
import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate, formatTime, weekdayNames } from '../../i18n/format.js';
import {
  addDays,
  addMonthsToDay,
  daysInMonth,
  isoWeek,
  monthGrid,
  monthOf,
  weekEnd,
  weekStart,
  type Day,
  type Month,
} from './dates.js';
import { flag } from './event-details.js';
import { FAR, type CalendarContext, type Item } from './items.js';

export interface GridActions {
  /** The month on screen. */
  month: () => Month;
  /** Shows another month with `day` active. */
  show: (month: Month, day: Day) => void;
  /** Opens a day's events, or with `index` one of its chips. */
  open: (day: Day, cell: HTMLElement, index?: number) => void;
}

/** The grid's keyboard and pointer: which day is active, and moving focus to a day (also in another month). */
export class GridKeyboard implements ReactiveController {
  /** The day in the tab order; undefined: today in the current month, else the 1st. */
  active: Day | undefined;
  private focusAfterUpdate: Day | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly actions: GridActions,
  ) {
    host.addController(this);
  }

  /** Moves focus to `day`, showing its month when it is another one (APG date grid). */
  moveTo(day: Day): void {
    if (monthOf(day) !== this.actions.month()) this.actions.show(monthOf(day), day);
    else this.setActive(day);
    this.focusAfterUpdate = day;
  }

  /** The grid is rendered: focus the day a key moved to. */
  hostUpdated(): void {
    const day = this.focusAfterUpdate;
    if (!day) return;
    this.focusAfterUpdate = undefined;
    this.host.renderRoot.querySelector<HTMLElement>(`[role="gridcell"][data-day="${day}"]`)?.focus();
  }

  setActive(day: Day | undefined): void {
    this.active = day;
    this.host.requestUpdate();
  }

  onKeyDown = (e: KeyboardEvent): void => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-day]');
    const day = cell?.dataset.day;
    if (!day || e.altKey || e.metaKey) return;
    const month = monthOf(day);
    let target: Day;
    switch (e.key) {
      case 'ArrowLeft':
        target = addDays(day, -1);
        break;
      case 'ArrowRight':
        target = addDays(day, 1);
        break;
      case 'ArrowUp':
        target = addDays(day, -7);
        break;
      case 'ArrowDown':
        target = addDays(day, 7);
        break;
      case 'Home':
        target = e.ctrlKey ? `${month}-01` : weekStart(day);
        break;
      case 'End':
        target = e.ctrlKey ? `${month}-${daysInMonth(month)}` : weekEnd(day);
        break;
      case 'PageUp':
        target = addMonthsToDay(day, e.shiftKey ? -12 : -1);
        break;
      case 'PageDown':
        target = addMonthsToDay(day, e.shiftKey ? 12 : 1);
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.actions.open(day, cell!);
        return;
      default:
        return;
    }
    e.preventDefault();
    this.moveTo(target);
  };

  onClick = (e: MouseEvent): void => {
    const target = e.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[data-day]');
    if (!cell) return;
    const day = cell.dataset.day!;
    this.setActive(day);
    const chip = target.closest<HTMLElement>('[data-index]');
    this.actions.open(day, cell, chip ? +chip.dataset.index! : undefined);
  };
}

export interface MonthView extends CalendarContext {
  month: Month;
  today: Day;
  titleId: string;
  grid: GridKeyboard;
  /** The filtered events touching `from`–`to`. */
  itemsBetween: (from: Day, to: Day) => Item[];
  /** "Nächster Termin": shows the month of the next event. */
  onNext: (day: Day) => void;
}

export function monthView(v: MonthView): TemplateResult {
  const { m, lang, month, today } = v;
  const weeks = monthGrid(month);
  const first = weeks[0][0];
  const last = weeks[weeks.length - 1][6];
  const byDay = new Map<Day, Item[]>();
  for (const item of v.itemsBetween(first, last)) {
    for (let day = item.start < first ? first : item.start; day <= item.end && day <= last; day = addDays(day, 1)) {
      const list = byDay.get(day);
      if (list) list.push(item);
      else byDay.set(day, [item]);
    }
  }
  const focus = v.grid.active;
  const active = focus && focus >= first && focus <= last ? focus : monthOf(today) === month ? today : `${month}-01`;
  const monthEnd = `${month}-${daysInMonth(month)}`;
  const inMonth = [...byDay].some(([day]) => day >= `${month}-01` && day <= monthEnd);
  const next = inMonth ? undefined : v.itemsBetween(addDays(monthEnd, 1), FAR)[0];
  return html`<table
      role="grid"
      part="grid"
      class="grid"
      aria-labelledby=${v.titleId}
      @keydown=${v.grid.onKeyDown}
      @click=${v.grid.onClick}
    >
      <thead>
        <tr>
          <th scope="col" class="week">
            <span aria-hidden="true">${m.week}</span><span class="visually-hidden">${m.weekLong}</span>
          </th>
          ${weekdayNames(lang).map(
            ([short, long]) =>
              html`<th scope="col">
                <span aria-hidden="true">${short}</span><span class="visually-hidden">${long}</span>
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) =>
            html`<tr>
              <th scope="row" class="week">
                <span aria-hidden="true">${m.week} ${isoWeek(week[0]).week}</span
                ><span class="visually-hidden">${m.weekLong} ${isoWeek(week[0]).week}</span>
              </th>
              ${week.map((day) => dayView(v, day, byDay.get(day) ?? [], monthOf(day) !== month, day === today, day === active))}
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      inMonth
        ? nothing
        : html`<p class="note">
            ${m.noneInMonth}
            ${
              next
                ? html`<button class="button secondary" type="button" @click=${() => v.onNext(next.start)}>
                    ${m.nextEvent(formatDate(next.start, lang, 'long'))}
                  </button>`
                : nothing
            }
          </p>`
    }`;
}

function dayView(
  v: MonthView,
  day: Day,
  items: Item[],
  outside: boolean,
  isToday: boolean,
  active: boolean,
): TemplateResult {
  const { m, lang } = v;
  const shown = items.length > 3 ? items.slice(0, 2) : items;
  const label = `${formatDate(day, lang, 'weekday')}${isToday ? `, ${m.todayMark}` : ''}, ${m.events(items.length)}`;
  return html`<td
    role="gridcell"
    part="day"
    class="day${outside ? ' outside' : ''}${isToday ? ' today' : ''}"
    data-day=${day}
    tabindex=${active ? 0 : -1}
    aria-current=${ifDefined(isToday ? 'date' : undefined)}
  >
    <span class="visually-hidden">${label}</span>
    <span class="num" aria-hidden="true">${+day.slice(8)}</span>
    ${
      shown.length
        ? html`<ul class="chips">
            ${shown.map((item, i) => html`<li>${chipView(v, item, day, i)}</li>`)}
          </ul>`
        : nothing
    }
    ${
      items.length > shown.length
        ? html`<button type="button" tabindex="-1" class="more">
            <span aria-hidden="true">${m.more(items.length - shown.length)}</span
            ><span class="visually-hidden"
              >${m.moreLong(items.length - shown.length, formatDate(day, lang, 'weekday'))}</span
            >
          </button>`
        : nothing
    }
  </td>`;
}

function chipView(v: MonthView, item: Item, day: Day, index: number): TemplateResult {
  const event = item.event;
  const first = day === item.start;
  const time = item.allDay || !first ? '' : formatTime(event.start);
  return html`<button
    type="button"
    tabindex="-1"
    part="event"
    class="chip ${event.status ?? ''}${first ? '' : ' cont'}"
    data-index=${index}
  >
    <span class="chip-text"
      >${flag(event, v)}${time ? html`<span class="time">${time}</span> ` : nothing}<span class="chip-title"
        >${event.title}</span
      ></span
    >${first ? nothing : html`<span class="visually-hidden"> (${v.m.continued})</span>`}
  </button>`;
}
