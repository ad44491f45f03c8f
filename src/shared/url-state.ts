/**
 * A widget's state in the page address, so a view can be linked (`url-state` on the project list and the
 * calendar). One naming scheme: every parameter carries the widget's prefix, `kgc-` for `url-state` without
 * a value and `kgc-<name>-` for `url-state="<name>"`, so two widgets on a page keep apart and the host page's
 * own parameters stay untouched. Defaults are left out. One writer: `replaceState` (no history entries),
 * after the widget's delay, and again a second later when the browser refuses (WebKit allows 100 changes in
 * 10 s, e.g. while PageDown is held in the calendar's grid).
 */
import type { ReactiveController, ReactiveElement } from 'lit';

/** Parameter values without the prefix: a string is written as is (also `''`), a list once per value. */
export type UrlValues = Record<string, string | readonly string[] | undefined>;

/** What a widget reads back: its own parameters, named without the prefix. */
export interface UrlParams {
  get(name: string): string | null;
  getAll(name: string): string[];
}

export interface UrlStateHost extends ReactiveElement {
  /** The `url-state` attribute: undefined or null when the widget keeps nothing in the address. */
  urlState: string | null | undefined;
}

export interface UrlStateOptions {
  /** Every parameter the widget owns, without the prefix (removed before its current state is written). */
  names: readonly string[];
  /** The parameters of the current state; what equals a default is left out (undefined, an empty list). */
  values: () => UrlValues;
  /** Milliseconds between the last change and the write (0: in the same task). */
  delay: number;
  /** The element's tag for the console, e.g. `<kgc-project-list>`. */
  tag: string;
}

/** How long to wait before writing the address again when the browser refused it (ms). */
const RETRY = 1000;

/** Prefixes in use on the page, so two widgets never write the same parameters. */
const owners = new Map<string, UrlStateController>();

/** `kgc-` for `url-state` without a value, `kgc-<name>-` with one. */
export function urlPrefix(name: string | null | undefined): string {
  const clean = (name ?? '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-');
  return clean ? `kgc-${clean}-` : 'kgc-';
}

/** `search` (a location.search) with the parameters `names` under `prefix` replaced by `values`; `''` when none are left. */
export function writeParams(search: string, prefix: string, names: readonly string[], values: UrlValues): string {
  const params = new URLSearchParams(search);
  for (const name of names) params.delete(prefix + name);
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string') params.set(prefix + name, value);
    else for (const one of value ?? []) params.append(prefix + name, one);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A widget's parameters in `search`, read without the prefix. */
export function readParams(search: string, prefix: string): UrlParams {
  const params = new URLSearchParams(search);
  return { get: (name) => params.get(prefix + name), getAll: (name) => params.getAll(prefix + name) };
}

export class UrlStateController implements ReactiveController {
  /** The prefix this widget writes under; undefined when it keeps nothing in the address. */
  prefix: string | undefined;
  private timer?: number;
  private retry?: number;
  private warned = new Set<string>();

  constructor(
    private readonly host: UrlStateHost,
    private readonly options: UrlStateOptions,
  ) {
    host.addController(this);
  }

  /**
   * Takes the prefix `url-state` names (once per page: a second widget asking for a taken one falls back to
   * `kgc-<id>-`, or keeps nothing). Returns the widget's parameters in the address to restore from, or
   * undefined when it keeps nothing there. Call it before the first update and when `url-state` changes.
   */
  claim(): UrlParams | undefined {
    this.release();
    this.prefix = undefined;
    const { host } = this;
    if (host.urlState === undefined || host.urlState === null) return undefined;
    let prefix = urlPrefix(host.urlState);
    const owner = owners.get(prefix);
    if (owner && owner !== this && owner.host.isConnected) {
      const fallback = host.id ? urlPrefix(host.id) : undefined;
      const taken = fallback && owners.get(fallback) && owners.get(fallback) !== this;
      this.warnOnce(
        'url-state',
        `another widget on this page already keeps its state under "${prefix}…"; ` +
          (fallback && !taken
            ? `using "${fallback}…" (give each widget its own url-state="name")`
            : 'not keeping this one in the address'),
      );
      if (!fallback || taken) return undefined;
      prefix = fallback;
    }
    // A widget removed before this update ran keeps its prefix but claims it only when it is back.
    if (host.isConnected) owners.set(prefix, this);
    this.prefix = prefix;
    return readParams(location.search, prefix);
  }

  /** Writes the current state after the delay; a widget no longer on the page leaves the address alone. */
  save(): void {
    if (!this.prefix || !this.host.isConnected) return;
    window.clearTimeout(this.timer);
    this.timer = undefined;
    if (this.options.delay) this.timer = window.setTimeout(() => this.write(), this.options.delay);
    else this.write();
  }

  hostConnected(): void {
    // Back on the page: take the prefix again (the state on screen stays; the next change writes it).
    if (this.host.hasUpdated) this.claim();
  }

  hostDisconnected(): void {
    this.release();
    window.clearTimeout(this.retry);
    this.retry = undefined;
    // A change still waiting for its delay is written now, while the widget's state is known.
    if (this.timer !== undefined) this.write();
  }

  private release(): void {
    if (this.prefix && owners.get(this.prefix) === this) owners.delete(this.prefix);
  }

  private write(): void {
    window.clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.prefix) return;
    const search = writeParams(location.search, this.prefix, this.options.names, this.options.values());
    const url = `${location.pathname}${search}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    try {
      history.replaceState(history.state, '', url);
    } catch (error) {
      // Never throw into the page: try again shortly, with the state of that moment.
      this.warnOnce('history', `could not update the address (${String(error)}); trying again shortly.`);
      window.clearTimeout(this.retry);
      this.retry = window.setTimeout(() => {
        this.retry = undefined;
        if (this.host.isConnected) this.write();
      }, RETRY);
    }
  }

  private warnOnce(key: string, text: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`${this.options.tag}: ${text}`);
  }
}
