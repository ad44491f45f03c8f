import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { KgcElement } from '../../shared/base.js';
import { baseStyles } from '../../shared/styles.js';
import { define } from '../../shared/define.js';
import { fire } from '../../shared/events.js';
import { heading } from '../../shared/heading.js';
import { highlight, searchTerms } from '../../shared/fold.js';
import { isExternal, mailHref, safeHref, telHref } from '../../shared/safe-url.js';
import type { Contact, Feed, Org, Project } from '../../feed/schema.js';
import type { FeedQuery } from '../../feed/query.js';
import { parseLand } from '../../shared/laender.js';
import { formatDate } from '../../i18n/format.js';
import { pick } from '../../i18n/lang.js';
import { messages } from './messages.js';
import { displayUrl, formatPeriod, place } from './format.js';
import { styles } from './project-card.styles.js';

/**
 * One project of the Praxisdatenbank: a teaser (default) or the whole Projektsteckbrief (`variant="full"`).
 *
 * The teaser shows title, provider and place, the Zielbereiche as tags and the summary cut to a few
 * lines; its title links to the project's `url`, or, without one, is a button that fires `kgc-select`.
 * The full Steckbrief follows the order of the Praxisdatenbank: Zielbereich, Lebenswelt, Ziele,
 * Zielgruppe (and Altersgruppe), Aktivitäten, aktueller Stand and Laufzeit, Projektträger,
 * Projektkoordination, Projektwebseite, Förderer, Stand.
 *
 * Accessibility: an `<article aria-labelledby>` named by its title heading (at `heading-level`, the
 * sections one level below); lists for every multi-valued field; the Good-Practice mark is text, not
 * only colour; links only for http(s), `mailto:` and `tel:`, external ones say so to screen readers.
 * Cards in lists belong in `<li>` (as `<kgc-project-list>` does). `focus()` moves focus to the title link.
 *
 * @summary A project ("Projektsteckbrief") as teaser or in full.
 * @tagname kgc-project-card
 *
 * @attr src - URL of the feed; the project is picked by `project-id`.
 * @attr project-id - The `id` of the project in the feed's `projects`.
 * @attr land - The project's Land (`ST` or `DE-ST`): with a feed index, only that Land's part is fetched.
 * @attr variant - `teaser` (default) or `full`.
 * @attr highlight - Words to mark in title, provider, place and summary (a search query).
 * @attr heading-level - Level of the title heading (1–6, default 2); section headings one below.
 * @attr lang - `de` or `en` (default: the nearest ancestor's `lang`, else German).
 * @attr timeout - Seconds to wait for the feed (default 15).
 *
 * @fires kgc-load - The feed loaded and holds the project; `detail.count` is 1. Not fired for `.project`.
 * @fires kgc-error - The feed failed, or has no project with this id (`kind` `not-found`).
 * @fires kgc-select - A visitor opened the project (title link or button); `detail.item` is the project.
 *   Cancelable: `preventDefault()` keeps the page (e.g. to show the full card in place).
 *
 * @csspart base - The widget's root.
 * @csspart card - The `article`.
 * @csspart title - The title heading.
 * @csspart link - The title's link or button.
 * @csspart meta - Provider and place.
 * @csspart badge - The Good-Practice mark.
 * @csspart summary - The summary.
 * @csspart tags - The Zielbereiche (list).
 * @csspart tag - One Zielbereich.
 * @csspart section - One section of the full Steckbrief.
 * @csspart contacts - Projektträger, Projektkoordination and Projektwebseite (full).
 * @csspart updated - The "Stand" date (full).
 * @csspart mark - A highlighted search word.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry - The retry button.
 *
 * @cssprop --kgc-project-title-size - Font size of the title (default 1.25em; 1.75em in full).
 * @cssprop --kgc-project-card-background - Background of the teaser (default: --kgc-color-surface).
 * @cssprop --kgc-project-badge-color - Colour of the Good-Practice mark (default: --kgc-color-success).
 * @cssprop --kgc-project-summary-lines - Lines of the summary shown in the teaser (default 3).
 */
export class KgcProjectCard extends KgcElement {
  static override styles = [...baseStyles, styles];

  static override properties = {
    ...KgcElement.properties,
    project: { attribute: false },
    projectId: { type: String, attribute: 'project-id' },
    land: { type: String },
    variant: { type: String },
    highlight: { type: String },
  };

  /** The project to show (a validated feed item); when set, no feed is needed. */
  declare project: Project | undefined;
  /** The id of the project to pick from the feed. */
  declare projectId: string | undefined;
  /** The project's Land (`ST`, `DE-ST`): with a feed index, the card fetches only that Land's part. */
  declare land: string | undefined;
  /** `teaser` (default) or `full`. */
  declare variant: string;
  /** A search query whose words are marked in the card. */
  declare highlight: string | undefined;

  constructor() {
    super();
    this.project = undefined;
    this.projectId = undefined;
    this.land = undefined;
    this.variant = 'teaser';
    this.highlight = undefined;
  }

  private get messages() {
    return pick(messages, this.language);
  }

  /** Moves focus to the card's title link (or button); the card itself takes no focus. */
  override focus(options?: FocusOptions): void {
    const target = this.renderRoot?.querySelector<HTMLElement>('.title-link');
    if (target) target.focus(options);
    else super.focus(options);
  }

  override connectedCallback(): void {
    // A card given `.project` needs no feed: skip the base's (re)load, which would warn about a missing source.
    if (this.project) LitElement.prototype.connectedCallback.call(this);
    else super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.project) return;
    if (this.hasUpdated && (changed.has('project') || changed.has('projectId'))) {
      this.reload();
      return;
    }
    super.willUpdate(changed);
  }

  private find(feed: Feed): Project | undefined {
    const id = this.projectId?.trim();
    return id ? feed.projects.find((p) => p.id === id) : undefined;
  }

  protected override feedQuery(): FeedQuery {
    const land = parseLand(this.land);
    return { collections: ['projects'], id: this.projectId?.trim() ?? '', lands: land ? [land] : undefined };
  }

  /** Measured on the sample feed: a teaser 17em on phones, 14em wide; the full Steckbrief much more. */
  protected override reserve() {
    return this.variant === 'full' ? this.reserveEm(80, 50) : this.reserveEm(17, 14);
  }

  protected override countItems(feed: Feed): number {
    return this.find(feed) ? 1 : 0;
  }

  protected override render(): TemplateResult {
    if (!this.project) return super.render();
    return html`<div part="base" class="base" aria-busy="false">${this.renderProject(this.project)}</div>`;
  }

  protected override renderFeed(feed: Feed): unknown {
    const project = this.find(feed);
    if (project) return this.renderProject(project);
    if (!this.projectId?.trim()) console.warn('<kgc-project-card>: no project-id given (or set the project property).');
    // The data loaded, but without this project: an empty state, not an error (nothing to retry).
    return html`<div part="empty" class="state empty"><p>${this.messages.notFound}</p></div>`;
  }

  private open(event: Event, project: Project): void {
    if (!fire(this, 'kgc-select', { item: project })) event.preventDefault();
  }

  private renderProject(p: Project): TemplateResult {
    const t = this.messages;
    const full = this.variant === 'full';
    const terms = searchTerms(this.highlight);
    const mark = (text: string) => (terms.length ? highlight(text, terms) : text);
    const id = `${this.uid}-title`;
    const href = safeHref(p.url);
    const title = full
      ? p.title
      : href
        ? html`<a class="title-link" part="link" href=${href} @click=${(e: Event) => this.open(e, p)}
            >${mark(p.title)}${this.externalHint(href)}</a
          >`
        : html`<button class="title-link" part="link" type="button" @click=${(e: Event) => this.open(e, p)}>
            ${mark(p.title)}
          </button>`;
    const meta = [p.provider?.name, place(p, this.language)].filter((v): v is string => !!v);
    const head = html`
      ${heading(this.headingLevel, title, { id, part: 'title', className: 'title' })}
      <div class="meta-row">
        <p class="meta" part="meta">
          ${meta.map((text, i) => html`${i ? html`<span aria-hidden="true"> · </span>` : nothing}${mark(text)}`)}
        </p>
        ${
          p.goodPractice
            ? html`<p class="badge" part="badge" title=${t.goodPracticeHint}>
                <svg aria-hidden="true" viewBox="0 0 16 16" width="1em" height="1em">
                  <path fill="currentColor" d="M8 .8l2.2 4.6 5 .7-3.6 3.5.9 5L8 12.2l-4.5 2.4.9-5L.8 6.1l5-.7z" />
                </svg>
                ${t.goodPractice}
              </p>`
            : nothing
        }
      </div>
    `;
    if (!full) {
      return html`<article part="card" class="card teaser" aria-labelledby=${id}>
        ${head} ${p.summary ? html`<p class="summary" part="summary">${mark(p.summary)}</p>` : nothing}
        ${
          p.targetAreas.length
            ? html`<ul class="tags" part="tags" aria-label=${t.targetAreas}>
                ${p.targetAreas.map((area) => html`<li class="tag" part="tag">${area}</li>`)}
              </ul>`
            : nothing
        }
      </article>`;
    }
    const list = (items: readonly string[] | undefined, className = 'bullets') =>
      items?.length
        ? html`<ul class=${className} part=${className === 'tags' ? 'tags' : 'list'}>
            ${items.map((item) => html`<li class=${className === 'tags' ? 'tag' : ''}>${item}</li>`)}
          </ul>`
        : undefined;
    return html`<article part="card" class="card full" aria-labelledby=${id}>
      <header class="head">
        ${head} ${p.summary ? html`<p class="summary lead" part="summary">${mark(p.summary)}</p>` : nothing}
      </header>
      <div class="pair">
        ${this.section(t.targetAreas, list(p.targetAreas, 'tags'))} ${this.section(t.settings, list(p.settings))}
      </div>
      ${this.section(t.goals, list(p.goals))}
      <div class="pair">
        ${this.section(t.targetGroups, list(p.targetGroups))} ${this.section(t.ageGroups, list(p.ageGroups))}
      </div>
      ${this.section(t.activities, list(p.activities))}
      <div class="pair">
        ${this.section(t.status, p.status ? html`<p>${p.status}</p>` : undefined)}
        ${this.section(t.period, p.period ? html`<p>${formatPeriod(p.period, this.language, t.since)}</p>` : undefined)}
      </div>
      ${
        p.provider || p.contact || p.url
          ? html`<div class="contacts" part="contacts">
              ${this.section(t.provider, p.provider ? this.renderOrg(p.provider) : undefined)}
              ${this.section(t.contact, p.contact ? this.renderContact(p.contact) : undefined)}
              ${this.section(t.website, p.url ? html`<p>${this.link(p.url)}</p>` : undefined)}
            </div>`
          : nothing
      }
      ${this.section(t.funders, list(p.funders, 'bullets columns'))}
      ${
        p.updated
          ? html`<p class="updated" part="updated">${t.updated}: ${formatDate(p.updated, this.language)}</p>`
          : nothing
      }
    </article>`;
  }

  private section(title: string, content: TemplateResult | undefined): TemplateResult | typeof nothing {
    if (!content) return nothing;
    return html`<section class="section" part="section">
      ${heading(this.headingLevel, title, { offset: 1, className: 'section-title' })} ${content}
    </section>`;
  }

  private renderOrg(org: Org): TemplateResult {
    const a = org.address;
    return html`<address>
      <span class="name">${org.name}</span>
      ${a?.street ? html`<br />${a.street}` : nothing}
      ${a ? html`<br />${[a.postalCode, a.locality].filter(Boolean).join(' ')}` : nothing}
      ${org.url ? html`<br />${this.link(org.url)}` : nothing}
    </address>`;
  }

  private renderContact(c: Contact): TemplateResult {
    const t = this.messages;
    const tel = telHref(c.phone);
    const mail = mailHref(c.email);
    return html`<address>
      ${c.name ? html`<span class="name">${c.name}</span>` : nothing}
      ${c.role && c.role !== t.contact ? html`<br />${c.role}` : nothing}
      ${c.phone ? html`<br />${t.phone}: ${tel ? html`<a href=${tel}>${c.phone}</a>` : c.phone}` : nothing}
      ${c.email ? html`<br />${t.email}: ${mail ? html`<a href=${mail}>${c.email}</a>` : c.email}` : nothing}
      ${c.url ? html`<br />${this.link(c.url)}` : nothing}
    </address>`;
  }

  /** A feed URL as a link when it is a safe one, else as text. */
  private link(url: string): TemplateResult | string {
    const href = safeHref(url);
    // Long addresses may wrap after a slash.
    const text = displayUrl(href ?? '')
      .split('/')
      .map((part, i) => (i ? html`/<wbr />${part}` : part));
    return href ? html`<a href=${href}>${text}${this.externalHint(href)}</a>` : url;
  }

  private externalHint(href: string): TemplateResult | typeof nothing {
    return isExternal(href) ? html`<span class="visually-hidden"> ${this.t.externalLink}</span>` : nothing;
  }
}

define('kgc-project-card', KgcProjectCard);

declare global {
  interface HTMLElementTagNameMap {
    'kgc-project-card': KgcProjectCard;
  }
}
