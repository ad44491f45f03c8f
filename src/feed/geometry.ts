/**
 * Files loaded after the bundle (a Land's Kreise for the partner map), accepted only when their bytes
 * match a SHA-256 compiled into the bundle: the integrity that Subresource Integrity gives the bundle
 * extends to the geometry it fetches later. Like feeds: a plain GET, no credentials, no custom headers,
 * ordinary HTTP caching; a verified result is kept for the page's life. Rejects only with a `FeedError`.
 */
import { FeedError } from './errors.js';
import { timeoutMs, type LoadOptions } from './fetch.js';

const verified = new Map<string, unknown>();

function base64(buffer: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Fetches `url` and resolves with its JSON when the SHA-256 of the bytes (base64, no prefix) equals
 * `sha256`; otherwise rejects with `FeedError('invalid')` and uses nothing of the response.
 */
export async function loadVerified(
  url: string,
  sha256: string,
  { signal, timeout }: LoadOptions = {},
): Promise<unknown> {
  const key = `${new URL(url, document.baseURI).href}#${sha256}`;
  if (verified.has(key)) return verified.get(key);
  if (signal?.aborted) throw new FeedError('abort', 'the request was aborted');
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs(timeout));
  signal?.addEventListener('abort', onAbort, { once: true });
  const failed = (error: unknown) =>
    timedOut
      ? new FeedError('timeout', `no answer from ${url} within ${timeoutMs(timeout) / 1000} s`)
      : controller.signal.aborted
        ? new FeedError('abort', 'the request was aborted')
        : new FeedError('network', error instanceof Error ? error.message : String(error));
  try {
    let bytes: ArrayBuffer;
    try {
      const response = await fetch(url, { credentials: 'omit', signal: controller.signal });
      if (!response.ok) throw new FeedError('http', `HTTP ${response.status} for ${url}`, response.status);
      bytes = await response.arrayBuffer();
    } catch (error) {
      throw error instanceof FeedError ? error : failed(error);
    }
    if (!globalThis.crypto?.subtle)
      throw new FeedError('invalid', `cannot check ${url}: crypto.subtle needs a secure (https) page`);
    const digest = base64(await crypto.subtle.digest('SHA-256', bytes));
    if (digest !== sha256)
      throw new FeedError('invalid', `SHA-256 of ${url} is ${digest}, the bundle expects ${sha256}; file refused`);
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      throw new FeedError('json', error instanceof Error ? error.message : String(error));
    }
    verified.set(key, json);
    return json;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
