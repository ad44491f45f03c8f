// The demo's start page: every widget from the sources (npm start serves them through Vite).
import '../src/index.ts';
import '../src/embed/setup.ts';
