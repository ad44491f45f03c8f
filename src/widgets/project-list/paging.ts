/** Paging: "12 von 40 Projekten angezeigt" with "Weitere Projekte anzeigen", which focuses the first new project. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import type { messages } from './messages.js';

export interface PagingView {
  lang: Lang;
  t: (typeof messages)['de'];
  shown: number;
  total: number;
  onMore: () => void;
}

export function pagingView(v: PagingView): TemplateResult | typeof nothing {
  if (v.total <= v.shown) return nothing;
  return html`<div class="more">
    <p>${v.t.shown(formatNumber(v.shown, v.lang), formatNumber(v.total, v.lang))}</p>
    <button class="button secondary" part="more-button" type="button" @click=${v.onMore}>${v.t.more}</button>
  </div>`;
}

/** Moves focus to the project at `index` (the first of a page just shown), once its card has rendered. */
export async function focusProject(root: ParentNode, index: number): Promise<void> {
  const card = root.querySelectorAll('kgc-project-card')[index];
  if (!card) return;
  await card.updateComplete;
  card.focus();
}
