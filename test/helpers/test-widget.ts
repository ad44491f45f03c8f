/** A minimal widget on the shared base, to test what every widget inherits. */
import { html } from 'lit';
import { KgcElement } from '../../src/shared/base.js';
import { baseStyles } from '../../src/shared/styles.js';
import { define } from '../../src/shared/define.js';
import { heading } from '../../src/shared/heading.js';
import type { Feed } from '../../src/feed/schema.js';
import type { FeedQuery } from '../../src/feed/query.js';

export class TestWidget extends KgcElement {
  static override styles = baseStyles;

  protected override feedQuery(): FeedQuery {
    return { collections: ['news'] };
  }

  protected override countItems(feed: Feed): number {
    return feed.news.length;
  }

  protected override renderFeed(feed: Feed) {
    if (!feed.news.length) return this.renderEmpty();
    return html`${heading(this.headingLevel, 'Aktuelles')}
      <ul>
        ${feed.news.map((n) => html`<li>${n.title}</li>`)}
      </ul>`;
  }
}

define('kgc-test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'kgc-test-widget': TestWidget;
  }
}
