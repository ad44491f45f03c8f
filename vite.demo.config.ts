// npm start: the demo site on the bundled sample feed (demo/data/feed.json), served from the sources.
import { defineConfig } from 'vite';
import { readdirSync } from 'node:fs';
import { compileHints } from './scripts/cdn-bundle.mjs';

const pages = Object.fromEntries(
  readdirSync('demo')
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.replace(/\.html$/, ''), `demo/${f}`]),
);

export default defineConfig({
  server: { host: '127.0.0.1', port: 5173, open: process.env.CI ? false : '/demo/index.html' },
  preview: { host: '127.0.0.1', port: 4173 },
  // The built demo (the audit's host pages) gets the compile hint of the CDN bundles that sites load.
  plugins: [{ ...compileHints, apply: 'build' }],
  build: { outDir: 'dist/demo', rolldownOptions: { input: pages } },
});
