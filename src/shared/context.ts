/** What `<kgc-feed>` shares with its descendants: where the feed comes from, not the loaded feed itself
 * (the loader's per-URL cache already makes every descendant share one request and one parse). */
import { createContext } from '@lit/context';

export interface FeedSource {
  src?: string;
  data?: unknown;
  timeout?: number;
}

export const feedSourceContext = createContext<FeedSource | undefined>(Symbol('kgc-feed-source'));
