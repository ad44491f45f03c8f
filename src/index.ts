/**
 * kgc-widgets: every element, registered (the npm package's main entry). Importing a single widget's
 * module (`kgc-widgets/widgets/<name>.js`) registers only that one.
 */
export { KgcFeed } from './widgets/feed/kgc-feed.js';
export { KgcElement } from './shared/base.js';
export { loadFeed } from './feed/loader.js';
export { FeedError, type FeedErrorKind } from './feed/errors.js';
export type { KgcLoadDetail, KgcErrorDetail, KgcSelectDetail } from './shared/events.js';
export type * from './feed/schema.js';
