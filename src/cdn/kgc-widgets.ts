// dist/cdn/kgc-widgets.js: every widget in one self-contained module.
import '../index.js';
import '../embed/setup.js';
