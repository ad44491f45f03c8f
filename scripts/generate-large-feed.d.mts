/** Types of generate-large-feed.mjs, for the TypeScript tests that check its feed. */
export declare function generateLargeFeed(
  seed?: number,
  options?: { profile?: 'stress' | 'praxisdatenbank' },
): Record<string, unknown>;
