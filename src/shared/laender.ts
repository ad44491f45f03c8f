/** The 16 Länder for the UI: attribute parsing (`ST`, `DE-ST`, `st`) and names in both languages. */
import { LAENDER, type LandCode } from '../feed/laender.js';
import type { Lang } from '../i18n/lang.js';

export { LAENDER, type LandCode };

/** `ST`, `DE-ST`, `de-st` → `DE-ST`; anything else → undefined. */
export function parseLand(value: string | null | undefined): LandCode | undefined {
  const code = value?.trim().toUpperCase();
  if (!code) return undefined;
  const iso = code.startsWith('DE-') ? code : `DE-${code}`;
  return LAENDER.find((l) => l.iso === iso)?.iso;
}

/**
 * A list of Länder from an attribute (`"ST SN"`, `"DE-ST,DE-SN"`). Unknown codes are dropped with one
 * console warning naming them, so a typo shows up for the integrator without breaking the widget.
 */
export function parseLandList(value: string | null | undefined, tag: string): LandCode[] {
  const tokens = (value ?? '').split(/[\s,;]+/).filter(Boolean);
  const codes = tokens.map(parseLand);
  const unknown = tokens.filter((_, i) => !codes[i]);
  if (unknown.length) console.warn(`${tag}: unknown Land code(s) ${unknown.join(', ')} ignored (use e.g. ST or DE-ST)`);
  return [...new Set(codes.filter((c): c is LandCode => !!c))];
}

export function landName(code: LandCode, lang: Lang): string {
  return LAENDER.find((l) => l.iso === code)![lang];
}
