/**
 * kgc-widgets: every element, registered (the npm package's main entry). Importing a single widget's
 * module (`kgc-widgets/<widget>`, e.g. `kgc-widgets/event-calendar`) registers only that one.
 * `<kgc-feed>` comes first, so that widgets inside it find their feed when the page is upgraded.
 */
export { KgcFeed } from './widgets/feed/kgc-feed.js';
export { KgcProjectList } from './widgets/project-list/project-list.js';
export { KgcProjectCard } from './widgets/project-card/project-card.js';
export { KgcEventCalendar } from './widgets/event-calendar/event-calendar.js';
export { KgcPartnerMap } from './widgets/partner-map/partner-map.js';
export { KgcNewsList } from './widgets/news-list/news-list.js';
export { KgcOfficeCard } from './widgets/office-card/office-card.js';
export { KgcElement } from './shared/base.js';
export { loadFeed, allowOrigins } from './feed/loader.js';
export { upgradePlaceholders, watchPlaceholders } from './shared/placeholders.js';
export { FeedError, type FeedErrorKind } from './feed/errors.js';
export type { KgcLoadDetail, KgcErrorDetail, KgcSelectDetail } from './shared/events.js';
export type * from './feed/schema.js';
