/**
 * The only code that talks to the network (feed documents: a feed, a feed index, its parts).
 *
 * One request per distinct URL for the whole page: callers share the in-flight request, and a
 * successful result (the parsed JSON, not yet checked) is kept for the page's life (a widget added later
 * reuses it; what is checked of it is cached by the query layer, src/feed/query.ts). A failed load is
 * forgotten, so "Erneut versuchen" asks the server again (past any error the browser has cached). The
 * request is a plain GET without custom headers (no CORS preflight) and without credentials; ordinary
 * HTTP caching applies.
 */
import { FeedError, isAbort } from './errors.js';
import { startSlice } from './tasks.js';

const DEFAULT_TIMEOUT_S = 15;
/** The longest wait a timer can hold (about 24 days); longer ones would fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * The timeout in milliseconds: `seconds` when it is a positive number, else the default (an attribute
 * such as `timeout="abc"` or `timeout="0"` must not fail every load at once).
 */
export function timeoutMs(seconds: number | undefined): number {
  const valid = typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0;
  return Math.min((valid ? seconds : DEFAULT_TIMEOUT_S) * 1000, MAX_TIMEOUT_MS);
}

export interface LoadOptions {
  /** Aborting it means this caller no longer needs the feed. */
  signal?: AbortSignal;
  /** Seconds this caller waits, body included, before giving up with a `timeout` error (default 15). */
  timeout?: number;
}

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const entries = new Map<string, Entry>();
/**
 * URLs whose last load failed. Their next request revalidates with the server (`cache: 'no-cache'`):
 * a server that sends `Cache-Control: max-age` also on errors would otherwise have the browser answer
 * "Erneut versuchen" with the cached error for minutes.
 */
const failed = new Set<string>();

/** Origins the page allows feeds from (`data-kgc-allow` on the script tag); empty: any origin. */
let allowedOrigins: readonly string[] = [];

/** Stands for "nothing is allowed": a list was given, but none of its entries is an origin. */
const NOTHING = ['null'];

/**
 * Restricts feeds to these origins (e.g. `https://daten.example`); an empty list lifts the restriction.
 * Entries that are not URLs are dropped with a warning; when none is left the list fails closed.
 */
export function allowOrigins(origins: readonly string[]): void {
  const valid: string[] = [];
  for (const origin of origins) {
    try {
      valid.push(new URL(origin).origin);
    } catch {
      console.warn(
        `kgc-widgets: "${origin}" in the feed allowlist is not an origin (e.g. https://daten.example); ignored`,
      );
    }
  }
  allowedOrigins = origins.length && !valid.length ? NOTHING : valid;
}

/** Whether the page's allowlist (`data-kgc-allow`) names `origin`; `undefined` when there is no list. */
export function originAllowed(origin: string): boolean | undefined {
  return allowedOrigins.length ? allowedOrigins.includes(origin) : undefined;
}

function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

async function request(url: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', signal, cache: failed.has(url) ? 'no-cache' : 'default' });
  } catch (error) {
    if (signal.aborted) throw new FeedError('abort', 'the request was aborted');
    throw new FeedError('network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    throw new FeedError('http', `HTTP ${response.status} for ${url}`, response.status, retryAfter(response));
  }
  const body = await response.text().catch((error: unknown) => {
    if (signal.aborted) throw new FeedError('abort', 'the request was aborted');
    throw new FeedError('network', error instanceof Error ? error.message : String(error));
  });
  // The body's arrival begins a task: parsing and checking it get their slice before anything yields.
  startSlice();
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new FeedError('json', error instanceof Error ? error.message : String(error));
  }
}

/**
 * The response's `Retry-After` in seconds (from `120` or from an HTTP date, counted from the server's own
 * `Date` when it sent one, so a wrong clock on the visitor's computer does not matter); undefined when
 * missing, unreadable or not in the future. Cross-origin, the browser shows it only when the server lists it
 * in `Access-Control-Expose-Headers`.
 */
function retryAfter(response: Response): number | undefined {
  const value = response.headers.get('Retry-After')?.trim();
  if (!value) return undefined;
  let seconds: number;
  if (/^\d+$/.test(value)) {
    seconds = Number(value);
  } else {
    const now = Date.parse(response.headers.get('Date') ?? '');
    seconds = Math.ceil((Date.parse(value) - (Number.isNaN(now) ? Date.now() : now)) / 1000);
  }
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

function release(url: string, entry: Entry) {
  entry.users -= 1;
  if (entry.users === 0 && !entry.settled) {
    entry.controller.abort();
    if (entries.get(url) === entry) entries.delete(url);
  }
}

/**
 * Forgets the document fetched from `url`: the next call fetches it again, revalidating with the server past
 * the browser's cache (a feed index that names a part the server no longer has may be a stale copy).
 */
export function forgetDocument(url: string): void {
  const key = absolute(url);
  if (entries.get(key)?.settled) entries.delete(key);
  failed.add(key);
}

/**
 * Fetches the JSON document at `url` (the same value for every caller, for the page's life). Rejects only
 * with a `FeedError`; a failed load is forgotten, so the next call asks the server again.
 */
export function fetchDocument(url: string, { signal, timeout }: LoadOptions = {}): Promise<unknown> {
  let key: string;
  try {
    key = absolute(url);
  } catch {
    return Promise.reject(new FeedError('network', `not a valid URL: ${url}`));
  }
  if (signal?.aborted) return Promise.reject(new FeedError('abort', 'the request was aborted'));
  const origin = new URL(key).origin;
  if (allowedOrigins.length && !allowedOrigins.includes(origin)) {
    return Promise.reject(new FeedError('origin', `feeds from ${origin} are not allowed on this page`));
  }

  let entry = entries.get(key);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = { controller, users: 0, settled: false, promise: request(key, controller.signal) };
    entry = created;
    entries.set(key, created);
    created.promise.then(
      () => {
        created.settled = true;
        failed.delete(key);
      },
      (error: unknown) => {
        created.settled = true;
        if (!isAbort(error)) failed.add(key);
        if (entries.get(key) === created) entries.delete(key);
      },
    );
  }
  if (entry.settled) return entry.promise;

  const shared = entry;
  shared.users += 1;
  return new Promise<unknown>((resolve, reject) => {
    let done = false;
    const finish = () => {
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const giveUp = (error: FeedError) => {
      if (done) return;
      finish();
      release(key, shared);
      reject(error);
    };
    const onAbort = () => giveUp(new FeedError('abort', 'the request was aborted'));
    const ms = timeoutMs(timeout);
    const timer = setTimeout(() => giveUp(new FeedError('timeout', `no answer from ${key} within ${ms / 1000} s`)), ms);
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (result) => {
        if (done) return;
        finish();
        shared.users -= 1;
        resolve(result);
      },
      (error: FeedError) => {
        if (done) return;
        finish();
        shared.users -= 1;
        reject(error);
      },
    );
  });
}
