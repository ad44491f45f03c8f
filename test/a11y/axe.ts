/**
 * axe-core with the WCAG 2.1 A/AA rules, run on a widget (its shadow DOM included). A failure lists rule ids
 * and target selectors as plain strings: chai must never print a shadow-DOM element (that can hang Chromium).
 */
import 'axe-core/axe.min.js';
import type { AxeResults, NodeResult, RunOptions } from 'axe-core';
import { expect } from '@open-wc/testing';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

export const WCAG21AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const BEST_PRACTICE = ['best-practice'];

const checksOf = (node: NodeResult) => [...node.any, ...node.all, ...node.none];
const line = (id: string, impact: string, node: NodeResult) =>
  `${id} (${impact}) at ${JSON.stringify(node.target)}: ${
    checksOf(node)
      .map((check) => check.message)
      .find(Boolean) ?? ''
  }`;

/**
 * One line per failing node: `rule-id (impact) at target: first reason`. Text that sticks out of a box
 * inside a widget's shadow DOM (axe cannot measure its contrast: "partially obscured") counts as failing
 * too: it runs into its neighbours. (Boxes outside the widget do not count: a glyph's ascent may reach a
 * fraction of a pixel above a line box at the top of the widget.)
 */
export function describeViolations(results: AxeResults): string[] {
  const violations = results.violations.flatMap((violation) =>
    violation.nodes.map((node) => line(violation.id, violation.impact ?? 'n/a', node)),
  );
  const cutOff = results.incomplete
    .filter((result) => result.id === 'color-contrast')
    .flatMap((result) =>
      result.nodes
        .filter((node) =>
          checksOf(node).some(
            (check) =>
              check.data?.messageKey === 'elmPartiallyObscured' &&
              check.relatedNodes?.some((box) => typeof box.target[0] !== 'string'),
          ),
        )
        .map((node) => line('color-contrast', 'text sticks out of its box', node)),
    );
  return [...violations, ...cutOff];
}

export async function runAxe(el: Element, tags: string[]): Promise<AxeResults> {
  const options: RunOptions = { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] };
  return window.axe.run(el, options);
}

/** Fails with the list of violations of `tags` in `el` (light and shadow DOM). */
export async function expectNoViolations(el: Element, label: string, tags = WCAG21AA): Promise<void> {
  const found = describeViolations(await runAxe(el, tags));
  expect(found.length).to.equal(0, `axe (${tags.join(', ')}) in ${label}:\n${found.join('\n')}\n`);
}
