/** The list (agenda) view: the events from a day on, grouped by month, a page at a time. */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../shared/heading.js';
import { formatMonth, monthShort } from '../../i18n/format.js';
import { monthOf, type Day, type Month } from './dates.js';
import { flag, tags, when } from './event-details.js';
import { placeText } from './ics.js';
import { FAR, type CalendarContext, type Item } from './items.js';

/** Events per page when `limit` is not set. */
export const LIST_PAGE = 20;
/** Events rendered per stage of the first view (each stage a task of its own; see KgcElement.stage). */
export const LIST_STAGE = 4;

/** Where the list of a month starts: today in the current month, else the 1st. */
export const listStart = (month: Month, today: Day): Day => (monthOf(today) === month ? today : `${month}-01`);

/** "Kommende Termine" from today, else "Ab Juli 2026". */
export const listTitle = (from: Day, today: Day, v: CalendarContext): string =>
  from === today ? v.m.upcoming : v.m.from(formatMonth(monthOf(from), v.lang));

export interface ListView extends CalendarContext {
  from: Day;
  /** How many events are shown (grows by a page with "Weitere anzeigen"). */
  limit: number;
  /** How many of them are rendered yet (the first view grows by LIST_STAGE per stage). */
  rendered: number;
  /** The filtered events touching `from`–`to`. */
  itemsBetween: (from: Day, to: Day) => Item[];
  onMore: () => void;
  onOpen: (item: Item, opener: HTMLElement) => void;
}

export function listView(v: ListView): TemplateResult {
  const { from } = v;
  const all = v.itemsBetween(from, FAR);
  const items = all.slice(0, v.limit);
  const rendered = items.slice(0, v.rendered);
  const groups = new Map<Month, Item[]>();
  for (const item of rendered) {
    const month = monthOf(item.start < from ? from : item.start);
    groups.set(month, [...(groups.get(month) ?? []), item]);
  }
  if (!items.length) return html`<p class="note">${v.m.noneUpcoming}</p>`;
  return html`<div part="list" class="list">
    ${[...groups].map(([month, list]) => {
      const id = `${v.uid}-m${month}`;
      return html`<section aria-labelledby=${id}>
        ${heading(v.headingLevel, formatMonth(month, v.lang), { id, className: 'list-month', offset: 1 })}
        <ul class="agenda">
          ${list.map((item) => itemView(v, item))}
        </ul>
      </section>`;
    })}
    ${
      all.length > items.length && rendered.length === items.length
        ? html`<button class="button secondary more-list" type="button" @click=${v.onMore}>${v.t.more}</button>`
        : nothing
    }
  </div>`;
}

function itemView(v: ListView, item: Item): TemplateResult {
  const { m, lang } = v;
  const event = item.event;
  const place = placeText(event, lang);
  const meta = [event.organizer, event.category].filter(Boolean).join(' · ');
  return html`<li part="item" class="item ${event.status ?? ''}">
    <div class="badge" aria-hidden="true">
      <span class="badge-day">${+item.start.slice(8)}</span>
      <span class="badge-month">${monthShort(item.start, lang)}</span>
    </div>
    <div class="item-body">
      ${heading(
        v.headingLevel,
        html`<button
          type="button"
          class="link-button"
          @click=${(e: MouseEvent) => v.onOpen(item, e.currentTarget as HTMLElement)}
        >
          ${flag(event, v)}<span class="item-title">${event.title}</span>
        </button>`,
        { offset: 2, className: 'item-heading' },
      )}
      <p class="when">${when(item, lang, m)}</p>
      ${
        place
          ? html`<p class="where">
              ${event.location?.online && !/online/i.test(place) ? html`<span class="online">${m.online}:</span> ` : nothing}${place}
            </p>`
          : nothing
      }
      ${meta ? html`<p class="meta">${meta}</p>` : nothing} ${tags(event, m)}
    </div>
  </li>`;
}
