/** The DOM events every widget fires: bubbling, composed, prefixed `kgc-`. */
import type { FeedErrorKind } from '../feed/errors.js';

export interface KgcLoadDetail {
  /** How many items the widget has to show (before its own filters). */
  count: number;
}
export interface KgcErrorDetail {
  kind: FeedErrorKind;
  message: string;
}
export interface KgcSelectDetail<T = unknown> {
  /** The feed item a visitor opened. */
  item: T;
}

export function fire<T>(target: EventTarget, type: 'kgc-load' | 'kgc-error' | 'kgc-select', detail: T): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: type === 'kgc-select' }),
  );
}

declare global {
  interface HTMLElementEventMap {
    'kgc-load': CustomEvent<KgcLoadDetail>;
    'kgc-error': CustomEvent<KgcErrorDetail>;
    'kgc-select': CustomEvent<KgcSelectDetail>;
  }
}
