// The partner map names each Land's Kreise file as `new URL('./geo/kreise/DE-XX.json', import.meta.url)`:
// our library and CDN builds keep that as written (the files are copied beside the output), so that the
// consumer's bundler, not ours, turns them into assets. Vite's own handling would inline every Land's file
// into the bundle (the build and the bench's size figures use this plugin alike).
export const keepAssetUrls = {
  name: 'kgc:keep-asset-urls',
  configResolved(config) {
    const at = config.plugins.findIndex((p) => p.name === 'vite:asset-import-meta-url');
    if (at >= 0) config.plugins.splice(at, 1);
  },
};
