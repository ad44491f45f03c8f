/** The toolbar: the heading (month or list title), previous / today / next, and the month–list switch. */
import { html, type TemplateResult } from 'lit';
import { heading } from '../../shared/heading.js';
import type { CalendarContext } from './items.js';

export type View = 'month' | 'list';

export const asView = (value: unknown): View | undefined => (value === 'month' || value === 'list' ? value : undefined);

export interface ToolbarView extends CalendarContext {
  title: string;
  titleId: string;
  view: View;
  onPrevious: () => void;
  onToday: () => void;
  onNext: () => void;
  onView: (view: View) => void;
}

export function toolbarView(v: ToolbarView): TemplateResult {
  const { m } = v;
  return html`<div part="toolbar" class="toolbar">
    ${heading(v.headingLevel, v.title, { id: v.titleId, part: 'title', className: 'title' })}
    <div class="nav">
      <button class="button secondary icon" type="button" title=${m.previous} @click=${v.onPrevious}>
        <span aria-hidden="true">‹</span><span class="visually-hidden">${m.previous}</span>
      </button>
      <button class="button secondary" type="button" @click=${v.onToday}>${m.today}</button>
      <button class="button secondary icon" type="button" title=${m.next} @click=${v.onNext}>
        <span aria-hidden="true">›</span><span class="visually-hidden">${m.next}</span>
      </button>
    </div>
    <div class="views" role="group" aria-label=${m.view}>
      ${(['month', 'list'] as const).map(
        (view) =>
          html`<button
            type="button"
            class="view-button"
            aria-pressed=${v.view === view ? 'true' : 'false'}
            @click=${() => v.onView(view)}
          >
            ${view === 'month' ? m.month : m.list}
          </button>`,
      )}
    </div>
  </div>`;
}
