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
 * The Trusted Types policy for the JSON-LD text. A page that requires Trusted Types for scripts
 * (`require-trusted-types-for 'script'`) refuses plain strings as a script's text, also for a data block;
 * its CSP must allow this policy name (`trusted-types lit-html kgc-widgets`). The policy stays in this
 * module and is only ever given the JSON written below.
 */
export const TRUSTED_TYPES_POLICY = 'kgc-widgets';

interface ScriptPolicy {
  createScript(input: string): unknown;
}
type TrustedTypesFactory = { createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy };

let policy: ScriptPolicy | null | undefined;

/** The script text as the page accepts it: a TrustedScript where Trusted Types exist, null if refused. */
function scriptText(json: string): unknown {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return json;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY, { createScript: (input) => input });
    } catch {
      policy = null;
      console.warn(
        `<kgc-event-calendar>: structured-data needs the Trusted Types policy "${TRUSTED_TYPES_POLICY}": ` +
          `add it to the page's CSP (trusted-types lit-html ${TRUSTED_TYPES_POLICY}). No JSON-LD is written.`,
      );
    }
  }
  return policy ? policy.createScript(json) : null;
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
  const text = scriptText(json);
  if (text === null) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.kgcStructuredData = '';
    host.append(script);
  }
  // A TrustedScript where the page has Trusted Types, else the string (the DOM typings know only strings).
  script.textContent = text as string;
}
