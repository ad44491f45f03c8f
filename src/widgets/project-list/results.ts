/** The results column: the count, the sort order and the projects as `<kgc-project-card>` teasers. */
import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/lang.js';
import type { messages } from './messages.js';
import { SORTS, type SortKey } from './search.js';
import type { Project } from '../../feed/schema.js';
import '../project-card/project-card.js';

/** Cards rendered per stage of the first view (see KgcElement.stage). */
export const CARD_STAGE = 4;

export interface ResultsView {
  lang: Lang;
  headingLevel: number;
  t: (typeof messages)['de'];
  /** "23 Projekte gefunden" */
  count: string;
  order: SortKey;
  /** The projects of the pages shown. */
  projects: readonly Project[];
  query: string;
  onSort: (order: SortKey) => void;
}

export function resultsView(v: ResultsView): TemplateResult {
  const t = v.t;
  return html`<div class="results-head">
      <p class="count" part="count" tabindex="-1">${v.count}</p>
      <label class="sort">
        <span>${t.sortBy}</span>
        <select @change=${(e: Event) => v.onSort((e.target as HTMLSelectElement).value as SortKey)}>
          ${SORTS.map((key) => html`<option value=${key} ?selected=${key === v.order}>${t.sorts[key]}</option>`)}
        </select>
      </label>
    </div>
    <ul class="list" part="list" aria-label=${t.list}>
      ${v.projects.map(
        (project) =>
          html`<li part="item">
            <kgc-project-card
              exportparts="card, title, link, meta, badge, summary, tags, tag, mark"
              lang=${v.lang}
              .project=${project}
              .headingLevel=${v.headingLevel}
              .highlight=${v.query}
            ></kgc-project-card>
          </li>`,
      )}
    </ul>`;
}
