/** Why a feed could not be loaded. Each kind has a German and an English text in `src/i18n/`. */
export type FeedErrorKind =
  | 'network' // fetch itself failed: offline, DNS, CORS refused
  | 'http' // the server answered with a non-2xx status
  | 'json' // the body is not JSON
  | 'invalid' // JSON, but not a feed (not an object, fields of the wrong type)
  | 'version' // a feed of a version this library does not read
  | 'timeout' // no answer within the timeout
  | 'origin' // the feed's origin is not allowed by the page's allowlist
  | 'not-found' // the feed loaded, but the item a widget asked for is not in it
  | 'abort'; // the widget went away (not shown: nobody is left to see it)

export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    /** Technical detail in English, for the console and the event (status code, parser message). */
    readonly detail: string,
    readonly status?: number,
    /** Seconds the server asked to wait before trying again (its `Retry-After`), when it said so. */
    readonly retryAfter?: number,
  ) {
    super(`${kind}: ${detail}`);
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof FeedError && error.kind === 'abort';
}
