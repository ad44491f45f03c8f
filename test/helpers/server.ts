import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';

/** Addresses of the test server's feed endpoint (see test-server.mjs) and its request counter. */
let counter = 0;

/** A key no other test uses, so request counts never mix. */
export function uniqueKey(label = 'k'): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** What the test server can do to a feed response (see test-server.mjs). */
export interface FeedFaults {
  status?: number;
  delay?: number;
  body?: 'notjson' | 'empty' | 'truncated' | 'cut';
  type?: string;
  /** A Retry-After header: its value, or `date:S` for the HTTP date S seconds from now. */
  retryAfter?: string;
  /** Never answers. */
  hang?: boolean;
  /** Headers at once, the body dribbled over this many milliseconds. */
  trickle?: number;
  redirect?: 301 | 302 | 307;
  /** On the second origin: answer without Access-Control-Allow-Origin. */
  cors?: 'refuse';
  /** Cache-Control: max-age in seconds instead of no-store (also on errors). */
  maxAge?: number;
  /** On the second origin: Access-Control-Expose-Headers: Retry-After. */
  expose?: boolean;
  /** Split feeds: this file of test/fixtures/split instead of the one asked for (e.g. an older index). */
  split?: string;
}

function faultParams(faults: FeedFaults): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(faults)) {
    if (value !== undefined && value !== false && value !== 0) params[name] = value === true ? '1' : String(value);
  }
  return params;
}

/** The feed endpoint for `fixture`, on this page's origin or on `origin` (e.g. the second origin). */
export function feedUrl(fixture: string, options: FeedFaults & { key?: string; origin?: string } = {}): string {
  const { key, origin, ...faults } = options;
  const params = new URLSearchParams({ fixture, key: key ?? uniqueKey(fixture), ...faultParams(faults) });
  return `${origin ?? ''}/__kgc/feed?${params}`;
}

/**
 * A split feed's index (test/fixtures/split/DIR/FILE) under a namespace of its own: the browser and the
 * loader see new URLs, and `hits(\`${ns}/DIR/FILE\`)` counts the requests for each file.
 */
export function splitUrl(file: string, options: { ns?: string; origin?: string } = {}): { url: string; ns: string } {
  const ns = options.ns ?? uniqueKey('split');
  return { url: `${options.origin ?? ''}/__kgc/split/${ns}/${file}`, ns };
}

/** From now on, feed requests under `key` get these faults (only the next `until` ones, when given). */
export async function fault(key: string, faults: FeedFaults, until?: number): Promise<void> {
  const params = new URLSearchParams({ key, ...faultParams(faults) });
  if (until) params.set('until', String(until));
  await fetch(`/__kgc/fault?${params}`);
}

/** Feed requests under `key` are served as asked again. */
export async function fix(key: string): Promise<void> {
  await fetch(`/__kgc/fix?key=${encodeURIComponent(key)}`);
}

/** A second origin (`http://127.0.0.1:PORT`) that serves the same feeds, with CORS unless refused. */
export async function secondOrigin(): Promise<string> {
  const response = await fetch('/__kgc/origins');
  return ((await response.json()) as { second: string }).second;
}

export async function hits(key: string): Promise<number> {
  const response = await fetch(`/__kgc/hits?key=${encodeURIComponent(key)}`);
  return ((await response.json()) as { count: number }).count;
}

/** How many requests under `key` the server is still working on (the client has not gone away). */
export async function openRequests(key: string): Promise<number> {
  const response = await fetch(`/__kgc/hits?key=${encodeURIComponent(key)}`);
  return ((await response.json()) as { open: number }).open;
}

export async function lastRequestHeaders(key: string): Promise<Record<string, string>> {
  const response = await fetch(`/__kgc/headers?key=${encodeURIComponent(key)}`);
  return (await response.json()) as Record<string, string>;
}

/** Collects console.warn calls while `fn` runs (the spy restores the original afterwards). */
export async function captureWarnings<T>(fn: () => Promise<T> | T): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: await fn(), warnings };
  } finally {
    console.warn = original;
  }
}

/** The FeedError that `promise` rejects with (fails the test when it resolves or rejects otherwise). */
export async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected the load to fail');
}
