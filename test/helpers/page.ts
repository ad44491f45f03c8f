/** Real test pages (test/pages/*.html, served by the test server) loaded in an iframe. */
import { fixture, html, waitUntil } from '@open-wc/testing';

/** What test/pages/probe.js records on a page: CSP violations, errors, warnings. */
export type Probe = { violations: string[]; errors: string[]; warnings: string[] };

/** Loads `path` in an iframe `width` px wide and waits until it has loaded. */
export async function openPage(path: string, width = 1000, timeout = 10000): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="Testseite" style="width:${width}px;height:900px;border:0" src=${path}></iframe>`,
  );
  const expected = new URL(path, location.href).pathname;
  await waitUntil(
    () => frame.contentWindow?.location.pathname === expected && frame.contentDocument?.readyState === 'complete',
    `${path} loads`,
    { timeout },
  );
  return frame;
}

export const probe = (frame: HTMLIFrameElement): Probe => (frame.contentWindow as unknown as { __kgc: Probe }).__kgc;
