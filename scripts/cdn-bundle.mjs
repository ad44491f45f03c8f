// One CDN bundle: an entry of src/cdn/ built on its own, everything inlined, template literals and code minified.
// Used by scripts/build.mjs (every entry into dist/cdn) and scripts/profile-page.mjs (a build to compare).
import { build } from 'vite';
import { basename, join } from 'node:path';
import { keepAssetUrls } from './keep-asset-urls.mjs';
import { minifyLiterals } from './minify-literals.mjs';

const root = new URL('..', import.meta.url).pathname;

/**
 * Builds `src/cdn/<file>` into `<outDir>/<name>.js`.
 * @param {string} file e.g. `kgc-widgets.ts`
 * @param {string} outDir
 * @param {{ minify?: boolean }} [options] `minify: false` keeps names readable (for profiles)
 */
export async function buildCdnBundle(file, outDir, { minify = true } = {}) {
  const name = basename(file, '.ts');
  await build({
    logLevel: 'warn',
    configFile: false,
    root,
    plugins: [keepAssetUrls, minifyLiterals()],
    build: {
      outDir,
      emptyOutDir: false,
      lib: { entry: join('src/cdn', file), formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { output: { minify, codeSplitting: false } },
    },
  });
}
