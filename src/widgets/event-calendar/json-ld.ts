/**
 * schema.org `Event` data for search engines (the calendar's optional `structured-data` attribute):
 * one JSON-LD object per event that has its own page (`url`), as plain data — never HTML.
 */
import type { Event } from '../../feed/schema.js';
import { safeHref } from '../../shared/safe-url.js';

const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
} as const;

export function eventsJsonLd(events: readonly Event[]): Record<string, unknown>[] {
  return events.flatMap((event) => {
    const url = safeHref(event.url);
    if (!url?.startsWith('http')) return [];
    const place = event.location;
    const address = place?.address;
    const physical = address || place?.name;
    const online = place?.online ? { '@type': 'VirtualLocation', url: safeHref(place.url) ?? url } : undefined;
    const location = [
      physical && {
        '@type': 'Place',
        name: place?.name ?? address?.locality,
        address: address && {
          '@type': 'PostalAddress',
          streetAddress: address.street,
          postalCode: address.postalCode,
          addressLocality: address.locality,
          addressCountry: 'DE',
        },
      },
      online,
    ].filter(Boolean);
    return [
      {
        '@context': 'https://schema.org',
        '@type': 'Event',
        name: event.title,
        startDate: event.start,
        endDate: event.end,
        url,
        description: event.summary,
        eventStatus: STATUS[event.status ?? 'scheduled'],
        eventAttendanceMode: `https://schema.org/${
          online && physical ? 'Mixed' : online ? 'Online' : 'Offline'
        }EventAttendanceMode`,
        location: location.length === 1 ? location[0] : location.length ? location : undefined,
        organizer: event.organizer ? { '@type': 'Organization', name: event.organizer } : undefined,
      },
    ];
  });
}

/**
 * Writes the JSON-LD into a `<script type="application/ld+json">` child of `host` (light DOM, where
 * crawlers read it), or removes it when `events` is undefined. `<` is escaped so no feed string can end
 * the script element.
 */
export function writeJsonLd(host: HTMLElement, events: readonly Event[] | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[data-kgc-structured-data]');
  if (!events) {
    script?.remove();
    return;
  }
  const json = JSON.stringify(eventsJsonLd(events)).replace(/</g, '\\u003c');
  if (script?.textContent === json) return;
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.kgcStructuredData = '';
    host.append(script);
  }
  script.textContent = json;
}
