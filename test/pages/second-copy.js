// A second copy of the library (another URL: another module instance), as when two plugins ship their own.
await import('/__kgc/dist/cdn/kgc-widgets.js?copy=2');
