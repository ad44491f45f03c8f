/**
 * Whether the calendar is narrow (under 40em), so the list becomes the default view. The observer watches a
 * zero-height ruler inside the widget, so it reports width changes only (switching views changes the height,
 * not the ruler). Until the ruler is there (while the feed loads) it watches the element itself, whose
 * content box is as wide: so the first render of a loaded feed is already the right view, not a month grid
 * replaced by the list a frame later on phones. A hidden container (width 0, e.g. an inactive tab) decides
 * nothing; the observer fires again when it gets its size.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

/** Width in em under which the container counts as narrow. */
const NARROW = 40;

export class NarrowController implements ReactiveController {
  narrow = false;
  private observer?: ResizeObserver;
  private ruler?: Element;
  private timer = 0;

  constructor(
    private readonly host: ReactiveElement,
    /** The ruler's selector in the host's shadow root. */
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      const width = entry.contentRect.width;
      if (!width) return;
      const em = parseFloat(getComputedStyle(this.host).fontSize) || 16;
      const narrow = width < NARROW * em;
      if (narrow === this.narrow) return;
      this.narrow = narrow;
      // In a task after this frame: the update resizes the element, which inside this callback would
      // re-trigger it in the same frame (WebKit reports "ResizeObserver loop completed with undelivered
      // notifications"); not in the next frame's own task either, whose layout would then run in one task
      // with it (65–92 ms on a phone at 4× CPU).
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.host.requestUpdate());
    });
    this.ruler = undefined;
    this.observer.observe(this.host);
  }

  hostUpdated(): void {
    const ruler = this.host.renderRoot.querySelector(this.selector) ?? undefined;
    if (ruler === this.ruler) return;
    this.observer?.disconnect();
    this.observer?.observe(ruler ?? this.host);
    this.ruler = ruler;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.timer);
    this.ruler = undefined;
  }
}
