/** The filters by Land, category and tag: which events pass, and the folding filter bar. */
import { html, nothing, type TemplateResult } from 'lit';
import { LAENDER, landName } from '../../shared/laender.js';
import { compareText } from '../../shared/order.js';
import type { Event as CalendarEvent } from '../../feed/schema.js';
import type { CalendarContext } from './items.js';

export interface Filters {
  land: string;
  category: string;
  tag: string;
}

/**
 * Whether an event passes the filters (an empty one lets every event pass). A Land lets its own events pass
 * and those without a Land (bundesweit, online), unless `landOnly`.
 */
export const passes =
  (filters: Filters, landOnly = false) =>
  (event: CalendarEvent): boolean =>
    (!filters.land || event.region?.land === filters.land || (!event.region && !landOnly)) &&
    (!filters.category || event.category === filters.category) &&
    (!filters.tag || (event.tags ?? []).includes(filters.tag));

/** How many filters are set. */
export const activeFilters = (filters: Filters): number =>
  [filters.land, filters.category, filters.tag].filter(Boolean).length;

export interface FiltersView extends CalendarContext {
  events: readonly CalendarEvent[];
  filters: Filters;
  narrow: boolean;
  onChange: (filters: Filters) => void;
  onReset: () => void;
}

/** A disclosure: open in wide containers, folded on phones (unless a filter is set). */
export function filtersView(v: FiltersView): TemplateResult {
  const { m, lang, events, filters } = v;
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort(compareText);
  // Every Land, not only those of the loaded events: with a feed index, a Land's events load when it is chosen.
  const lands = LAENDER.map(({ iso }) => [iso, landName(iso, lang)] as [string, string]).sort((a, b) =>
    compareText(a[1], b[1]),
  );
  const categories = sorted([
    ...events.flatMap((e) => (e.category ? [e.category] : [])),
    ...(filters.category ? [filters.category] : []),
  ]);
  const tags = sorted([...events.flatMap((e) => e.tags ?? []), ...(filters.tag ? [filters.tag] : [])]);
  const select = (label: string, all: string, key: keyof Filters, options: [string, string][]) =>
    html`<label class="filter"
      ><span class="filter-label">${label}</span>
      <select @change=${(e: Event) => v.onChange({ ...filters, [key]: (e.target as HTMLSelectElement).value })}>
        <option value="" .selected=${!filters[key]}>${all}</option>
        ${options.map(([value, text]) => html`<option value=${value} .selected=${value === filters[key]}>${text}</option>`)}
      </select></label
    >`;
  const active = activeFilters(filters);
  return html`<details part="filters" class="filters" ?open=${!v.narrow || active > 0}>
    <summary class="filters-title">
      ${m.filters}${active ? html` <span class="filters-active">(${m.filtersActive(active)})</span>` : nothing}
    </summary>
    <div class="filter-fields">
      ${select(m.land, m.allLaender, 'land', lands)}
      ${select(
        m.category,
        m.allCategories,
        'category',
        categories.map((c) => [c, c]),
      )}
      ${select(
        m.tags,
        m.allTags,
        'tag',
        tags.map((t) => [t, t]),
      )}
      ${
        active
          ? html`<button class="button secondary" type="button" @click=${v.onReset}>${v.t.resetFilters}</button>`
          : nothing
      }
    </div>
  </details>`;
}
