/** Formatting helpers of the project card (pure, unit-tested). */
import type { Project } from '../../feed/schema.js';
import type { Lang } from '../../i18n/lang.js';
import { formatDate } from '../../i18n/format.js';
import { landName, type LandCode } from '../../shared/laender.js';

/** A period bound: `2014` → "2014", `2014-07` → "07/2014", `2014-07-01` → the date ("01.07.2014"). */
export function formatMonth(value: string, lang: Lang): string {
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value.slice(5, 7)}/${value.slice(0, 4)}`;
  return formatDate(value, lang);
}

/** "07/2014 – 06/2017", or "seit 07/2014" for an open end. */
export function formatPeriod(period: NonNullable<Project['period']>, lang: Lang, since: string): string {
  const start = formatMonth(period.start, lang);
  return period.end ? `${start} – ${formatMonth(period.end, lang)}` : `${since} ${start}`;
}

/** A link's visible text: the address without `https://`, `www.` kept, trailing slash dropped. */
export function displayUrl(href: string): string {
  return href.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** Where a project is: "Leipzig, Sachsen" (municipality or district or the provider's town, then the Land). */
export function place(project: Project, lang: Lang): string {
  const town = project.region.municipality ?? project.region.district ?? project.provider?.address?.locality;
  const land = landName(project.region.land as LandCode, lang);
  return town && town !== land ? `${town}, ${land}` : land;
}
