/**
 * kgc-widgets: every element, registered (the npm package's main entry). Importing a single widget's
 * module (`kgc-widgets/widgets/<name>.js`) registers only that one.
 */
export { KgcFeed } from './widgets/feed/kgc-feed.js';
export { KgcElement } from './shared/base.js';
export { loadFeed, allowOrigins } from './feed/loader.js';
export { upgradePlaceholders, watchPlaceholders } from './shared/placeholders.js';
export { FeedError, type FeedErrorKind } from './feed/errors.js';
export type { KgcLoadDetail, KgcErrorDetail, KgcSelectDetail } from './shared/events.js';
export type * from './feed/schema.js';
