/**
 * axe-core with the WCAG 2.1 A/AA rules, run on a widget (its shadow DOM included). A failure lists rule ids
 * and target selectors as plain strings: chai must never print a shadow-DOM element (that can hang Chromium).
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from '@open-wc/testing';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

export const WCAG21AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const BEST_PRACTICE = ['best-practice'];

/** One line per failing node: `rule-id (impact) at target: first reason`. */
export function describeViolations(results: AxeResults): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const reason = [...node.any, ...node.all, ...node.none].map((check) => check.message).find(Boolean) ?? '';
      return `${violation.id} (${violation.impact ?? 'n/a'}) at ${JSON.stringify(node.target)}: ${reason}`;
    }),
  );
}

export async function runAxe(el: Element, tags: string[]): Promise<AxeResults> {
  const options: RunOptions = { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] };
  return window.axe.run(el, options);
}

/** Fails with the list of violations of `tags` in `el` (light and shadow DOM). */
export async function expectNoViolations(el: Element, label: string, tags = WCAG21AA): Promise<void> {
  const found = describeViolations(await runAxe(el, tags));
  expect(found, `axe (${tags.join(', ')}) in ${label}`).to.deep.equal([]);
}
