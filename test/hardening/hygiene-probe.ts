/**
 * Instruments the page to count what a widget can leave behind once it is removed: requests (each with
 * its AbortSignal and how it ended), listeners on the page's global targets, observations by
 * Resize/Intersection/MutationObservers, and pending timeouts, intervals, animation frames, idle
 * callbacks and Blob URLs, and writes to the page's address. Timers, frames, Blob URLs and address
 * writes count only when the library's code (a `/src/` module) made them, so the test framework's own
 * timers never mix in.
 *
 * `install()` patches the globals once; every count is a number or a list that a test compares with a
 * baseline taken before the widgets were added.
 */
export interface TrackedFetch {
  url: string;
  signal: AbortSignal | undefined;
  state: 'pending' | 'resolved' | 'rejected';
}

Error.stackTraceLimit = Math.max(Error.stackTraceLimit ?? 0, 50);
/**
 * Where the library's code (a module under /src/ of this origin) called from, as `path:line`; undefined
 * when the caller is not the library (the test or its tools).
 */
function libraryCaller(): string | undefined {
  const line = (new Error().stack ?? '').split('\n').find((l) => l.includes(`${location.origin}/src/`));
  return line
    ?.slice(line.indexOf('/src/'))
    .replace(/\?[^:]*/, '')
    .replace(/:\d+\)?$/, '');
}
const fromLibrary = () => libraryCaller() !== undefined;

const fetches: TrackedFetch[] = [];
/** Listeners per global target, keyed by type and capture flag. */
const listeners = new Map<EventTarget, Map<string, Set<EventListenerOrEventListenerObject>>>();
const observations = new Map<object, Set<Node | Element>>();
/** Pending callbacks by id, each with where the library asked for it. */
const timeouts = new Map<number, string>();
const intervals = new Map<number, string>();
const frames = new Map<number, string>();
const idles = new Map<number, string>();
const blobUrls = new Set<string>();
let addressWrites = 0;

const isGlobalTarget = (target: EventTarget) =>
  target === window ||
  target === document ||
  target === document.documentElement ||
  target === document.body ||
  target instanceof MediaQueryList;

const captureOf = (options?: boolean | EventListenerOptions) =>
  typeof options === 'boolean' ? options : !!options?.capture;

function forget(target: EventTarget, key: string, listener: EventListenerOrEventListenerObject) {
  listeners.get(target)?.get(key)?.delete(listener);
}

function forgetOrAdd(target: EventTarget, key: string, listener: EventListenerOrEventListenerObject, add: boolean) {
  if (!add) return forget(target, key, listener);
  let byKey = listeners.get(target);
  if (!byKey) listeners.set(target, (byKey = new Map()));
  let set = byKey.get(key);
  if (!set) byKey.set(key, (set = new Set()));
  set.add(listener);
}

let installed = false;

export function install(): void {
  if (installed) return;
  installed = true;

  const originalFetch = window.fetch;
  window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
    const url = input instanceof Request ? input.url : String(input);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    const record: TrackedFetch = {
      url: new URL(url, document.baseURI).href,
      signal: signal ?? undefined,
      state: 'pending',
    };
    const promise = originalFetch.call(this, input, init);
    if (fromLibrary()) fetches.push(record);
    promise.then(
      () => (record.state = 'resolved'),
      () => (record.state = 'rejected'),
    );
    return promise;
  };

  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    add.call(this, type, listener, options);
    if (!listener || !isGlobalTarget(this)) return;
    const signal = typeof options === 'object' ? options.signal : undefined;
    if (signal?.aborted) return;
    const key = `${type}|${captureOf(options)}`;
    forgetOrAdd(this, key, listener, true);
    // `once` and `signal` remove the listener without a removeEventListener call.
    if (typeof options === 'object' && options.once) add.call(this, type, () => forget(this, key, listener), options);
    signal?.addEventListener('abort', () => forget(this, key, listener), { once: true });
  };
  EventTarget.prototype.removeEventListener = function (
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    remove.call(this, type, listener, options);
    if (listener) forget(this, `${type}|${captureOf(options)}`, listener);
  };
  const mql = MediaQueryList.prototype;
  const addListener = mql.addListener;
  const removeListener = mql.removeListener;
  // The old addListener API: counted as a "change" listener of its own kind.
  mql.addListener = function (listener) {
    addListener.call(this, listener);
    if (listener) forgetOrAdd(this, 'change|addListener', listener as EventListener, true);
  };
  mql.removeListener = function (listener) {
    removeListener.call(this, listener);
    if (listener) forgetOrAdd(this, 'change|addListener', listener as EventListener, false);
  };

  for (const Observer of [ResizeObserver, IntersectionObserver, MutationObserver]) {
    const proto = Observer.prototype as {
      observe(target: Node, options?: unknown): void;
      unobserve?(target: Element): void;
      disconnect(): void;
    };
    const { observe, unobserve, disconnect } = proto;
    proto.observe = function (target: Node, options?: unknown) {
      observe.call(this, target, options);
      let set = observations.get(this);
      if (!set) observations.set(this, (set = new Set()));
      set.add(target);
    };
    if (unobserve) {
      proto.unobserve = function (target: Element) {
        unobserve.call(this, target);
        observations.get(this)?.delete(target);
      };
    }
    proto.disconnect = function () {
      disconnect.call(this);
      observations.delete(this);
    };
  }

  const { setTimeout, clearTimeout, setInterval, clearInterval } = window;
  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const caller = libraryCaller();
    if (typeof handler !== 'function' || !caller) return setTimeout(handler, timeout, ...args);
    const id = setTimeout(
      (...a: unknown[]) => {
        timeouts.delete(id);
        handler(...a);
      },
      timeout,
      ...args,
    );
    timeouts.set(id, caller);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    clearTimeout(id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = setInterval(handler, timeout, ...args);
    const caller = libraryCaller();
    if (caller) intervals.set(id, caller);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    clearInterval(id);
  }) as typeof window.clearInterval;

  const { requestAnimationFrame, cancelAnimationFrame } = window;
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const caller = libraryCaller();
    if (!caller) return requestAnimationFrame(callback);
    const id = requestAnimationFrame((time) => {
      frames.delete(id);
      callback(time);
    });
    frames.set(id, caller);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    cancelAnimationFrame(id);
  };

  if (typeof window.requestIdleCallback === 'function') {
    const { requestIdleCallback, cancelIdleCallback } = window;
    window.requestIdleCallback = (callback: IdleRequestCallback, options?: IdleRequestOptions) => {
      const caller = libraryCaller();
      if (!caller) return requestIdleCallback(callback, options);
      const id = requestIdleCallback((deadline) => {
        idles.delete(id);
        callback(deadline);
      }, options);
      idles.set(id, caller);
      return id;
    };
    window.cancelIdleCallback = (id: number) => {
      idles.delete(id);
      cancelIdleCallback(id);
    };
  }

  const { pushState, replaceState } = History.prototype;
  History.prototype.pushState = function (...args: Parameters<History['pushState']>) {
    if (fromLibrary()) addressWrites += 1;
    pushState.apply(this, args);
  };
  History.prototype.replaceState = function (...args: Parameters<History['replaceState']>) {
    if (fromLibrary()) addressWrites += 1;
    replaceState.apply(this, args);
  };

  const { createObjectURL, revokeObjectURL } = URL;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (fromLibrary()) blobUrls.add(url);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    blobUrls.delete(url);
    revokeObjectURL(url);
  };
}

/** Everything that is still held, as counts (listeners also by target and type, to read a failure). */
export function snapshot() {
  const held: string[] = [];
  for (const [target, byKey] of listeners) {
    const name =
      target === window
        ? 'window'
        : target === document
          ? 'document'
          : target instanceof MediaQueryList
            ? `matchMedia(${target.media})`
            : (target as Element).localName;
    for (const [key, set] of byKey) for (let i = 0; i < set.size; i++) held.push(`${name} ${key}`);
  }
  return {
    listeners: held.sort(),
    observations: [...observations.values()].reduce((n, set) => n + set.size, 0),
    timeouts: [...timeouts.values()].sort(),
    intervals: [...intervals.values()].sort(),
    frames: [...frames.values()].sort(),
    idleCallbacks: [...idles.values()].sort(),
    blobUrls: blobUrls.size,
  };
}

/** The library's requests whose URL contains `part` (all of them without). */
export function requests(part = ''): TrackedFetch[] {
  return fetches.filter((f) => f.url.includes(part));
}

/** How often the library has written the page's address (history.pushState/replaceState). */
export function addressWriteCount(): number {
  return addressWrites;
}

/** How many requests the library has made so far (a mark for `pendingRequests`). */
export function requestCount(): number {
  return fetches.length;
}

/** Requests made since `mark` and neither answered nor failed, e.g. still waiting for a widget that is gone. */
export function pendingRequests(mark = 0): string[] {
  return fetches
    .slice(mark)
    .filter((f) => f.state === 'pending')
    .map((f) => f.url);
}
