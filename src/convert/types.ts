/**
 * What every source reader of `kgc-feed build` returns: feed items (objects in the feed's field names)
 * and the problems found, each named by file, row and column, in German and English.
 * Plain types: the converter core runs in Node and in the browser.
 */
export interface SourceProblem {
  file: string;
  row?: number;
  column?: string;
  message: { de: string; en: string };
}
export interface SourceResult<T = Record<string, unknown>> {
  items: T[];
  problems: SourceProblem[];
}
export type CollectionName = 'projects' | 'partners' | 'offices' | 'events' | 'news';
