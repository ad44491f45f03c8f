// One CDN bundle: an entry of src/cdn/ built on its own, everything inlined, template literals and code minified.
// Used by scripts/build.mjs (every entry into dist/cdn), scripts/profile-page.mjs (a build to compare) and
// scripts/bench.mjs (the all-in-one bundle without its geometry).
import { build } from 'vite';
import { basename, join } from 'node:path';
import { keepAssetUrls } from './keep-asset-urls.mjs';
import { minifyLiterals } from './minify-literals.mjs';

const root = new URL('..', import.meta.url).pathname;

/**
 * Starts every chunk with `//# allFunctionsCalledOnLoad`: V8 (Chromium 136 on) then compiles all its functions
 * while the file streams in, on a background thread, instead of each on the main thread at its first call (a
 * widget's first render calls most of them: on the national map, some 550 lazy compiles of 80–135 ms on the
 * desktop). Other engines read it as a comment. Also used for the bench's own pages, which measure what sites get.
 * @type {import('vite').Plugin}
 */
export const compileHints = {
  name: 'kgc-compile-hints',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    }
  },
};

/**
 * Builds `src/cdn/<file>` into `<outDir>/<name>.js`.
 * @param {string} file e.g. `kgc-widgets.ts`
 * @param {string} outDir
 * @param {{ minify?: boolean, plugins?: import('vite').Plugin[] }} [options] `minify: false` keeps names
 *   readable (for profiles); `plugins` run before the build's own (the bench's stand-in for the geometry)
 */
export async function buildCdnBundle(file, outDir, { minify = true, plugins = [] } = {}) {
  const name = basename(file, '.ts');
  await build({
    logLevel: 'warn',
    configFile: false,
    root,
    plugins: [...plugins, keepAssetUrls, minifyLiterals(), compileHints],
    build: {
      outDir,
      emptyOutDir: false,
      lib: { entry: join('src/cdn', file), formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { output: { minify, codeSplitting: false } },
    },
  });
}
