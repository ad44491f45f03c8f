/**
 * An event's details: the modal dialog (opened from a day, a chip or the list; focus returns to the opener
 * when it closes), the detail template, and the small texts every view shows (date and time, status flag, tags).
 */
import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { heading } from '../../shared/heading.js';
import { link } from '../../shared/contact.js';
import { safeHref } from '../../shared/safe-url.js';
import { landName } from '../../shared/laender.js';
import { formatDateTime, formatDateTimeRange, formatDayRange, formatTime } from '../../i18n/format.js';
import type { Event as CalendarEvent } from '../../feed/schema.js';

import { icsFileName } from './ics.js';
import type { CalendarMessages } from './messages.js';
import type { CalendarContext, Item } from './items.js';
import type { Lang } from '../../i18n/lang.js';

/**
 * "Abgesagt" / "Verschoben" before a title, and "bundesweit" for an event without a Land in a calendar that
 * shows one Land's events.
 */
export function flag(
  event: CalendarEvent,
  { m, national }: Pick<CalendarContext, 'm' | 'national'>,
): TemplateResult | typeof nothing {
  const status =
    event.status === 'cancelled' || event.status === 'postponed'
      ? html`<span class="flag ${event.status}">${event.status === 'cancelled' ? m.cancelled : m.postponed}</span> `
      : nothing;
  if (!national || event.region) return status;
  return html`${status}<span class="flag national">${m.national}</span> `;
}

export function tags(event: CalendarEvent, m: CalendarMessages): TemplateResult | typeof nothing {
  if (!event.tags?.length) return nothing;
  return html`<ul class="tags" aria-label=${m.tags}>
    ${event.tags.map((tag) => html`<li>${tag}</li>`)}
  </ul>`;
}

/** Date and time of an event in Berlin: "Dienstag, 26. April 2016, 10:00–15:00 Uhr", "1.–3. Juni 2026". */
export function when(item: Item, lang: Lang, m: CalendarMessages): string {
  const { event } = item;
  if (item.allDay || (event.end && event.end.length === 10)) {
    const text = formatDayRange(item.start, item.end, lang);
    return item.allDay ? `${text} (${m.allDay})` : `${text}, ${formatTime(event.start)}`;
  }
  return event.end ? formatDateTimeRange(event.start, event.end, lang) : formatDateTime(event.start, lang);
}

/** The dialog's state: which events it shows, and where focus returns when it closes. */
export class EventDialog implements ReactiveController {
  items: Item[] | undefined;
  title = '';
  private opener?: HTMLElement;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  async open(items: Item[], title: string, opener: HTMLElement): Promise<void> {
    this.opener = opener;
    this.items = items;
    this.title = title;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (dialog && !dialog.open) dialog.showModal();
  }

  close = (): void => {
    this.dialog()?.close();
  };

  onClose = (): void => {
    // A close event queued before the dialog was opened again is stale.
    if (this.dialog()?.open) return;
    this.items = undefined;
    this.host.requestUpdate();
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected) opener.focus();
  };

  /** A click on the backdrop (outside the dialog's content) closes it. */
  onClick = (e: MouseEvent): void => {
    if (e.target === e.currentTarget) this.close();
  };

  hostDisconnected(): void {
    this.opener = undefined;
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }
}

export interface DetailsView extends CalendarContext {
  dialog: EventDialog;
  /** A `data:` URL with the event as an `.ics` file. */
  icsHref: (event: CalendarEvent) => string;
}

export function dialogView(v: DetailsView): TemplateResult {
  const { dialog } = v;
  const items = dialog.items ?? [];
  const single = items.length === 1;
  const id = `${v.uid}-dialog`;
  // The click closes on the backdrop only; keyboards close the modal dialog with Escape or the button.
  // eslint-disable-next-line lit-a11y/click-events-have-key-events
  return html`<dialog
    part="dialog"
    class="dialog"
    aria-labelledby=${id}
    @close=${dialog.onClose}
    @click=${dialog.onClick}
  >
    <div class="dialog-content">
      <div class="dialog-head">
        ${heading(v.headingLevel, single ? html`${flag(items[0].event, v)}${dialog.title}` : dialog.title, {
          id,
          className: 'dialog-title',
        })}
        <button class="button secondary close" type="button" @click=${dialog.close}>${v.t.close}</button>
      </div>
      ${items.map((item) => detailsView(v, item, !single))}
    </div>
  </dialog>`;
}

function detailsView(v: DetailsView, item: Item, withTitle: boolean): TemplateResult {
  const { m, lang } = v;
  const event = item.event;
  const loc = event.location;
  const external = v.t.externalLink;
  const land = event.region && landName(event.region.land, lang);
  return html`<article class="details ${event.status ?? ''}">
    ${withTitle ? heading(v.headingLevel, html`${flag(event, v)}${event.title}`, { offset: 1, className: 'details-title' }) : nothing}
    <dl>
      <dt>${m.when}</dt>
      <dd>${when(item, lang, m)}</dd>
      ${
        loc
          ? html`<dt>${m.where}</dt>
              <dd>
                ${loc.name ? html`<span class="line">${loc.name}</span>` : nothing}
                ${loc.address?.street ? html`<span class="line">${loc.address.street}</span>` : nothing}
                ${loc.address ? html`<span class="line">${[loc.address.postalCode, loc.address.locality].filter(Boolean).join(' ')}</span>` : nothing}
                ${loc.online || loc.url ? html`<span class="line">${loc.url ? link(loc.url, m.join, external) : m.online}</span>` : nothing}
              </dd>`
          : nothing
      }
      ${
        event.organizer
          ? html`<dt>${m.organizer}</dt>
              <dd>${event.organizer}</dd>`
          : nothing
      }
      ${
        event.category
          ? html`<dt>${m.category}</dt>
              <dd>${event.category}</dd>`
          : nothing
      }
      ${
        event.region
          ? html`<dt>${m.land}</dt>
              <dd>
                ${land}${event.region.municipality && event.region.municipality !== land ? `, ${event.region.municipality}` : ''}
              </dd>`
          : nothing
      }
      ${
        event.tags?.length
          ? html`<dt>${m.tags}</dt>
              <dd>${tags(event, m)}</dd>`
          : nothing
      }
    </dl>
    ${event.summary ? html`<p class="summary">${event.summary}</p>` : nothing}
    <p class="links">
      ${safeHref(event.url) ? link(event.url, m.info, external) : nothing}
      ${safeHref(event.registrationUrl) ? link(event.registrationUrl, m.register, external) : nothing}
      <a class="button secondary" part="ics" href=${v.icsHref(event)} download=${icsFileName(event.title)}
        >${m.icsOne}</a
      >
    </p>
  </article>`;
}
