/**
 * The list's search and filters in the page address, so a filtered view can be linked:
 * `?kgc-q=bewegung&kgc-land=ST&kgc-target-group=Kinder&kgc-sort=updated`. Every name carries the list's
 * prefix (`kgc-`, or `kgc-<name>-` for `url-state="<name>"`), so two lists on a page keep apart and the
 * host page's own parameters stay untouched. Defaults are left out; Länder are written as short codes.
 */
import { parseLand } from '../../shared/laender.js';
import { FACETS, GOOD_PRACTICE, SORTS, type Selection, type SortKey } from './search.js';

export interface UrlState {
  query: string;
  selection: Selection;
  /** Only when the address names a known sort order. */
  sort?: SortKey;
}

/** `kgc-` for `url-state` without a value, `kgc-<name>-` with one. */
export function urlPrefix(name: string | null | undefined): string {
  const clean = (name ?? '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-');
  return clean ? `kgc-${clean}-` : 'kgc-';
}

/** Every parameter name a list with this prefix owns. */
export const ownNames = (prefix: string) => ['q', 'sort', ...FACETS].map((name) => prefix + name);

export function readUrlState(search: string, prefix: string): UrlState {
  const params = new URLSearchParams(search);
  const selection: Selection = {};
  for (const facet of FACETS) {
    let values = params.getAll(prefix + facet).filter(Boolean);
    if (facet === 'land') values = values.map((v) => parseLand(v)).filter((v): v is NonNullable<typeof v> => !!v);
    if (facet === 'good-practice') values = values.some((v) => v !== '0' && v !== 'false') ? [GOOD_PRACTICE] : [];
    if (values.length) selection[facet] = [...new Set(values)];
  }
  const sort = params.get(prefix + 'sort') as SortKey | null;
  return {
    query: params.get(prefix + 'q')?.trim() ?? '',
    selection,
    ...(sort && SORTS.includes(sort) ? { sort } : {}),
  };
}

/** `search` (a location.search) with this list's parameters replaced by `state`; `''` when none are left. */
export function writeUrlState(search: string, prefix: string, state: UrlState, defaultSort: SortKey): string {
  const params = new URLSearchParams(search);
  for (const name of ownNames(prefix)) params.delete(name);
  if (state.query.trim()) params.set(prefix + 'q', state.query.trim());
  for (const facet of FACETS) {
    for (const value of state.selection[facet] ?? []) {
      params.append(
        prefix + facet,
        facet === 'land' ? value.replace(/^DE-/, '') : facet === 'good-practice' ? '1' : value,
      );
    }
  }
  if (state.sort && state.sort !== defaultSort) params.set(prefix + 'sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}
