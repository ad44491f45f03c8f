/**
 * The calendar's iCalendar links: one event as a `data:` URL, the filtered list as a Blob URL written when the
 * link is used (revoked when replaced or when the calendar leaves the page), and the subscribe link.
 */
import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { safeHref } from '../../shared/safe-url.js';
import type { Event as CalendarEvent, Feed } from '../../feed/schema.js';
import type { Lang } from '../../i18n/lang.js';
import { toICalendar, type IcsOptions } from './ics.js';
import type { CalendarMessages } from './messages.js';

export class IcsLinks implements ReactiveController {
  private blobUrl?: string;

  constructor(
    host: ReactiveElement,
    private readonly source: () => { feed: Feed | undefined; lang: Lang },
  ) {
    host.addController(this);
  }

  /** One event's file as a `data:` URL. */
  eventHref = (event: CalendarEvent): string =>
    `data:text/calendar;charset=utf-8,${encodeURIComponent(toICalendar([event], this.options()))}`;

  /** Points the clicked link at a file of `events`, written now. */
  prepare(link: HTMLAnchorElement, events: readonly CalendarEvent[]): void {
    this.revoke();
    this.blobUrl = URL.createObjectURL(
      new Blob([toICalendar(events, this.options())], { type: 'text/calendar;charset=utf-8' }),
    );
    link.href = this.blobUrl;
  }

  hostDisconnected(): void {
    this.revoke();
  }

  private revoke(): void {
    if (this.blobUrl) URL.revokeObjectURL(this.blobUrl);
    this.blobUrl = undefined;
  }

  private options(): IcsOptions {
    const { feed, lang } = this.source();
    let uidDomain: string | undefined;
    try {
      uidDomain = new URL(feed?.calendarUrl ?? feed?.homePageUrl ?? '').hostname;
    } catch {
      uidDomain = undefined;
    }
    return { name: feed?.title, uidDomain, lang };
  }
}

export interface ActionsView {
  m: CalendarMessages;
  /** How many events the filters let through. */
  total: number;
  calendarUrl: string | undefined;
  onListIcs: (e: MouseEvent) => void;
}

/** The row under the calendar: the filtered list as `.ics`, and the subscription when the feed names one. */
export function actionsView(v: ActionsView): TemplateResult {
  const { m } = v;
  const calendarUrl = safeHref(v.calendarUrl);
  return html`<div part="actions" class="actions">
    ${
      v.total
        ? html`<a class="button secondary" part="ics" href="#" download=${`${m.icsFile}.ics`} @click=${v.onListIcs}
            >${m.icsAll(v.total)}</a
          >`
        : nothing
    }
    ${
      calendarUrl
        ? html`<p class="subscribe">
            <a part="subscribe" href=${calendarUrl}>${m.subscribe}</a> <span class="hint">${m.subscribeHint}</span>
          </p>`
        : nothing
    }
  </div>`;
}
