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
