/**
 * The 16 Länder: ISO 3166-2 code, the two-digit AGS prefix (Amtlicher Gemeindeschlüssel) and names.
 * Plain data, shared by the schema (validation of `land` against `ags`/`ars`) and the UI.
 */
export const LAENDER = [
  { iso: 'DE-SH', ags: '01', de: 'Schleswig-Holstein', en: 'Schleswig-Holstein' },
  { iso: 'DE-HH', ags: '02', de: 'Hamburg', en: 'Hamburg' },
  { iso: 'DE-NI', ags: '03', de: 'Niedersachsen', en: 'Lower Saxony' },
  { iso: 'DE-HB', ags: '04', de: 'Bremen', en: 'Bremen' },
  { iso: 'DE-NW', ags: '05', de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' },
  { iso: 'DE-HE', ags: '06', de: 'Hessen', en: 'Hesse' },
  { iso: 'DE-RP', ags: '07', de: 'Rheinland-Pfalz', en: 'Rhineland-Palatinate' },
  { iso: 'DE-BW', ags: '08', de: 'Baden-Württemberg', en: 'Baden-Württemberg' },
  { iso: 'DE-BY', ags: '09', de: 'Bayern', en: 'Bavaria' },
  { iso: 'DE-SL', ags: '10', de: 'Saarland', en: 'Saarland' },
  { iso: 'DE-BE', ags: '11', de: 'Berlin', en: 'Berlin' },
  { iso: 'DE-BB', ags: '12', de: 'Brandenburg', en: 'Brandenburg' },
  { iso: 'DE-MV', ags: '13', de: 'Mecklenburg-Vorpommern', en: 'Mecklenburg-Western Pomerania' },
  { iso: 'DE-SN', ags: '14', de: 'Sachsen', en: 'Saxony' },
  { iso: 'DE-ST', ags: '15', de: 'Sachsen-Anhalt', en: 'Saxony-Anhalt' },
  { iso: 'DE-TH', ags: '16', de: 'Thüringen', en: 'Thuringia' },
] as const;

export type LandCode = (typeof LAENDER)[number]['iso'];

export const LAND_CODES = LAENDER.map((l) => l.iso) as unknown as readonly [LandCode, ...LandCode[]];

/** The Land whose AGS prefix a Gemeindeschlüssel (`ags`) or Regionalschlüssel (`ars`) starts with. */
export function landOfKey(key: string): LandCode | undefined {
  return LAENDER.find((l) => key.startsWith(l.ags))?.iso;
}
