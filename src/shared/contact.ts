/**
 * Contacts, addresses and outgoing links as widgets show them: feed strings as text, links only through
 * safe-url (`mailto:`/`tel:` built from the address and number), external links with a hidden hint.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Address, Contact } from '../feed/schema.js';
import { isExternal, mailHref, safeHref, telHref } from './safe-url.js';

export interface ContactLabels {
  email: string;
  phone: string;
  website: string;
  /** Screen-reader hint after external links, e.g. "(externer Link)". */
  external: string;
}

/** A link when `href` is safe (checked here again), else the content as plain text. */
export function link(href: string | undefined, content: unknown, external: string): TemplateResult {
  const safe = safeHref(href);
  if (!safe) return html`${content}`;
  return html`<a href=${safe}
    >${content}${isExternal(safe) ? html`<span class="visually-hidden"> ${external}</span>` : nothing}</a
  >`;
}

/** Lines of one contact: name and role, then e-mail, phone and website (each only when present). */
export function contactLines(contact: Contact, labels: ContactLabels): TemplateResult {
  const mail = mailHref(contact.email);
  const tel = telHref(contact.phone);
  const who = [contact.name, contact.role].filter(Boolean).join(', ');
  return html`${who ? html`<span class="contact-name">${who}</span>` : nothing}
  ${
    contact.email
      ? html`<span class="contact-line"
          >${labels.email}: ${mail ? html`<a href=${mail}>${contact.email}</a>` : contact.email}</span
        >`
      : nothing
  }
  ${
    contact.phone
      ? html`<span class="contact-line"
          >${labels.phone}: ${tel ? html`<a href=${tel}>${contact.phone}</a>` : contact.phone}</span
        >`
      : nothing
  }
  ${contact.url ? html`<span class="contact-line">${link(contact.url, labels.website, labels.external)}</span>` : nothing}`;
}

/** An address as lines: street, postal code and locality. */
export function addressLines(address: Address): TemplateResult {
  return html`${address.street ? html`<span class="address-line">${address.street}</span>` : nothing}
    <span class="address-line">${[address.postalCode, address.locality].filter(Boolean).join(' ')}</span>`;
}
