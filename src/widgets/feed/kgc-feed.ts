import { LitElement, html, css } from 'lit';
import { ContextProvider } from '@lit/context';
import { feedSourceContext } from '../../shared/context.js';
import { define } from '../../shared/define.js';

/**
 * Shares one feed with every kgc widget inside it, so the feed URL is written once.
 * Widgets inside use their own `src` or `data` when they have one. A widget moved out of it lets go of
 * its feed; moved into another `<kgc-feed>`, it shows that one.
 *
 * @summary Gives its descendant widgets one feed.
 * @slot - Widgets (and any other content).
 * @tagname kgc-feed
 */
export class KgcFeed extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    src: { type: String },
    data: { attribute: false },
    timeout: { type: Number },
  };

  /** URL of the feed shared with the widgets inside. */
  declare src: string | undefined;
  /** A feed object shared with the widgets inside (no request). */
  declare data: unknown;
  /** Seconds to wait for the feed (default 15). */
  declare timeout: number | undefined;

  private provider = new ContextProvider(this, { context: feedSourceContext, initialValue: undefined });

  constructor() {
    super();
    this.src = undefined;
    this.data = undefined;
    this.timeout = undefined;
  }

  protected override willUpdate(): void {
    this.provider.setValue({ src: this.src, data: this.data, timeout: this.timeout });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

define('kgc-feed', KgcFeed);

declare global {
  interface HTMLElementTagNameMap {
    'kgc-feed': KgcFeed;
  }
}
