/** Texts of `<kgc-project-list>` (the facets' names, search, counts, paging). */
import type { FacetKey, SortKey } from './search.js';

const de = {
  search: 'Projekte durchsuchen',
  searchHint: 'z. B. Bewegung Quartier',
  filters: 'Filter',
  facets: {
    land: 'Bundesland',
    'target-area': 'Zielbereich',
    'target-group': 'Zielgruppe',
    setting: 'Lebenswelt',
    'age-group': 'Altersgruppe',
    'good-practice': 'Good Practice',
  } satisfies Record<FacetKey, string>,
  goodPracticeOnly: 'Nur Good-Practice-Projekte',
  filterValues: (facet: string) => `${facet} durchsuchen`,
  showAll: (n: string) => `Alle ${n} anzeigen`,
  showLess: 'Weniger anzeigen',
  found: (n: number, text: string) =>
    n === 0 ? 'Keine Projekte gefunden' : n === 1 ? '1 Projekt gefunden' : `${text} Projekte gefunden`,
  shown: (shown: string, total: string) => `${shown} von ${total} angezeigt`,
  more: 'Weitere Projekte anzeigen',
  showResults: (n: number, text: string) =>
    n === 0 ? 'Filter schließen' : n === 1 ? '1 Projekt anzeigen' : `${text} Projekte anzeigen`,
  list: 'Projekte',
  sortBy: 'Sortieren nach',
  sorts: { title: 'Titel (A–Z)', updated: 'Zuletzt aktualisiert' } satisfies Record<SortKey, string>,
};

export const messages: { de: typeof de; en: typeof de } = {
  de,
  en: {
    search: 'Search projects',
    searchHint: 'e.g. exercise neighbourhood',
    filters: 'Filters',
    facets: {
      land: 'Federal state',
      'target-area': 'Target area',
      'target-group': 'Target group',
      setting: 'Setting',
      'age-group': 'Age group',
      'good-practice': 'Good practice',
    },
    goodPracticeOnly: 'Good-practice projects only',
    filterValues: (facet) => `Search ${facet.toLowerCase()}`,
    showAll: (n) => `Show all ${n}`,
    showLess: 'Show fewer',
    found: (n, text) => (n === 0 ? 'No projects found' : n === 1 ? '1 project found' : `${text} projects found`),
    shown: (shown, total) => `${shown} of ${total} shown`,
    more: 'Show more projects',
    showResults: (n, text) => (n === 0 ? 'Close filters' : n === 1 ? 'Show 1 project' : `Show ${text} projects`),
    list: 'Projects',
    sortBy: 'Sort by',
    sorts: { title: 'Title (A–Z)', updated: 'Recently updated' },
  },
};
