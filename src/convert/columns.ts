/**
 * The spreadsheet columns of each collection: the German header (the Praxisdatenbank's labels), the feed
 * field it fills, how a cell is read, whether it is required, and an example (the templates' example row).
 * A config file may map other headers to the same fields; the feed's own field names are accepted as headers.
 */
import type { CollectionName } from './types.js';

export type CellKind =
  'text' | 'list' | 'date' | 'period' | 'land' | 'ags' | 'ars' | 'plz' | 'email' | 'url' | 'number' | 'bool' | 'status';

export interface Column {
  /** The German header, as in the templates. */
  header: string;
  /** The feed field it fills, as a dotted path (`region.land`, `contact.email`). */
  field: string;
  kind: CellKind;
  /** A value is needed in every row. */
  required?: boolean;
  example: string;
  /** English description, for the docs and English messages. */
  en: string;
}

const region = (required: boolean): Column[] => [
  {
    header: 'Bundesland',
    field: 'region.land',
    kind: 'land',
    required,
    example: 'Berlin',
    en: 'Land: name or code (BE, DE-BE); taken from AGS/ARS when empty',
  },
  { header: 'Landkreis', field: 'region.district', kind: 'text', example: 'Berlin', en: 'district' },
  { header: 'Gemeinde', field: 'region.municipality', kind: 'text', example: 'Berlin', en: 'municipality' },
  { header: 'AGS', field: 'region.ags', kind: 'ags', example: '11000000', en: 'Amtlicher Gemeindeschlüssel, 8 digits' },
  {
    header: 'ARS',
    field: 'region.ars',
    kind: 'ars',
    example: '110000000000',
    en: 'Amtlicher Regionalschlüssel, 12 digits',
  },
];

const contact = (prefix: string): Column[] => [
  {
    header: 'Ansprechpartner',
    field: `${prefix}.name`,
    kind: 'text',
    example: 'Dr. Erika Muster',
    en: 'contact person',
  },
  { header: 'Funktion', field: `${prefix}.role`, kind: 'text', example: 'Koordination', en: 'role of the contact' },
  { header: 'E-Mail', field: `${prefix}.email`, kind: 'email', example: 'kontakt@example.org', en: 'e-mail' },
  { header: 'Telefon', field: `${prefix}.phone`, kind: 'text', example: '030 1234567', en: 'telephone' },
];

const contactUrl = (prefix: string): Column => ({
  header: 'Kontakt-Website',
  field: `${prefix}.url`,
  kind: 'url',
  example: '',
  en: 'web page of the contact',
});

/** An office's second contact (e.g. the Sekretariat): the contact columns with " 2". */
const secondContact: Column[] = contact('contacts.1').map((c) => ({
  ...c,
  header: `${c.header} 2`,
  example: '',
  en: `${c.en} (second contact)`,
}));

const addressLand = (prefix: string): Column => ({
  header: 'Träger-Bundesland',
  field: `${prefix}.address.land`,
  kind: 'land',
  example: '',
  en: 'Land of the address: name or code',
});

const id: Column = {
  header: 'ID',
  field: 'id',
  kind: 'text',
  example: '',
  en: 'stable identifier; made from the title (and date) when empty',
};
const point: Column[] = [
  { header: 'Breitengrad', field: 'location.lat', kind: 'number', example: '52,5200', en: 'latitude (WGS84)' },
  { header: 'Längengrad', field: 'location.lon', kind: 'number', example: '13,4050', en: 'longitude (WGS84)' },
];

export const COLUMNS: Record<CollectionName, Column[]> = {
  projects: [
    id,
    {
      header: 'Titel',
      field: 'title',
      kind: 'text',
      required: true,
      example: 'Gesund aufwachsen im Kiez',
      en: 'title',
    },
    {
      header: 'Kurzbeschreibung',
      field: 'summary',
      kind: 'text',
      example: 'Bewegung und Ernährung in Kitas des Quartiers.',
      en: 'short description',
    },
    { header: 'Website', field: 'url', kind: 'url', example: 'https://example.org/projekt', en: 'web page' },
    { header: 'Zielbereich', field: 'targetAreas', kind: 'list', example: 'Bewegung; Ernährung', en: 'target areas' },
    { header: 'Lebenswelt', field: 'settings', kind: 'list', example: 'Kita', en: 'settings' },
    { header: 'Zielgruppe', field: 'targetGroups', kind: 'list', example: 'Kinder; Eltern', en: 'target groups' },
    { header: 'Altersgruppe', field: 'ageGroups', kind: 'list', example: '3–6 Jahre', en: 'age groups' },
    { header: 'Ziele', field: 'goals', kind: 'list', example: '', en: 'goals' },
    { header: 'Aktivitäten', field: 'activities', kind: 'list', example: '', en: 'activities' },
    { header: 'Status', field: 'status', kind: 'text', example: 'laufend', en: 'status' },
    { header: 'Beginn', field: 'period.start', kind: 'period', example: '01.2024', en: 'start (year, month or day)' },
    { header: 'Ende', field: 'period.end', kind: 'period', example: '', en: 'end (year, month or day)' },
    {
      header: 'Träger',
      field: 'provider.name',
      kind: 'text',
      example: 'Gesundheit Berlin-Brandenburg e. V.',
      en: 'provider',
    },
    { header: 'Träger-Website', field: 'provider.url', kind: 'url', example: '', en: 'provider web page' },
    { header: 'Straße', field: 'provider.address.street', kind: 'text', example: 'Friedrichstraße 231', en: 'street' },
    { header: 'PLZ', field: 'provider.address.postalCode', kind: 'plz', example: '10969', en: 'postal code' },
    { header: 'Ort', field: 'provider.address.locality', kind: 'text', example: 'Berlin', en: 'locality' },
    addressLand('provider'),
    ...contact('contact'),
    contactUrl('contact'),
    { header: 'Förderer', field: 'funders', kind: 'list', example: 'GKV-Bündnis für Gesundheit', en: 'funders' },
    ...region(true),
    { header: 'Good Practice', field: 'goodPractice', kind: 'bool', example: 'nein', en: 'good practice (ja/nein)' },
    { header: 'Aktualisiert', field: 'updated', kind: 'date', example: '15.03.2025', en: 'last updated' },
  ],
  partners: [
    id,
    {
      header: 'Name',
      field: 'name',
      kind: 'text',
      required: true,
      example: 'Bezirk Friedrichshain-Kreuzberg',
      en: 'name',
    },
    {
      header: 'Art',
      field: 'kind',
      kind: 'text',
      required: true,
      example: 'Kommune',
      en: 'kind (Kommune, Landkreis, Quartier …)',
    },
    ...region(true),
    ...point,
    { header: 'Beitritt', field: 'joined', kind: 'period', example: '2012', en: 'joined (year, month or day)' },
    { header: 'Website', field: 'url', kind: 'url', example: 'https://example.org', en: 'web page' },
    ...contact('contact'),
    contactUrl('contact'),
    { header: 'Schwerpunkte', field: 'focus', kind: 'list', example: 'Kinder; Ältere', en: 'focus topics' },
  ],
  offices: [
    id,
    { header: 'Name', field: 'name', kind: 'text', required: true, example: 'KGC Berlin', en: 'name' },
    ...region(true),
    {
      header: 'Träger',
      field: 'organization.name',
      kind: 'text',
      example: 'Gesundheit Berlin-Brandenburg e. V.',
      en: 'organisation',
    },
    { header: 'Träger-Website', field: 'organization.url', kind: 'url', example: '', en: 'organisation web page' },
    {
      header: 'Straße',
      field: 'organization.address.street',
      kind: 'text',
      example: 'Friedrichstraße 231',
      en: 'street',
    },
    { header: 'PLZ', field: 'organization.address.postalCode', kind: 'plz', example: '10969', en: 'postal code' },
    { header: 'Ort', field: 'organization.address.locality', kind: 'text', example: 'Berlin', en: 'locality' },
    addressLand('organization'),
    ...point,
    ...contact('contacts.0'),
    ...secondContact,
    {
      header: 'E-Mail der Stelle',
      field: 'email',
      kind: 'email',
      example: 'kgc@example.org',
      en: 'e-mail of the office',
    },
    {
      header: 'Telefon der Stelle',
      field: 'phone',
      kind: 'text',
      example: '030 1234567-0',
      en: 'telephone of the office',
    },
    { header: 'Website', field: 'url', kind: 'url', example: 'https://example.org/kgc', en: 'web page' },
    { header: 'Schwerpunkte', field: 'focus', kind: 'list', example: 'Kinder; Quartiere', en: 'focus topics' },
  ],
  events: [
    id,
    {
      header: 'Titel',
      field: 'title',
      kind: 'text',
      required: true,
      example: 'Fachtag Gesundheit im Quartier',
      en: 'title',
    },
    {
      header: 'Beginn',
      field: 'start',
      kind: 'date',
      required: true,
      example: '26.04.2026 10:00',
      en: 'start: date, or date and time (Europe/Berlin)',
    },
    { header: 'Ende', field: 'end', kind: 'date', example: '26.04.2026 16:00', en: 'end' },
    { header: 'Veranstaltungsort', field: 'location.name', kind: 'text', example: 'Rathaus Kreuzberg', en: 'venue' },
    { header: 'Straße', field: 'location.address.street', kind: 'text', example: 'Yorckstraße 4', en: 'street' },
    { header: 'PLZ', field: 'location.address.postalCode', kind: 'plz', example: '10965', en: 'postal code' },
    { header: 'Ort', field: 'location.address.locality', kind: 'text', example: 'Berlin', en: 'locality' },
    { header: 'Online', field: 'location.online', kind: 'bool', example: 'nein', en: 'online (ja/nein)' },
    { header: 'Online-Link', field: 'location.url', kind: 'url', example: '', en: 'link to join online' },
    { header: 'Veranstalter', field: 'organizer', kind: 'text', example: 'KGC Berlin', en: 'organiser' },
    { header: 'Kategorie', field: 'category', kind: 'text', example: 'Fachtag', en: 'category' },
    { header: 'Beschreibung', field: 'summary', kind: 'text', example: '', en: 'description' },
    { header: 'Website', field: 'url', kind: 'url', example: 'https://example.org/fachtag', en: 'web page' },
    { header: 'Anmeldung', field: 'registrationUrl', kind: 'url', example: '', en: 'registration link' },
    ...region(false),
    { header: 'Schlagwörter', field: 'tags', kind: 'list', example: 'Quartier; Kinder', en: 'tags' },
    { header: 'Status', field: 'status', kind: 'status', example: '', en: 'status: geplant, abgesagt, verschoben' },
  ],
  news: [
    id,
    {
      header: 'Titel',
      field: 'title',
      kind: 'text',
      required: true,
      example: 'Neue Handreichung erschienen',
      en: 'title',
    },
    { header: 'Datum', field: 'date', kind: 'date', required: true, example: '02.03.2026', en: 'date' },
    { header: 'Autor', field: 'author', kind: 'text', example: 'Redaktion', en: 'author' },
    { header: 'Zusammenfassung', field: 'summary', kind: 'text', example: '', en: 'summary' },
    { header: 'Link', field: 'url', kind: 'url', example: 'https://example.org/news/1', en: 'link' },
    { header: 'Schlagwörter', field: 'tags', kind: 'list', example: 'Handreichung', en: 'tags' },
  ],
};

/** Fields every item must have as an array (possibly empty) although no column is required. */
export const EMPTY_LISTS: Partial<Record<CollectionName, string[]>> = {
  projects: ['targetAreas', 'settings', 'targetGroups'],
};

/** The field that names an item, for generated ids and messages. */
export const NAME_FIELD: Record<CollectionName, string> = {
  projects: 'title',
  partners: 'name',
  offices: 'name',
  events: 'title',
  news: 'title',
};
