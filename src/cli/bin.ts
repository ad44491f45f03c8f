/**
 * The `kgc-feed` command (the package's bin, built to dist/cli/bin.js with a `#!/usr/bin/env node` line).
 * It always runs: npm starts it through the symlink `node_modules/.bin/kgc-feed`.
 */
import { main } from './kgc-feed.js';

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 2;
  },
);
