// Which test files run where, for web-test-runner.config.mjs and scripts/test.mjs: the browser tests, those of
// them that run with the visitor's clock in New York (named *.tz-ny.test.ts, a group of their own), and the
// Node tests (test/node; test/wordpress runs on its own).
import { readdirSync } from 'node:fs';

const testFiles = () =>
  readdirSync('test', { recursive: true })
    .map((f) => `test/${String(f)}`)
    .filter((f) => f.endsWith('.test.ts'))
    .sort();
const inNode = (f) => f.startsWith('test/node/') || f.startsWith('test/wordpress/');

/** The browser test files that run with the visitor's clock in Berlin (all but the New York ones). */
export const browserTestFiles = () => testFiles().filter((f) => !inNode(f) && !f.endsWith('.tz-ny.test.ts'));

/** The browser test files that run with the visitor's clock in New York. */
export const newYorkTestFiles = () => testFiles().filter((f) => f.endsWith('.tz-ny.test.ts'));

/** The Node tests (Node 20's runner does not pick up .ts files from a folder by itself: they are named). */
export const nodeTestFiles = () => testFiles().filter((f) => f.startsWith('test/node/'));
