/**
 * Layout probes for the hostile-host tests: every element of a widget's shadow tree (nested widgets
 * included) with its computed type and its box, and the line boxes of every visible text. Results are
 * plain data and strings, so a failing assertion never prints a shadow-DOM element.
 */
import { nextFrame, waitUntil } from '@open-wc/testing';

/** Every element in `host`'s shadow tree and in the shadow trees of elements inside it, in tree order. */
export function shadowElements(host: Element): Element[] {
  const out: Element[] = [];
  const visit = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return out;
}

export interface Measured {
  name: string;
  fontSize: number;
  lineHeight: string;
  color: string;
  textAlign: string;
  display: string;
  /** Border, background and cursor of controls (buttons, inputs, selects). */
  look: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const CONTROLS = new Set(['button', 'input', 'select', 'textarea']);

const nameOf = (el: Element): string => {
  const cls = el.getAttribute('class')?.trim().replace(/\s+/g, '.');
  const part = el.getAttribute('part');
  return `${el.localName}${cls ? `.${cls}` : ''}${part ? `[part=${part}]` : ''}`;
};

/** Computed type and box (relative to the host) of every element of the widget. */
export function measure(host: Element): Measured[] {
  const origin = host.getBoundingClientRect();
  return shadowElements(host).map((el) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const boxless = r.width === 0 && r.height === 0; // not rendered: its position means nothing
    return {
      name: nameOf(el),
      fontSize: parseFloat(s.fontSize),
      lineHeight: s.lineHeight,
      color: s.color,
      textAlign: s.textAlign,
      display: s.display,
      look: CONTROLS.has(el.localName)
        ? `${s.borderTopStyle} ${s.borderTopWidth} ${s.backgroundColor} ${s.cursor}`
        : '',
      x: boxless ? 0 : r.left - origin.left,
      y: boxless ? 0 : r.top - origin.top,
      width: r.width,
      height: r.height,
    };
  });
}

/** Where two measurements of the same widget differ (boxes within `tolerance` px count as equal). */
export function differences(expected: Measured[], actual: Measured[], tolerance = 1): string[] {
  if (expected.length !== actual.length) return [`${expected.length} elements before, ${actual.length} after`];
  const diffs: string[] = [];
  expected.forEach((e, i) => {
    const a = actual[i];
    for (const key of Object.keys(e) as (keyof Measured)[]) {
      const [ev, av] = [e[key], a[key]];
      const same = typeof ev === 'number' ? Math.abs(ev - (av as number)) <= tolerance : ev === av;
      if (!same) diffs.push(`${e.name} ${key}: ${ev} → ${av}`);
    }
  });
  return diffs;
}

/** Resolves once the widgets' layout stays the same across two looks a frame and 100 ms apart. */
export async function stable(...hosts: Element[]): Promise<void> {
  let last = '';
  await waitUntil(
    async () => {
      await nextFrame();
      const now = JSON.stringify(hosts.map(measure));
      const same = now === last;
      last = now;
      return same;
    },
    'the layout settles',
    { timeout: 20000, interval: 100 },
  );
}

/** Is `el` drawn at all: no `display: none` above it, no clipping to nothing (visually hidden). */
export function visible(el: Element): boolean {
  if (!el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) return false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (getComputedStyle(node).clipPath !== 'none') return false;
  }
  return true;
}

export interface TextLine {
  /** Which text node (lines of one node never collide; a clamped node reports hidden lines on its last one). */
  node: number;
  text: string;
  element: string;
  fontSize: number;
  lineHeight: string;
  color: string;
  ariaHidden: boolean;
  /** The line box, cut to the boxes of the ancestors that clip it. */
  rect: DOMRect;
  /** The line is cut at the side by a clipping ancestor (text cut off, not a clamped last line). */
  cutSideways: boolean;
}

/** Boxes of the ancestors (within the widget, across nested shadow roots) that clip their content. */
function clippingBoxes(el: Element, host: Element): DOMRect[] {
  const boxes: DOMRect[] = [];
  let node: Element | null = el;
  while (node && node !== host) {
    const s = getComputedStyle(node);
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') boxes.push(node.getBoundingClientRect());
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return boxes;
}

/** The line boxes of every visible, non-blank text in the widget (clamped lines, clipped away, left out). */
export function textLines(host: Element): TextLine[] {
  const lines: TextLine[] = [];
  let index = 0;
  for (const el of shadowElements(host)) {
    const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (!own.length || !visible(el)) continue;
    const s = getComputedStyle(el);
    const clips = clippingBoxes(el, host);
    for (const node of own) {
      index += 1;
      const range = node.ownerDocument!.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        let [left, top, right, bottom] = [line.left, line.top, line.right, line.bottom];
        let cutSideways = false;
        for (const clip of clips) {
          if (left < clip.left - 1 || right > clip.right + 1) cutSideways = true;
          [left, top, right, bottom] = [
            Math.max(left, clip.left),
            Math.max(top, clip.top),
            Math.min(right, clip.right),
            Math.min(bottom, clip.bottom),
          ];
        }
        const rect = new DOMRect(left, top, right - left, bottom - top);
        if (rect.width < 1 || rect.height < 1) continue;
        lines.push({
          node: index,
          text: node.textContent!.trim().slice(0, 40),
          element: nameOf(el),
          fontSize: parseFloat(s.fontSize),
          lineHeight: s.lineHeight,
          color: s.color,
          ariaHidden: !!el.closest('[aria-hidden="true"]'),
          rect,
          cutSideways,
        });
      }
    }
  }
  return lines;
}

/** Pairs of text lines that overlap by more than a quarter of the smaller one's height. */
export function overlaps(lines: TextLine[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      if (lines[i].node === lines[j].node) continue;
      const a = lines[i].rect;
      const b = lines[j].rect;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 2 && h > Math.min(a.height, b.height) / 4) {
        found.push(`"${lines[i].text}" (${lines[i].element}) overlaps "${lines[j].text}" (${lines[j].element})`);
      }
    }
  }
  return found;
}

/** A widget's root state has settled: not busy, no error. */
export const settled = (el: Element): boolean => {
  const base = el.shadowRoot?.querySelector('[part="base"]');
  return base?.getAttribute('aria-busy') === 'false' && !base.querySelector('[part="error"]');
};
