/** The side panel: the open place's details, or the members of an open group with buttons to focus their Länder. */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../shared/heading.js';
import { landName, type LandCode } from '../../shared/laender.js';
import { contactLines, addressLines, link, type ContactLabels } from '../../shared/contact.js';
import { safeHref } from '../../shared/safe-url.js';
import type { Office, Partner } from '../../feed/schema.js';
import type { Group, Place } from './places.js';
import { formatJoined, type MapContext } from './texts.js';

export interface PanelView extends MapContext {
  /** The open place (`partner:id`) or group (`group:key`). */
  selected: string | undefined;
  places: Place[];
  groups: Group[];
  focusLand: LandCode | undefined;
  onOpen: (key: string, opener: Element) => void;
  onClose: () => void;
  onZoom: (land: LandCode) => void;
}

export function panelView(v: PanelView): TemplateResult {
  const { m, selected: key } = v;
  const hint = html`<p class="select-hint">${m.selectHint}</p>`;
  if (!key) return hint;
  const id = `${v.uid}-panel`;
  const close = html`<button type="button" class="close" aria-label=${v.t.close} @click=${v.onClose}>
    <span aria-hidden="true">×</span>
  </button>`;
  if (key.startsWith('group:')) {
    const group = v.groups.find((g) => `group:${g.key}` === key);
    return group ? groupView(v, group, id, close) : hint;
  }
  const place = v.places.find((p) => p.key === key);
  return place ? placeView(v, place, id, close) : hint;
}

function groupView(v: PanelView, group: Group, id: string, close: TemplateResult): TemplateResult {
  const { m } = v;
  const lands = [...new Set(group.members.map((p) => p.land))].filter((l) => l !== v.focusLand);
  return html`<section part="panel" class="panel" role="dialog" aria-labelledby=${id} tabindex="-1">
    <div class="panel-head">${heading(v.headingLevel, m.groupTitle(group.members.length), { id })} ${close}</div>
    <ul class="group-list">
      ${group.members.map(
        (p) =>
          html`<li>
            <span class="symbol ${p.type}" aria-hidden="true"></span>
            <button type="button" class="linkish" @click=${(e: Event) => v.onOpen(p.key, e.currentTarget as Element)}>
              ${p.item.name}
            </button>
          </li>`,
      )}
    </ul>
    ${
      lands.length
        ? html`<p class="zoom">
            ${lands.map(
              (land) =>
                html`<button type="button" class="button secondary" @click=${() => v.onZoom(land)}>
                  ${m.showLand(landName(land, v.lang))}
                </button>`,
            )}
          </p>`
        : nothing
    }
  </section>`;
}

function placeView(v: PanelView, place: Place, id: string, close: TemplateResult): TemplateResult {
  const { m, lang } = v;
  const external = v.t.externalLink;
  const item = place.item;
  const partner = place.type === 'partner' ? (item as Partner) : undefined;
  const office = place.type === 'office' ? (item as Office) : undefined;
  const contacts = partner
    ? partner.contact
      ? [partner.contact]
      : []
    : [
        ...(office!.contacts ?? []),
        ...(office!.email || office!.phone ? [{ email: office!.email, phone: office!.phone }] : []),
      ];
  const labels: ContactLabels = { email: m.email, phone: m.phone, website: m.website, external };
  return html`<section part="panel" class="panel" role="dialog" aria-labelledby=${id} tabindex="-1">
    <div class="panel-head">${heading(v.headingLevel, item.name, { id })} ${close}</div>
    <dl>
      <dt>${m.kind}</dt>
      <dd><span class="symbol ${place.type}" aria-hidden="true"></span> ${partner ? partner.kind : m.office}</dd>
      <dt>${m.land}</dt>
      <dd>${landName(place.land, lang)}</dd>
      ${
        partner?.joined
          ? html`<dt>${m.joined}</dt>
              <dd>${formatJoined(partner.joined, lang)}</dd>`
          : nothing
      }
      ${
        office?.organization
          ? html`<dt>${m.organization}</dt>
              <dd>
                <span class="address-line">${link(office.organization.url, office.organization.name, external)}</span>
                ${office.organization.address ? addressLines(office.organization.address) : nothing}
              </dd>`
          : nothing
      }
      ${
        item.focus?.length
          ? html`<dt>${m.focus}</dt>
              <dd>
                <ul class="tags">
                  ${item.focus.map((f) => html`<li>${f}</li>`)}
                </ul>
              </dd>`
          : nothing
      }
      ${
        contacts.length
          ? html`<dt>${m.contact}</dt>
              ${contacts.map((c) => html`<dd class="contact">${contactLines(c, labels)}</dd>`)}`
          : nothing
      }
    </dl>
    ${place.problem ? html`<p class="problem">${m.notOnMapWhy}</p>` : nothing}
    ${safeHref(item.url) ? html`<p class="website">${link(item.url, m.website, external)}</p>` : nothing}
  </section>`;
}
