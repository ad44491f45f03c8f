/** Types of chromium.mjs, for the TypeScript tests that start the system Chromium. */
export declare const chromiumPath: () => string | undefined;
export declare const CHROMIUM_FLAGS: string[];
