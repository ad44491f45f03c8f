import { html, nothing, type PropertyValues } from 'lit';
import { KgcElement } from '../../shared/base.js';
import { define } from '../../shared/define.js';
import { heading } from '../../shared/heading.js';
import { landName, parseLand, type LandCode } from '../../shared/laender.js';
import { addressLines, contactLines, link } from '../../shared/contact.js';
import { safeHref } from '../../shared/safe-url.js';
import type { FeedQuery } from '../../feed/query.js';
import type { Feed, Office } from '../../feed/schema.js';
import { messages, type OfficeCardMessages } from './messages.js';
import { styles } from './office-card.styles.js';

/**
 * The Koordinierungsstelle Gesundheitliche Chancengleichheit of one Land as a contact card: name,
 * Träger with address, contacts (`mailto:`/`tel:` links), website and Schwerpunkte. When the feed has no
 * office for that Land, a friendly note says so (it is not an error).
 *
 * @summary Contact card of a Land's Koordinierungsstelle.
 * @attr src - URL of the feed.
 * @attr land - The Land (`ST` or `DE-ST`); the card shows that Land's office.
 * @attr lang - `de` or `en` (default: the nearest ancestor's `lang`, else German).
 * @attr heading-level - Level of the card's heading (default 2).
 * @attr timeout - Seconds to wait for the feed (default 15).
 * @fires kgc-load - The feed loaded; detail `{ count }`: 1 when the Land has an office, else 0.
 * @fires kgc-error - The feed failed; detail `{ kind, message }`.
 * @csspart base - The root.
 * @csspart card - The card (an `<article>`).
 * @csspart empty - The note shown when the Land has no office.
 * @tagname kgc-office-card
 */
export class KgcOfficeCard extends KgcElement {
  static override styles = styles;

  static override properties = {
    ...KgcElement.properties,
    land: { type: String },
  };

  /** The Land whose office to show, `ST` or `DE-ST`. */
  declare land: string | undefined;

  private code: LandCode | undefined;

  constructor() {
    super();
    this.land = undefined;
  }

  private get m(): OfficeCardMessages {
    return messages[this.language];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('land')) {
      this.code = parseLand(this.land);
      if (!this.code)
        console.warn(`<kgc-office-card>: land="${this.land ?? ''}" is not a Land code (use e.g. ST or DE-ST).`);
    }
  }

  private office(feed: Feed): Office | undefined {
    return this.code && feed.offices.find((o) => o.region.land === this.code);
  }

  protected override feedQuery(): FeedQuery {
    const land = parseLand(this.land);
    return { collections: ['offices'], lands: land ? [land] : undefined, landOnly: true };
  }

  /** Measured on the sample feed: 50em on phones, 33em wide. */
  protected override reserve() {
    return this.reserveEm(48, 33);
  }

  protected override countItems(feed: Feed): number {
    return this.office(feed) ? 1 : 0;
  }

  protected override renderFeed(feed: Feed): unknown {
    const m = this.m;
    const office = this.office(feed);
    if (!office) {
      const overview = safeHref(feed.homePageUrl);
      return html`<div part="empty" class="state empty">
        <p>${this.code ? m.none(landName(this.code, this.language)) : m.noLand}</p>
        ${overview ? html`<p>${link(overview, m.overview, this.t.externalLink)}</p>` : nothing}
      </div>`;
    }
    const labels = { email: m.email, phone: m.phone, website: m.website, external: this.t.externalLink };
    const contacts = [
      ...(office.contacts ?? []),
      ...(office.email || office.phone ? [{ email: office.email, phone: office.phone }] : []),
    ];
    const org = office.organization;
    const id = `${this.uid}-title`;
    const website = safeHref(office.url);
    return html`<article part="card" class="card" aria-labelledby=${id}>
      <p class="kicker">${m.kicker(landName(office.region.land, this.language))}</p>
      ${heading(this.headingLevel, office.name, { id, className: 'title' })}
      <dl class="facts">
        ${
          org
            ? html`<div>
                <dt>${m.organization}</dt>
                <dd>
                  <span class="address-line">${link(org.url, org.name, this.t.externalLink)}</span>
                  ${org.address ? addressLines(org.address) : nothing}
                </dd>
              </div>`
            : nothing
        }
        ${
          contacts.length
            ? html`<div>
                <dt>${m.contact}</dt>
                ${contacts.map((c) => html`<dd>${contactLines(c, labels)}</dd>`)}
              </div>`
            : nothing
        }
        ${
          website
            ? html`<div class="wide">
                <dt>${m.website}</dt>
                <dd>${link(website, website.replace(/^https?:\/\//, '').replace(/\/$/, ''), this.t.externalLink)}</dd>
              </div>`
            : nothing
        }
        ${
          office.focus?.length
            ? html`<div class="wide">
                <dt>${m.focus}</dt>
                <dd>
                  <ul class="tags">
                    ${office.focus.map((f) => html`<li>${f}</li>`)}
                  </ul>
                </dd>
              </div>`
            : nothing
        }
      </dl>
    </article>`;
  }
}

define('kgc-office-card', KgcOfficeCard);

declare global {
  interface HTMLElementTagNameMap {
    'kgc-office-card': KgcOfficeCard;
  }
}
