/**
 * Sorts and builds the search index while the page is idle (in slices), so the first keystroke finds them
 * ready. Cancelled when the list leaves the page, started again when it is back.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { ProjectSearch, SortKey } from './search.js';

const idle: (fn: (deadline?: IdleDeadline) => void) => number =
  typeof requestIdleCallback === 'function'
    ? (fn) => requestIdleCallback(fn, { timeout: 500 })
    : (fn) => window.setTimeout(fn, 30);
const cancelIdle = (id: number) =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(id) : window.clearTimeout(id);

export class IdleIndex implements ReactiveController {
  private job?: number;

  constructor(
    private readonly host: ReactiveElement,
    /** The list's current search and sort order. */
    private readonly current: () => { search: ProjectSearch | undefined; order: SortKey },
  ) {
    host.addController(this);
  }

  /** (Re)starts the work for the current search. */
  start(): void {
    this.stop();
    const { search } = this.current();
    // Not on the page (removed before this update ran): hostConnected starts it when it is back.
    if (!search || !this.host.isConnected) return;
    const step = (deadline?: IdleDeadline) => {
      this.job = undefined;
      const { search: now, order } = this.current();
      if (now !== search) return;
      if (!search.hasOrder(order)) search.order(order);
      else if (search.prepare(Math.max(4, deadline?.timeRemaining() ?? 8))) return;
      this.job = idle(step);
    };
    this.job = idle(step);
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    if (this.job !== undefined) cancelIdle(this.job);
    this.job = undefined;
  }
}
