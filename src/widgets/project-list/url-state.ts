/**
 * The list's search and filters as address parameters (written by the shared `UrlStateController`):
 * `?kgc-q=bewegung&kgc-land=ST&kgc-target-group=Kinder&kgc-sort=updated`. Defaults are left out; Länder are
 * written as short codes.
 */
import { parseLand } from '../../shared/laender.js';
import type { UrlParams, UrlValues } from '../../shared/url-state.js';
import { FACETS, GOOD_PRACTICE, SORTS, type Selection, type SortKey } from './search.js';

export interface UrlState {
  query: string;
  selection: Selection;
  /** Only when the address names a known sort order. */
  sort?: SortKey;
}

/** Every parameter name a list owns, without its prefix. */
export const OWN_NAMES = ['q', 'sort', ...FACETS] as const;

export function fromParams(params: UrlParams): UrlState {
  const selection: Selection = {};
  for (const facet of FACETS) {
    let values = params.getAll(facet).filter(Boolean);
    if (facet === 'land') values = values.map((v) => parseLand(v)).filter((v): v is NonNullable<typeof v> => !!v);
    if (facet === 'good-practice') values = values.some((v) => v !== '0' && v !== 'false') ? [GOOD_PRACTICE] : [];
    if (values.length) selection[facet] = [...new Set(values)];
  }
  const sort = params.get('sort') as SortKey | null;
  return {
    query: params.get('q')?.trim() ?? '',
    selection,
    ...(sort && SORTS.includes(sort) ? { sort } : {}),
  };
}

export function toParams(state: UrlState, defaultSort: SortKey): UrlValues {
  const values: UrlValues = {};
  if (state.query.trim()) values.q = state.query.trim();
  for (const facet of FACETS) {
    const selected = state.selection[facet] ?? [];
    if (selected.length)
      values[facet] = selected.map((value) =>
        facet === 'land' ? value.replace(/^DE-/, '') : facet === 'good-practice' ? '1' : value,
      );
  }
  if (state.sort && state.sort !== defaultSort) values.sort = state.sort;
  return values;
}
