/**
 * What every widget shares: where its feed comes from (`data`, `src`, or an enclosing `<kgc-feed>`),
 * the states of DESIGN.md (loading, error with retry, content), the `kgc-load`/`kgc-error` events,
 * language and heading level. A widget implements `countItems` and `renderFeed` and nothing of this.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { FeedError, isAbort } from '../feed/errors.js';
import { peekFeed, queryFeed, type FeedQuery } from '../feed/query.js';
import { nextTask } from '../feed/tasks.js';
import type { Feed } from '../feed/schema.js';
import { common, errorMessage, type CommonMessages } from '../i18n/messages.js';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { feedSourceContext, type FeedSource } from './context.js';
import { fire } from './events.js';
import { parseHeadingLevel } from './heading.js';

type Status = 'idle' | 'loading' | 'ready' | 'error';

let uid = 0;

/** The loading reserve's custom properties (see `KgcElement.reserveEm`). */
type Reserve = { '--_reserve'?: string; '--_reserve-wide'?: string };

const sameSource = (a: FeedSource | undefined, b: FeedSource | undefined) =>
  a?.data === b?.data && a?.src === b?.src && a?.timeout === b?.timeout;

/** A query as a key: equal keys ask for the same items. */
const queryKey = (query: FeedQuery) =>
  [
    query.collections.join(),
    query.lands?.join() ?? '',
    query.landOnly ? 1 : 0,
    query.from ?? '',
    query.to ?? '',
    query.id ?? '',
  ].join('|');

export abstract class KgcElement extends LitElement {
  static override properties = {
    src: { type: String },
    data: { attribute: false },
    timeout: { type: Number },
    headingLevel: { attribute: 'heading-level', converter: (value: string | null) => parseHeadingLevel(value) },
    lang: { type: String },
    status: { state: true, attribute: false },
    feed: { state: true, attribute: false },
    error: { state: true, attribute: false },
    inherited: { state: true, attribute: false },
    refreshing: { state: true, attribute: false },
  };

  /** URL of the feed (JSON). Relative URLs resolve against the page. */
  declare src: string | undefined;
  /** A feed object to show instead of loading one (no request). */
  declare data: unknown;
  /** Seconds to wait for the feed before showing an error (default 15). */
  declare timeout: number | undefined;
  /** Level of the widget's top headings (1–6, default 2): fit it into the host page's outline. */
  declare headingLevel: number;

  /** Loading state; `feed` is set when `ready`, `error` when `error`. */
  declare protected status: Status;
  declare protected feed: Feed | undefined;
  declare protected error: FeedError | undefined;
  declare private inherited: FeedSource | undefined;

  /** A page-unique prefix for ids inside the shadow root (aria-labelledby and friends). */
  protected readonly uid = `kgc${++uid}`;

  private controller?: AbortController;
  /** Where the last load took the feed from (a change of `inherited` that leaves it alone loads nothing). */
  private loadedFrom: FeedSource | undefined;
  /** Whether a `<kgc-feed>` answered the request for its feed that connecting sends. */
  private answered = false;
  private loadToken = 0;
  /** The load whose first view `kgc-load` still has to announce (0: none). */
  private toAnnounce = 0;
  /** The query the shown (or awaited) feed answers, as a key. */
  private queryKey = '';
  /** New items for a changed query are on their way; the old ones stay on screen. */
  declare protected refreshing: boolean;
  private warnedNoSource = false;
  /** "Erneut versuchen" had the focus when pressed: the base holds it until the new state is there. */
  private keepFocus = false;
  declare private resolvedLang: Lang | undefined;

  constructor() {
    super();
    this.src = undefined;
    this.data = undefined;
    this.timeout = undefined;
    this.headingLevel = 2;
    this.status = 'idle';
    this.feed = undefined;
    this.error = undefined;
    this.inherited = undefined;
    this.refreshing = false;
    new ContextConsumer(this, {
      context: feedSourceContext,
      subscribe: true,
      callback: (value) => {
        this.answered = true;
        this.inherited = value;
      },
    });
  }

  /**
   * The language the widget speaks: its own `lang`, else the nearest ancestor's, else German. Resolved once
   * per update cycle (templates ask for it per item; the walk up the tree need not happen each time).
   */
  get language(): Lang {
    return (this.resolvedLang ??= resolveLang(this));
  }

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    this.resolvedLang = undefined;
    super.requestUpdate(...args);
  }

  protected get t(): CommonMessages {
    return common[this.language];
  }

  /**
   * What this widget shows: its collections and, for a feed index, its Land and dates (the parts to fetch).
   * Asked in each `willUpdate` (the base's, so a widget sets the state its query reads before calling
   * `super.willUpdate`); when the answer changes, the widget gets the new items while it keeps showing the old
   * ones (`refreshing`).
   */
  protected abstract feedQuery(): FeedQuery;

  /**
   * The room the widget will take once loaded, held while it loads so that the page below does not jump
   * (see `reserveEm`). The public `--kgc-loading-min-height` overrides it.
   */
  protected reserve(): Reserve {
    return {};
  }

  /**
   * A height to hold while loading: `phone` em on screens narrower than 40em (where text wraps more), else
   * `wide` em; never more than the viewport, since what lies below the first screen may move unseen. The
   * choice between the two is a media query in the styles: reading the viewport's width here would force a
   * style and layout pass per widget while the page is still being built.
   */
  protected reserveEm(phone: number, wide = phone): Reserve {
    return { '--_reserve': `min(${phone}em, 100vh)`, '--_reserve-wide': `min(${wide}em, 100vh)` };
  }

  /**
   * Work that the first render of the data needs but that does not depend on it (decoding geometry, say):
   * called in a task of its own while the feed is on its way, so that it is not part of that render's task.
   */
  protected prepare(): void {}

  /**
   * Work on a loaded feed that its first render needs (placing points, sorting): awaited before a feed that
   * had to be fetched is shown, so that a widget can do it in slices of its own (the render then follows in
   * a task of its own). A feed that is there at once (`data`, or one this page already loaded) is shown
   * without it: `renderFeed` must not rely on it.
   */
  protected digest(_feed: Feed): Promise<void> | void {}

  /** How many items this widget has to show in `feed` (the `kgc-load` detail). */
  protected abstract countItems(feed: Feed): number;

  /** The content for a loaded feed. */
  protected abstract renderFeed(feed: Feed): unknown;

  /**
   * How far the first view of the data has been rendered: a widget with much to show renders it in stages
   * (`stage` 0, 1, …; `moreStages` says whether another follows), each in a task of its own after a frame,
   * so that no task runs long on a phone. `kgc-load` and `updateComplete` wait for the last stage; from then
   * on `stage` is `Infinity` (later views, such as a next page, render at once).
   */
  protected stage = 0;

  /** Whether the first view has a further stage after `stage` (see `stage`). */
  protected moreStages(): boolean {
    return false;
  }

  /** Loads the feed again (the "Erneut versuchen" button). */
  reload(): void {
    this.load();
  }

  override connectedCallback(): void {
    this.answered = false;
    super.connectedCallback();
    // No <kgc-feed> answered: the widget was moved out of the one it had, whose feed is no longer its own.
    if (!this.answered) this.inherited = undefined;
    if (this.hasUpdated) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopStages();
    this.controller?.abort();
    this.controller = undefined;
    this.loadToken++;
    if (this.status === 'loading') this.status = 'idle';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      !this.hasUpdated ||
      changed.has('src') ||
      changed.has('data') ||
      changed.has('timeout') ||
      (changed.has('inherited' as keyof KgcElement) && !sameSource(this.source(), this.loadedFrom))
    ) {
      this.load();
    } else if (this.status !== 'idle' && queryKey(this.feedQuery()) !== this.queryKey) {
      this.load(this.status === 'ready');
    }
  }

  protected override updated(): void {
    // The room held while loading, through the CSSOM: a strict CSP (style-src without 'unsafe-inline') allows
    // no style attribute. Only while there is no content (not on every update of a shown widget).
    if (this.status !== 'ready') {
      const loading = this.renderRoot.querySelector<HTMLElement>('[part="loading"]');
      for (const [name, value] of Object.entries(this.reserve())) loading?.style.setProperty(name, value);
    }
    if (this.keepFocus && this.status !== 'loading') {
      this.keepFocus = false;
      const root = this.renderRoot as ShadowRoot;
      if (this.status === 'error' && root.activeElement === root.querySelector('[part="base"]')) {
        root.querySelector<HTMLElement>('[part="retry"]')?.focus();
      }
    }
    if (this.status !== 'ready' || !this.feed) return;
    if (this.moreStages()) this.nextStage();
    else if (this.toAnnounce === this.loadToken) {
      this.toAnnounce = 0;
      this.stage = Infinity;
      fire(this, 'kgc-load', { count: this.countItems(this.feed) });
    }
  }

  private stageFrame = 0;
  private stageTimer = 0;
  private stageWaiters: (() => void)[] = [];

  /**
   * The next stage, in a task after the next frame (the browser lays out and paints this stage first), or
   * after 100 ms when no frame comes (a hidden tab).
   */
  private nextStage(): void {
    if (this.stageTimer) return;
    const next = () => {
      this.stopStages();
      this.stage++;
      this.requestUpdate();
    };
    this.stageFrame = requestAnimationFrame(() => {
      clearTimeout(this.stageTimer);
      this.stageTimer = window.setTimeout(next);
    });
    this.stageTimer = window.setTimeout(next, 100);
  }

  /** Cancels a pending stage (removed from the page: it goes on when it is back) and lets waiters go on. */
  private stopStages(): void {
    cancelAnimationFrame(this.stageFrame);
    clearTimeout(this.stageTimer);
    this.stageFrame = this.stageTimer = 0;
    for (const resolve of this.stageWaiters.splice(0)) resolve();
  }

  /** `updateComplete` also waits for the first view's remaining stages (while the widget is on the page). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.stageTimer && this.isConnected) {
      await new Promise<void>((resolve) => this.stageWaiters.push(resolve));
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private source(): FeedSource | undefined {
    if (this.data !== undefined && this.data !== null) return { data: this.data };
    if (this.src) return { src: this.src, timeout: this.timeout };
    const inherited = this.inherited;
    if (inherited?.data !== undefined && inherited.data !== null) return { data: inherited.data };
    if (inherited?.src) return { src: inherited.src, timeout: this.timeout ?? inherited.timeout };
    return undefined;
  }

  /**
   * Asks the feed layer for what `feedQuery` names. `keep`: the query changed while a feed is shown (a
   * calendar paged to a month of another part): the shown items stay until the new ones are there.
   */
  private load(keep = false): void {
    this.controller?.abort();
    this.controller = undefined;
    const token = ++this.loadToken;
    // A first view not yet announced is announced by the load that replaces it.
    if (!keep || this.toAnnounce) this.toAnnounce = token;
    this.refreshing = false;
    // Removed before this update ran (e.g. added and taken out in one go): it loads when it is back.
    if (!this.isConnected) return;
    const source = (this.loadedFrom = this.source());
    if (!source) {
      this.status = 'idle';
      if (!this.warnedNoSource && !this.closest('kgc-feed')) {
        this.warnedNoSource = true;
        console.warn(`<${this.localName}>: no feed given (set src, the data property, or place it inside <kgc-feed>).`);
      }
      return;
    }
    const query = this.feedQuery();
    this.queryKey = queryKey(query);
    try {
      const ready = peekFeed(source, query);
      if (ready) {
        this.accept(ready, token);
        return;
      }
    } catch (error) {
      this.fail(error, token);
      return;
    }
    const controller = (this.controller = new AbortController());
    if (keep) {
      this.refreshing = true;
    } else {
      this.status = 'loading';
      this.error = undefined;
    }
    setTimeout(() => this.prepare());
    queryFeed(source, query, { signal: controller.signal, timeout: source.timeout }).then(
      async (feed) => {
        await this.digest(feed);
        // A task of its own for the render, whose cost is not known before it runs (at 4× CPU a map's first
        // stage took 55–65 ms, with the digest's last step in its task 70 ms): the one that checked the last
        // items or digested them may have used its slice, and widgets that share a feed get it in the same moment
        // (each renders in a task of its own, so a page with several never blocks input for all their first
        // renders together).
        await nextTask();
        this.accept(feed, token);
      },
      (error: unknown) => this.fail(error, token),
    );
  }

  private accept(feed: Feed, token: number): void {
    if (token !== this.loadToken) return;
    // A new first view starts at its first stage (the same feed back on the page goes on where it was).
    if (this.toAnnounce === token && feed !== this.feed) this.stage = 0;
    this.feed = feed;
    this.error = undefined;
    this.refreshing = false;
    this.status = 'ready';
    // The same answer as before (a widget back on the page gets the cached feed) changes no property: the
    // update that announces the load must still come.
    if (this.toAnnounce === token) this.requestUpdate();
  }

  private fail(error: unknown, token: number): void {
    if (token !== this.loadToken || isAbort(error)) return;
    const feedError = error instanceof FeedError ? error : new FeedError('invalid', String(error));
    this.feed = undefined;
    this.error = feedError;
    this.refreshing = false;
    this.status = 'error';
    fire(this, 'kgc-error', { kind: feedError.kind, message: this.errorText(feedError) });
  }

  private errorText(error: FeedError): string {
    return errorMessage(this.language, error);
  }

  protected override render(): TemplateResult {
    const busy = this.pending || this.refreshing || (this.status === 'ready' && this.moreStages());
    return html`<div part="base" class="base" aria-busy=${busy ? 'true' : 'false'}>${this.renderState()}</div>`;
  }

  /** Waiting for data: loading, or about to (a source is set, or an enclosing `<kgc-feed>` will give one). */
  private get pending(): boolean {
    return this.status === 'loading' || (this.status === 'idle' && (!!this.source() || !!this.closest('kgc-feed')));
  }

  private renderState(): unknown {
    if (this.status === 'ready' && this.feed) return this.renderFeed(this.feed);
    if (this.status === 'error' && this.error) return this.renderError(this.error);
    if (!this.pending) return nothing;
    return html`<div part="loading" class="state loading" role="status">${this.t.loading}</div>`;
  }

  private renderError(error: FeedError): TemplateResult {
    const id = `${this.uid}-error`;
    return html`<div part="error" class="state error" role="alert">
      <p class="error-title">${this.t.errorTitle}</p>
      <p id=${id}>${this.errorText(error)}</p>
      ${
        error.kind === 'not-found'
          ? nothing
          : html`<button part="retry" class="button" type="button" aria-describedby=${id} @click=${this.retry}>
              ${this.t.retry}
            </button>`
      }
    </div>`;
  }

  /**
   * The retry button. Pressed with the focus on it, the focus moves to the widget's base (the button is
   * about to go) and, should the load fail again, to the new button: a keyboard user is never dropped at
   * the start of the page.
   */
  private retry(): void {
    const root = this.renderRoot as ShadowRoot;
    const base = root.querySelector<HTMLElement>('[part="base"]');
    if (base && root.activeElement?.getAttribute('part') === 'retry') {
      base.tabIndex = -1;
      const leave = (event: FocusEvent) => {
        if (base.contains(event.relatedTarget as Node | null)) return;
        base.removeAttribute('tabindex');
        base.removeEventListener('focusout', leave);
      };
      base.addEventListener('focusout', leave);
      base.focus();
      this.keepFocus = true;
    }
    this.reload();
  }

  /** The empty state: "Keine Einträge gefunden" and, when filters are set, a way to reset them. */
  protected renderEmpty(reset?: () => void): TemplateResult {
    return html`<div part="empty" class="state empty">
      <p>${this.t.empty}</p>
      ${
        reset
          ? html`<button class="button secondary" type="button" @click=${reset}>${this.t.resetFilters}</button>`
          : nothing
      }
    </div>`;
  }
}
