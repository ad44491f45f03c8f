/**
 * The only code that talks to the network.
 *
 * One request per distinct URL for the whole page: callers share the in-flight request, and a
 * successful result is kept for the page's life (a widget added later reuses it). A failed load is
 * forgotten, so "Erneut versuchen" asks the server again. The request is a plain GET without custom
 * headers (no CORS preflight) and without credentials; ordinary HTTP caching applies.
 */
import { FeedError } from './errors.js';
import { describeSkipped, type ParsedFeed } from './parse.js';
import { readDocument } from './document.js';

export const DEFAULT_TIMEOUT_S = 15;

export interface LoadOptions {
  /** Aborting it means this caller no longer needs the feed. */
  signal?: AbortSignal;
  /** Seconds this caller waits before giving up with a `timeout` error. */
  timeout?: number;
}

interface Entry {
  promise: Promise<ParsedFeed>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const entries = new Map<string, Entry>();

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

function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

async function request(url: string, signal: AbortSignal): Promise<ParsedFeed> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', signal });
  } catch (error) {
    if (signal.aborted) throw new FeedError('abort', 'the request was aborted');
    throw new FeedError('network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new FeedError('http', `HTTP ${response.status} for ${url}`, response.status);
  const body = await response.text().catch((error: unknown) => {
    if (signal.aborted) throw new FeedError('abort', 'the request was aborted');
    throw new FeedError('network', error instanceof Error ? error.message : String(error));
  });
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new FeedError('json', error instanceof Error ? error.message : String(error));
  }
  const parsed = readDocument(json);
  for (const line of describeSkipped(parsed.issues)) console.warn(line, `(${url})`);
  return parsed;
}

function release(url: string, entry: Entry) {
  entry.users -= 1;
  if (entry.users === 0 && !entry.settled) {
    entry.controller.abort();
    if (entries.get(url) === entry) entries.delete(url);
  }
}

/**
 * Loads, parses and checks the feed at `url`. Rejects only with a `FeedError`.
 * Invalid items are skipped (one `console.warn` per item, once per load).
 */
export function loadFeed(url: string, { signal, timeout = DEFAULT_TIMEOUT_S }: LoadOptions = {}): Promise<ParsedFeed> {
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
      () => (created.settled = true),
      () => {
        created.settled = true;
        if (entries.get(key) === created) entries.delete(key);
      },
    );
  }
  if (entry.settled) return entry.promise;

  const shared = entry;
  shared.users += 1;
  return new Promise<ParsedFeed>((resolve, reject) => {
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
    const timer = setTimeout(
      () => giveUp(new FeedError('timeout', `no answer from ${key} within ${timeout} s`)),
      Math.max(0, timeout) * 1000,
    );
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

/** The same checks for a feed object handed over directly (the `data` property): no network. */
export function parseData(data: unknown): ParsedFeed {
  const parsed = readDocument(data);
  for (const line of describeSkipped(parsed.issues)) console.warn(line, '(data)');
  return parsed;
}
