/**
 * Embed configurator for CMS editors (demo/configurator.html): choose a widget, a feed and options, see the
 * real element live, copy ready snippets for the three embedding forms (script + element, CMS placeholder,
 * iframe). Plain lit `render()` into the light DOM, so the page's stylesheet (configurator.css) applies.
 *
 * `mountConfigurator(root)` builds everything inside `root`; the page calls it on `#kgc-configurator`.
 * `escapeHtml` and `buildSnippets` are exported for the tests.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import { LAENDER } from '../src/shared/laender.js';

export type UiLang = 'de' | 'en';
export type WidgetName =
  'project-list' | 'project-card' | 'event-calendar' | 'partner-map' | 'news-list' | 'office-card';

export const WIDGET_NAMES: readonly WidgetName[] = [
  'event-calendar',
  'project-list',
  'project-card',
  'partner-map',
  'news-list',
  'office-card',
];

/** Everything the editor sets. Numbers stay strings: empty means "the widget's default". */
export interface ConfiguratorState {
  uiLang: UiLang;
  widget: WidgetName;
  /** The feed URL (the `src` attribute). */
  src: string;
  /** Address of a page with all entries: the fallback link (and `more-href` of the news list). */
  moreHref: string;
  /** Where the build (`dist/`) is hosted: `cdn/kgc-widgets.js`, `embed.html` are resolved against it. */
  base: string;
  land: string;
  view: '' | 'month' | 'list';
  limit: string;
  pageSize: string;
  filters: boolean;
  /** Project list: offer the facets (default on; off writes `facets=""`). */
  facets: boolean;
  sort: '' | 'updated';
  urlState: boolean;
  compact: boolean;
  projectId: string;
  cardVariant: '' | 'full';
  show: '' | 'partners' | 'offices';
  headingLevel: string;
  lang: '' | 'de' | 'en';
  primary: string;
  focus: string;
  font: '' | 'sans' | 'serif';
  /** Load only this widget's bundle (`kgc-<widget>.js`) instead of all. */
  single: boolean;
  /** Add `data-kgc-allow` with the feed's origin to the script tag. */
  allowOrigin: boolean;
}

/** SRI values from dist/cdn/integrity.json (file name → `sha384-…`). */
export type Integrity = Record<string, string>;

export interface ConfiguratorOptions {
  /** Default feed URL (absolute). Default: the demo feed beside this page. */
  feedUrl?: string;
  /** Default base of the build. Default: `../dist/` from this page. */
  baseUrl?: string;
  /** Where to read the SRI hashes. Default: `../dist/cdn/integrity.json` from this page. */
  integrityUrl?: string;
  /** Clipboard writer (tests replace it). Default: `navigator.clipboard.writeText`. */
  writeText?: (text: string) => Promise<void>;
  /** Keep `document.title` in the UI language. */
  manageTitle?: boolean;
}

export interface Configurator {
  readonly state: Readonly<ConfiguratorState>;
  /** Resolves when the integrity file and the feed have been read (or failed to be). */
  readonly ready: Promise<void>;
  /** The live preview element. */
  readonly preview: HTMLElement | undefined;
  set(patch: Partial<ConfiguratorState>): void;
  destroy(): void;
}

const DEFAULT_PRIMARY = '#0f4c81';
const DEFAULT_FOCUS = '#b33d00';
const FONTS = {
  sans: "'Segoe UI', 'Noto Sans', Arial, sans-serif",
  serif: "Georgia, 'Times New Roman', serif",
} as const;
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Escapes a string for HTML text and for a double- or single-quoted attribute value. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// ---------------------------------------------------------------------------------------------- texts

interface WidgetTexts {
  name: string;
  description: string;
  loading: string;
  all: string;
}

const widgetTexts: Record<UiLang, Record<WidgetName, WidgetTexts>> = {
  de: {
    'event-calendar': {
      name: 'Veranstaltungskalender',
      description: 'Termine als Monatsansicht mit Kalenderwochen oder als Liste',
      loading: 'Veranstaltungskalender wird geladen …',
      all: 'Alle Termine',
    },
    'project-list': {
      name: 'Praxisdatenbank (Projektliste)',
      description: 'Projekte mit Volltextsuche und Filtern',
      loading: 'Projekte der Praxisdatenbank werden geladen …',
      all: 'Alle Projekte',
    },
    'project-card': {
      name: 'Projektsteckbrief',
      description: 'Ein Projekt als Teaser oder vollständiger Steckbrief',
      loading: 'Projektsteckbrief wird geladen …',
      all: 'Zum Projekt',
    },
    'partner-map': {
      name: 'Karte der Partnerkommunen',
      description: 'Partnerprozess „Gesundheit für alle“ und Koordinierungsstellen auf der Deutschlandkarte',
      loading: 'Karte der Partnerkommunen wird geladen …',
      all: 'Alle Partnerkommunen',
    },
    'news-list': {
      name: 'Aktuelles',
      description: 'Meldungen mit Datum, Autor, Anreißer und Schlagwörtern',
      loading: 'Meldungen werden geladen …',
      all: 'Alle Meldungen',
    },
    'office-card': {
      name: 'Koordinierungsstelle',
      description: 'Kontaktkarte der Koordinierungsstelle eines Landes',
      loading: 'Kontakt der Koordinierungsstelle wird geladen …',
      all: 'Zur Koordinierungsstelle',
    },
  },
  en: {
    'event-calendar': {
      name: 'Event calendar',
      description: 'Events as a month grid with calendar weeks, or as a list',
      loading: 'Loading the event calendar …',
      all: 'All events',
    },
    'project-list': {
      name: 'Practice database (project list)',
      description: 'Projects with full-text search and filters',
      loading: 'Loading the projects …',
      all: 'All projects',
    },
    'project-card': {
      name: 'Project profile',
      description: 'One project as a teaser or the full profile',
      loading: 'Loading the project profile …',
      all: 'To the project',
    },
    'partner-map': {
      name: 'Map of partner municipalities',
      description: 'Partner process “Gesundheit für alle” and coordination offices on a map of Germany',
      loading: 'Loading the map of partner municipalities …',
      all: 'All partner municipalities',
    },
    'news-list': {
      name: 'News',
      description: 'News items with date, author, teaser and tags',
      loading: 'Loading the news …',
      all: 'All news',
    },
    'office-card': {
      name: 'Coordination office',
      description: 'Contact card of a Land’s coordination office',
      loading: 'Loading the coordination office …',
      all: 'To the coordination office',
    },
  },
};

const ui = {
  de: {
    title: 'Einbettungscode erstellen',
    docTitle: 'Einbettungscode erstellen – kgc-widgets',
    intro:
      'Wählen Sie ein Widget und seine Einstellungen. Die Vorschau zeigt das Widget mit Ihren Einstellungen; darunter steht der fertige Code für Ihre Website in drei Formen – je nachdem, was Ihr Redaktionssystem erlaubt.',
    switchLang: 'English',
    switchLangName: 'Switch to English',
    settings: 'Einstellungen',
    widget: 'Widget',
    data: 'Daten',
    src: 'Adresse des Feeds (JSON)',
    srcHint: 'Vollständige Adresse, die mit https:// beginnt.',
    srcInvalid: 'Bitte eine vollständige Adresse angeben, die mit https:// oder http:// beginnt.',
    moreHref: 'Seite mit allen Einträgen (Link, solange das Widget lädt)',
    moreHrefHint: 'Optional. Beim Widget „Aktuelles“ auch der Link „Alle Meldungen“.',
    moreHrefInvalid: 'Bitte eine Adresse angeben, die mit https:// oder http:// beginnt.',
    options: 'Optionen',
    land: 'Bundesland',
    allLaender: 'Alle Länder',
    chooseLand: 'Bitte wählen',
    landRequired: 'Die Koordinierungsstelle wird über ihr Land ausgewählt: Bitte ein Land wählen.',
    view: 'Ansicht',
    viewAuto: 'Automatisch (Liste bei wenig Platz)',
    viewMonth: 'Monat',
    viewList: 'Liste',
    limit: 'Anzahl der Meldungen',
    limitHint: 'Leer lassen für 5.',
    limitEvents: 'Termine je Seite in der Listenansicht',
    limitEventsHint: 'Leer lassen für 20.',
    facets: 'Filter (Bundesland, Zielbereich, Zielgruppe …) anzeigen',
    sort: 'Sortierung',
    sortTitle: 'Nach Titel (A–Z)',
    sortUpdated: 'Zuletzt aktualisierte zuerst',
    pageSize: 'Projekte je Seite',
    pageSizeHint: 'Leer lassen für 12.',
    numberInvalid: 'Bitte eine ganze Zahl größer als 0 angeben.',
    filters: 'Filter für Besucherinnen und Besucher anzeigen',
    urlState: 'Filter und Monat in der Adresse der Seite speichern (verlinkbar)',
    compact: 'Kompakt: nur Datum und Titel (für Randspalten)',
    projectId: 'Projekt (Kennung)',
    projectIdHint: 'Kennung aus dem Feed, z. B. p-kooperationsverbund. Vorschläge kommen aus dem Feed.',
    cardVariant: 'Darstellung',
    cardTeaser: 'Teaser',
    cardFull: 'Vollständiger Steckbrief',
    show: 'Orte',
    showBoth: 'Partnerkommunen und Koordinierungsstellen',
    showPartners: 'Nur Partnerkommunen',
    showOffices: 'Nur Koordinierungsstellen',
    headingLevel: 'Überschriftenebene im Widget',
    headingLevelHint: 'Passend zur Gliederung Ihrer Seite: steht das Widget unter einer h2, wählen Sie 3.',
    lang: 'Sprache des Widgets',
    langPage: 'Wie die Seite (empfohlen)',
    langDe: 'Deutsch',
    langEn: 'Englisch',
    design: 'Farben und Schrift',
    designHint: 'Die Vorgaben erfüllen WCAG 2.1 AA auf weißem Grund. Nur geänderte Werte kommen in den CSS-Code.',
    primary: 'Hauptfarbe (Links, Schaltflächen, Auswahl)',
    focus: 'Farbe des Fokusrahmens',
    picker: (name: string) => `${name}: Farbwähler`,
    hex: 'Hex-Wert',
    hexInvalid: 'Bitte als Hex-Wert angeben, z. B. #0f4c81.',
    contrastOk: (ratio: string, need: string) => `Kontrast zu Weiß ${ratio} : 1 – erfüllt ${need} : 1.`,
    contrastLow: (ratio: string, need: string) =>
      `Achtung: Kontrast zu Weiß nur ${ratio} : 1 – nötig sind mindestens ${need} : 1.`,
    font: 'Schrift',
    fontPage: 'Wie Ihre Seite (empfohlen)',
    fontSans: 'Serifenlos',
    fontSerif: 'Mit Serifen',
    reset: 'Farben zurücksetzen',
    hosting: 'Einbindung',
    base: 'Adresse der Widget-Dateien (Ordner mit cdn/ und embed.html)',
    baseHint: 'Wo Ihre Einrichtung die Dateien aus dist/ bereitstellt.',
    baseInvalid: 'Bitte eine vollständige Adresse angeben, die mit https:// oder http:// beginnt.',
    single: (file: string) => `Nur dieses Widget laden (${file}, kleiner)`,
    allowOrigin: 'Nur Feeds von der Adresse des Feeds zulassen (data-kgc-allow)',
    preview: 'Vorschau',
    previewNote: 'Das echte Widget mit Ihren Einstellungen. So erscheint es auf Ihrer Seite, in deren Schrift.',
    previewUrlState: 'Die Vorschau speichert nichts in der Adresse dieser Seite.',
    toCode: 'Zum Einbettungscode',
    notDefined: (tag: string) =>
      `${tag} ist in diesem Build (noch) nicht registriert: Die Vorschau bleibt leer, der Code unten gilt trotzdem.`,
    code: 'Einbettungscode',
    codeIntro:
      'Drei Wege, je nachdem, was Ihr Redaktionssystem zulässt. Alle brauchen kein Inline-Script und kein Inline-Style.',
    formA: 'A. Script und Element',
    formADescription:
      'Für Seiten, in die Sie Script-Tags einfügen dürfen (z. B. TYPO3-Inhaltselement „HTML“, WordPress-Block „Individuelles HTML“ mit der Berechtigung unfiltered_html). Das Script-Tag genügt einmal je Seite, etwa im Seitentemplate.',
    formB: 'B. Platzhalter für den Rich-Text-Editor',
    formBDescription:
      'Für Editoren, die unbekannte Elemente entfernen, aber div mit data-Attributen behalten (CKEditor 5 mit erlaubten data-kgc-*-Attributen, WordPress-Editor). Die Seite muss das Script aus A einmal einbinden, z. B. im Seitentemplate. Der Text im Platzhalter bleibt sichtbar, bis das Widget geladen ist.',
    formC: 'C. iframe (letzter Ausweg)',
    formCDescription:
      'Wenn weder Script noch Platzhalter möglich sind. Das Host-Script passt die Höhe des iframes an seinen Inhalt an; ohne es bleibt der iframe so hoch, wie Ihr CSS ihn setzt. Farben lassen sich im iframe nicht anpassen.',
    html: 'HTML',
    css: 'CSS für das Stylesheet Ihrer Website',
    cssIframe: 'CSS für das Stylesheet Ihrer Website (Breite, kein Rahmen)',
    cssNone: '/* Keine Anpassungen: es gelten die Vorgaben. */',
    copy: 'Kopieren',
    copyWhat: (what: string, form: string) => `: ${what}, ${form}`,
    copied: 'Kopiert.',
    selected: 'Markiert – jetzt mit Strg+C (Mac: ⌘+C) kopieren.',
    integrityMissing: (file: string) =>
      `Die Prüfsumme (integrity) für ${file} steht in dist/cdn/integrity.json, das der Build (npm run build) schreibt. Diese Datei war hier nicht lesbar: Ersetzen Sie den Platzhalter durch den Wert für ${file}, sonst prüft der Browser die Datei nicht.`,
    integrityNote:
      'Die Prüfsumme (integrity) stammt aus dist/cdn/integrity.json dieses Builds und passt nur zu genau dieser Version der Datei.',
    integrityPlaceholder: 'PRÜFSUMME-AUS-dist/cdn/integrity.json-EINSETZEN',
    iframeTitle: (name: string) => `${name} – Gesundheitliche Chancengleichheit`,
    examples: 'Beispiele: so sehen die Widgets auf anderen Websites aus',
    exampleLand: 'Landesministerium',
    exampleLandText: 'Blau, serifenlose Schrift: Koordinierungsstelle, Karte und Kalender für Sachsen-Anhalt',
    exampleCity: 'Gesundheitsamt einer Stadt',
    exampleCityText: 'Grün, Serifenschrift: Aktuelles in der Randspalte, Praxisdatenbank und Terminliste',
  },
  en: {
    title: 'Create embed code',
    docTitle: 'Create embed code – kgc-widgets',
    intro:
      'Choose a widget and its settings. The preview shows the widget with your settings; below it is the finished code for your website in three forms – depending on what your content management system allows.',
    switchLang: 'Deutsch',
    switchLangName: 'Auf Deutsch umschalten',
    settings: 'Settings',
    widget: 'Widget',
    data: 'Data',
    src: 'Address of the feed (JSON)',
    srcHint: 'Full address starting with https://.',
    srcInvalid: 'Please enter a full address starting with https:// or http://.',
    moreHref: 'Page with all entries (link while the widget loads)',
    moreHrefHint: 'Optional. For the “News” widget also the link “All news”.',
    moreHrefInvalid: 'Please enter an address starting with https:// or http://.',
    options: 'Options',
    land: 'Federal state (Land)',
    allLaender: 'All Länder',
    chooseLand: 'Please choose',
    landRequired: 'The coordination office is picked by its Land: please choose a Land.',
    view: 'View',
    viewAuto: 'Automatic (list when space is narrow)',
    viewMonth: 'Month',
    viewList: 'List',
    limit: 'Number of news items',
    limitHint: 'Leave empty for 5.',
    limitEvents: 'Events per page in the list view',
    limitEventsHint: 'Leave empty for 20.',
    facets: 'Show filters (Land, target area, target group …)',
    sort: 'Order',
    sortTitle: 'By title (A–Z)',
    sortUpdated: 'Recently updated first',
    pageSize: 'Projects per page',
    pageSizeHint: 'Leave empty for 12.',
    numberInvalid: 'Please enter a whole number greater than 0.',
    filters: 'Show filters to visitors',
    urlState: 'Keep filters and month in the page’s address (linkable)',
    compact: 'Compact: date and title only (for sidebars)',
    projectId: 'Project (identifier)',
    projectIdHint: 'Identifier from the feed, e.g. p-kooperationsverbund. Suggestions come from the feed.',
    cardVariant: 'Display',
    cardTeaser: 'Teaser',
    cardFull: 'Full profile',
    show: 'Places',
    showBoth: 'Partner municipalities and coordination offices',
    showPartners: 'Partner municipalities only',
    showOffices: 'Coordination offices only',
    headingLevel: 'Heading level inside the widget',
    headingLevelHint: 'To fit your page’s outline: if the widget sits below an h2, choose 3.',
    lang: 'Language of the widget',
    langPage: 'Like the page (recommended)',
    langDe: 'German',
    langEn: 'English',
    design: 'Colours and font',
    designHint: 'The defaults meet WCAG 2.1 AA on white. Only changed values go into the CSS code.',
    primary: 'Main colour (links, buttons, selection)',
    focus: 'Colour of the focus outline',
    picker: (name: string) => `${name}: colour picker`,
    hex: 'Hex value',
    hexInvalid: 'Please enter a hex value, e.g. #0f4c81.',
    contrastOk: (ratio: string, need: string) => `Contrast with white ${ratio} : 1 – meets ${need} : 1.`,
    contrastLow: (ratio: string, need: string) =>
      `Caution: contrast with white only ${ratio} : 1 – at least ${need} : 1 is needed.`,
    font: 'Font',
    fontPage: 'Like your page (recommended)',
    fontSans: 'Sans-serif',
    fontSerif: 'Serif',
    reset: 'Reset colours',
    hosting: 'Embedding',
    base: 'Address of the widget files (folder with cdn/ and embed.html)',
    baseHint: 'Where your organisation serves the files from dist/.',
    baseInvalid: 'Please enter a full address starting with https:// or http://.',
    single: (file: string) => `Load only this widget (${file}, smaller)`,
    allowOrigin: 'Accept feeds only from the feed’s address (data-kgc-allow)',
    preview: 'Preview',
    previewNote: 'The real widget with your settings. This is how it appears on your page, in its font.',
    previewUrlState: 'The preview keeps nothing in this page’s address.',
    toCode: 'To the embed code',
    notDefined: (tag: string) =>
      `${tag} is not registered in this build (yet): the preview stays empty, the code below applies all the same.`,
    code: 'Embed code',
    codeIntro:
      'Three ways, depending on what your content management system allows. None needs an inline script or inline style.',
    formA: 'A. Script and element',
    formADescription:
      'For pages where you may add script tags (e.g. TYPO3 content element “HTML”, WordPress “Custom HTML” block with the unfiltered_html capability). The script tag is needed once per page, e.g. in the page template.',
    formB: 'B. Placeholder for the rich-text editor',
    formBDescription:
      'For editors that remove unknown elements but keep div with data attributes (CKEditor 5 with data-kgc-* attributes allowed, the WordPress editor). The page must include the script from A once, e.g. in the page template. The text inside the placeholder stays visible until the widget has loaded.',
    formC: 'C. iframe (last resort)',
    formCDescription:
      'When neither a script nor a placeholder is possible. The host script fits the iframe’s height to its content; without it the iframe stays as tall as your CSS makes it. Colours cannot be changed inside the iframe.',
    html: 'HTML',
    css: 'CSS for your website’s stylesheet',
    cssIframe: 'CSS for your website’s stylesheet (width, no border)',
    cssNone: '/* No changes: the defaults apply. */',
    copy: 'Copy',
    copyWhat: (what: string, form: string) => `: ${what}, ${form}`,
    copied: 'Copied.',
    selected: 'Selected – now copy with Ctrl+C (Mac: ⌘+C).',
    integrityMissing: (file: string) =>
      `The checksum (integrity) for ${file} is in dist/cdn/integrity.json, written by the build (npm run build). That file could not be read here: replace the placeholder with the value for ${file}, or the browser will not check the file.`,
    integrityNote:
      'The checksum (integrity) comes from this build’s dist/cdn/integrity.json and matches exactly this version of the file.',
    integrityPlaceholder: 'CHECKSUM-FROM-dist/cdn/integrity.json',
    iframeTitle: (name: string) => `${name} – Gesundheitliche Chancengleichheit`,
    examples: 'Examples: how the widgets look on other websites',
    exampleLand: 'Land ministry',
    exampleLandText: 'blue, sans-serif font: coordination office, map and calendar for Saxony-Anhalt',
    exampleCity: 'Public health office of a city',
    exampleCityText: 'green, serif font: news in the sidebar, practice database and event list',
  },
};

type Ui = (typeof ui)['de'];

// ---------------------------------------------------------------------------------------------- model

/** Which options each widget has. */
const FIELDS: Record<WidgetName, readonly (keyof ConfiguratorState)[]> = {
  'event-calendar': ['land', 'view', 'limit', 'filters', 'urlState'],
  'project-list': ['land', 'pageSize', 'sort', 'facets', 'urlState'],
  'project-card': ['projectId', 'cardVariant'],
  'partner-map': ['land', 'show'],
  'news-list': ['limit', 'filters', 'compact'],
  'office-card': ['land'],
};

export function hasField(widget: WidgetName, field: keyof ConfiguratorState): boolean {
  return FIELDS[widget].includes(field);
}

const isWholePositive = (value: string) => /^\s*\d+\s*$/.test(value) && Number(value) > 0;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export type Attribute = [name: string, value: string];

/** Attributes whose presence is the setting: written bare (`filters`) in element snippets. */
const BARE = new Set(['filters', 'url-state']);

/** The element's attributes for the current settings, in snippet order; defaults are left out. */
export function widgetAttributes(state: ConfiguratorState): Attribute[] {
  const attributes: Attribute[] = [];
  const add = (name: string, value: string | boolean | undefined) => {
    if (value === true) attributes.push([name, '']);
    else if (typeof value === 'string' && value.trim() !== '') attributes.push([name, value.trim()]);
  };
  const w = state.widget;
  add('src', state.src);
  if (hasField(w, 'projectId')) add('project-id', state.projectId);
  if (hasField(w, 'cardVariant')) add('variant', state.cardVariant);
  if (hasField(w, 'land')) add('land', state.land);
  if (hasField(w, 'view')) add('view', state.view);
  if (hasField(w, 'show')) add('show', state.show);
  if (hasField(w, 'limit') && isWholePositive(state.limit)) add('limit', String(Number(state.limit)));
  if (hasField(w, 'pageSize') && isWholePositive(state.pageSize)) add('page-size', String(Number(state.pageSize)));
  if (hasField(w, 'compact') && state.compact) add('variant', 'compact');
  if (hasField(w, 'sort')) add('sort', state.sort);
  if (hasField(w, 'facets') && !state.facets) attributes.push(['facets', '']);
  if (hasField(w, 'filters')) add('filters', state.filters);
  if (w === 'news-list' && isHttpUrl(state.moreHref)) add('more-href', state.moreHref);
  if (hasField(w, 'urlState')) add('url-state', state.urlState);
  if (state.headingLevel && state.headingLevel !== '2') add('heading-level', state.headingLevel);
  add('lang', state.lang);
  return attributes;
}

/** The custom properties that differ from the defaults. */
export function customProperties(state: ConfiguratorState): [string, string][] {
  const properties: [string, string][] = [];
  const primary = state.primary.trim().toLowerCase();
  const focus = state.focus.trim().toLowerCase();
  if (HEX.test(primary) && primary !== DEFAULT_PRIMARY) properties.push(['--kgc-color-primary', primary]);
  if (HEX.test(focus) && focus !== DEFAULT_FOCUS) properties.push(['--kgc-color-focus', focus]);
  if (state.font) properties.push(['--kgc-font-family', FONTS[state.font]]);
  return properties;
}

function resolve(path: string, base: string): string {
  try {
    return new URL(path, base).href;
  } catch {
    return `${base.replace(/\/?$/, '/')}${path}`;
  }
}

function originOf(url: string): string | undefined {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

export interface Snippets {
  /** Form A: the script tag and the element. */
  element: string;
  /** The custom properties for the site's stylesheet (forms A and B). */
  css: string;
  /** Form B: the CMS placeholder. */
  placeholder: string;
  /** Form C: the iframe and the host script. */
  iframe: string;
  /** CSS for the iframe. */
  iframeCss: string;
  /** File names whose integrity value is missing (placeholder text used). */
  missingIntegrity: string[];
}

/** Every snippet for the settings. Attribute values and text are escaped with `escapeHtml`. */
export function buildSnippets(state: ConfiguratorState, integrity: Integrity | undefined): Snippets {
  const t = ui[state.uiLang];
  const contentLang: UiLang = state.lang || state.uiLang;
  const texts = widgetTexts[contentLang][state.widget];
  const tag = `kgc-${state.widget}`;
  const attributes = widgetAttributes(state);
  const attr = ([name, value]: Attribute) =>
    value === '' && BARE.has(name) ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  const missing: string[] = [];

  const scriptTag = (file: string, extra = '') => {
    const value = integrity?.[file];
    if (!value) missing.push(file);
    const src = resolve(`cdn/${file}`, state.base);
    return (
      `<script type="module" src="${escapeHtml(src)}"${extra}\n` +
      `        integrity="${escapeHtml(value ?? t.integrityPlaceholder)}" crossorigin="anonymous"></script>`
    );
  };

  const link = isHttpUrl(state.moreHref)
    ? `<a href="${escapeHtml(state.moreHref.trim())}">${escapeHtml(texts.all)}</a>`
    : '';

  // A: script + element
  const bundle = state.single ? `${tag}.js` : 'kgc-widgets.js';
  const allow = state.allowOrigin ? originOf(state.src) : undefined;
  const element =
    `${scriptTag(bundle, allow ? ` data-kgc-allow="${escapeHtml(allow)}"` : '')}\n\n` +
    `<${tag}${attributes.map(attr).join('')}>` +
    (link ? `\n  ${link}\n` : '') +
    `</${tag}>`;

  // CSS for A and B
  const properties = customProperties(state);
  const css = properties.length
    ? `${tag} {\n${properties.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`
    : t.cssNone;

  // B: placeholder
  const data = attributes.map(([name, value]) => ` data-kgc-${name}="${escapeHtml(value)}"`).join('');
  const placeholder =
    `<div data-kgc-widget="${escapeHtml(state.widget)}"${data}>` +
    `${escapeHtml(texts.loading)}${link ? ` ${link}` : ''}</div>`;

  // C: iframe
  const params = new URLSearchParams({ widget: state.widget });
  for (const [name, value] of attributes) params.append(name, value);
  // The embed page takes colour and length tokens from its address (not the font: the iframe has its own).
  for (const [name, value] of properties) if (name !== '--kgc-font-family') params.append(name, value);
  const embedUrl = `${resolve('embed.html', state.base)}?${params}`;
  const iframe =
    `<iframe data-kgc-embed src="${escapeHtml(embedUrl)}"\n` +
    `        title="${escapeHtml(t.iframeTitle(texts.name))}" loading="lazy"></iframe>\n` +
    scriptTag('kgc-embed-host.js');
  const iframeCss = 'iframe[data-kgc-embed] {\n  width: 100%;\n  min-height: 20em;\n  border: 0;\n}';

  return { element, css, placeholder, iframe, iframeCss, missingIntegrity: [...new Set(missing)] };
}

// ---------------------------------------------------------------------------------------------- colour

function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const channels = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of a hex colour against white. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

// ---------------------------------------------------------------------------------------------- view

let instances = 0;

export function mountConfigurator(root: HTMLElement, options: ConfiguratorOptions = {}): Configurator {
  const id = `cfg${++instances}`;
  const feedUrl = options.feedUrl ?? new URL('./data/feed.json', location.href).href;
  const state: ConfiguratorState = {
    uiLang: root.closest('[lang]')?.getAttribute('lang')?.startsWith('en') ? 'en' : 'de',
    widget: 'event-calendar',
    src: feedUrl,
    moreHref: '',
    base: options.baseUrl ?? new URL('../dist/', location.href).href,
    land: '',
    view: '',
    limit: '',
    pageSize: '',
    filters: false,
    facets: true,
    sort: '',
    urlState: false,
    compact: false,
    projectId: '',
    cardVariant: '',
    show: '',
    headingLevel: '2',
    lang: '',
    primary: DEFAULT_PRIMARY,
    focus: DEFAULT_FOCUS,
    font: '',
    single: false,
    allowOrigin: false,
  };
  /** The feed URL the preview uses: follows `src` on `change`, so typing does not fetch per keystroke. */
  let previewSrc = state.src;
  let integrity: Integrity | undefined;
  let preview: HTMLElement | undefined;
  let projectIds: { id: string; title: string }[] = [];
  let feedFactsOf = '';
  /** The fallback link follows the feed's `homePageUrl` until the editor types one. */
  let moreHrefEdited = false;
  const status: Record<string, string> = {};
  const timers = new Map<string, number>();
  const writeText =
    options.writeText ??
    ((text: string) =>
      navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.reject(new Error('no clipboard')));

  const integrityRead = fetch(options.integrityUrl ?? new URL('../dist/cdn/integrity.json', location.href).href, {
    credentials: 'omit',
  })
    .then((response) => (response.ok ? response.json() : undefined))
    .then((json: unknown) => {
      if (json && typeof json === 'object') integrity = json as Integrity;
    })
    .catch(() => undefined)
    .finally(() => update());
  let feedRead: Promise<void> | undefined;

  function set(patch: Partial<ConfiguratorState>) {
    Object.assign(state, patch);
    update();
  }

  /** Reads the feed once per URL: project ids for the card, `homePageUrl` as the default fallback link. */
  function loadFeedFacts(): Promise<void> | undefined {
    if (feedFactsOf === previewSrc || !isHttpUrl(previewSrc)) return;
    feedFactsOf = previewSrc;
    return fetch(previewSrc, { credentials: 'omit' })
      .then((response) => response.json())
      .then((feed: { homePageUrl?: unknown; projects?: { id?: unknown; title?: unknown }[] }) => {
        projectIds = (Array.isArray(feed.projects) ? feed.projects : [])
          .filter((p) => typeof p?.id === 'string')
          .map((p) => ({ id: String(p.id), title: typeof p.title === 'string' ? p.title : '' }));
        if (!state.projectId && projectIds[0]) state.projectId = projectIds[0].id;
        if (!moreHrefEdited && typeof feed.homePageUrl === 'string' && isHttpUrl(feed.homePageUrl)) {
          state.moreHref = feed.homePageUrl;
        }
        update();
      })
      .catch(() => {
        projectIds = [];
        update();
      });
  }

  function syncPreview(host: HTMLElement) {
    const tag = `kgc-${state.widget}`;
    if (!preview || preview.localName !== tag) {
      preview = document.createElement(tag);
      host.replaceChildren(preview);
    }
    const wanted = new Map(widgetAttributes({ ...state, src: previewSrc }).filter(([name]) => name !== 'url-state'));
    for (const name of preview.getAttributeNames()) {
      if (name !== 'style' && !wanted.has(name)) preview.removeAttribute(name);
    }
    for (const [name, value] of wanted) {
      if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
    }
    const properties = new Map(customProperties(state));
    for (const name of ['--kgc-color-primary', '--kgc-color-focus', '--kgc-font-family']) {
      const value = properties.get(name);
      if (value) preview.style.setProperty(name, value);
      else preview.style.removeProperty(name);
    }
    if (!preview.getAttribute('style')) preview.removeAttribute('style');
  }

  async function copy(key: string, text: string, block: HTMLElement | null) {
    const t = ui[state.uiLang];
    try {
      await writeText(text);
      announce(key, t.copied);
    } catch {
      if (block) {
        const selection = getSelection();
        selection?.removeAllRanges();
        selection?.selectAllChildren(block);
      }
      announce(key, t.selected);
    }
  }

  function announce(key: string, message: string) {
    status[key] = message;
    update();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      window.setTimeout(() => {
        status[key] = '';
        update();
      }, 8000),
    );
  }

  // ---- templates

  const fieldId = (name: string) => `${id}-${name}`;
  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

  const textField = (
    name: 'src' | 'moreHref' | 'base' | 'limit' | 'pageSize' | 'projectId',
    label: string,
    hint: string,
    error: string | false,
    extra: { type?: string; inputmode?: string; list?: string; onChange?: () => void; autocomplete?: string } = {},
  ) =>
    html`<div class="cfg-field">
      <label for=${fieldId(name)}>${label}</label>
      ${hint ? html`<p class="cfg-hint" id=${fieldId(`${name}-hint`)}>${hint}</p>` : nothing}
      <input
        id=${fieldId(name)}
        name=${name}
        type=${extra.type ?? 'text'}
        inputmode=${ifDefined(extra.inputmode)}
        list=${ifDefined(extra.list)}
        autocomplete=${extra.autocomplete ?? 'off'}
        spellcheck="false"
        .value=${live(String(state[name]))}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(hint && fieldId(`${name}-hint`), error && fieldId(`${name}-error`)))}
        @input=${(e: Event) => {
          if (name === 'moreHref') moreHrefEdited = true;
          set({ [name]: (e.target as HTMLInputElement).value });
        }}
        @change=${extra.onChange ?? nothing}
      />
      ${error ? html`<p class="cfg-error" id=${fieldId(`${name}-error`)}>${error}</p>` : nothing}
    </div>`;

  const select = <K extends 'land' | 'view' | 'show' | 'headingLevel' | 'lang' | 'font' | 'cardVariant' | 'sort'>(
    name: K,
    label: string,
    choices: [string, string][],
    hint = '',
    error: string | false = false,
  ) =>
    html`<div class="cfg-field">
      <label for=${fieldId(name)}>${label}</label>
      ${hint ? html`<p class="cfg-hint" id=${fieldId(`${name}-hint`)}>${hint}</p>` : nothing}
      <select
        id=${fieldId(name)}
        name=${name}
        .value=${live(String(state[name]))}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(hint && fieldId(`${name}-hint`), error && fieldId(`${name}-error`)))}
        @change=${(e: Event) => set({ [name]: (e.target as HTMLSelectElement).value } as Partial<ConfiguratorState>)}
      >
        ${choices.map(
          ([value, text]) => html`<option value=${value} ?selected=${state[name] === value}>${text}</option>`,
        )}
      </select>
      ${error ? html`<p class="cfg-error" id=${fieldId(`${name}-error`)}>${error}</p>` : nothing}
    </div>`;

  const checkbox = (name: 'filters' | 'facets' | 'urlState' | 'compact' | 'single' | 'allowOrigin', label: string) =>
    html`<div class="cfg-check">
      <input
        id=${fieldId(name)}
        name=${name}
        type="checkbox"
        .checked=${live(state[name])}
        @change=${(e: Event) => set({ [name]: (e.target as HTMLInputElement).checked })}
      />
      <label for=${fieldId(name)}>${label}</label>
    </div>`;

  const colourField = (name: 'primary' | 'focus', label: string, need: number) => {
    const t = ui[state.uiLang];
    const value = state[name].trim();
    const valid = HEX.test(value);
    const ratio = valid ? contrastWithWhite(value) : 0;
    const format = (n: number) => n.toLocaleString(state.uiLang, { maximumFractionDigits: 1 });
    const low = valid && ratio < need;
    const hexId = fieldId(name);
    const noteId = fieldId(`${name}-note`);
    return html`<div class="cfg-field cfg-colour">
      <label for=${hexId}>${label}</label>
      <div class="cfg-colour-row">
        <input
          id=${fieldId(`${name}-picker`)}
          type="color"
          aria-label=${t.picker(label)}
          .value=${live(valid ? expandHex(value) : name === 'primary' ? DEFAULT_PRIMARY : DEFAULT_FOCUS)}
          @input=${(e: Event) => set({ [name]: (e.target as HTMLInputElement).value })}
        />
        <input
          id=${hexId}
          name=${name}
          type="text"
          autocomplete="off"
          spellcheck="false"
          size="9"
          .value=${live(state[name])}
          aria-invalid=${valid ? 'false' : 'true'}
          aria-describedby=${noteId}
          @input=${(e: Event) => set({ [name]: (e.target as HTMLInputElement).value })}
        />
      </div>
      <p id=${noteId} class=${valid && !low ? 'cfg-hint' : 'cfg-error'}>
        ${
          !valid
            ? t.hexInvalid
            : low
              ? t.contrastLow(format(ratio), format(need))
              : t.contrastOk(format(ratio), format(need))
        }
      </p>
    </div>`;
  };

  const codeBlock = (key: string, heading: string, formName: string, text: string) => {
    const t = ui[state.uiLang];
    const codeId = fieldId(`code-${key}`);
    const headingId = fieldId(`code-${key}-label`);
    return html`<div class="cfg-code">
      <div class="cfg-code-head">
        <p class="cfg-code-label" id=${headingId}>${heading}</p>
        <button
          type="button"
          class="cfg-copy"
          data-copy=${key}
          @click=${() => copy(key, text, root.querySelector<HTMLElement>(`#${codeId}`))}
        >
          ${t.copy}<span class="visually-hidden">${t.copyWhat(heading, formName)}</span>
        </button>
        <span class="cfg-status" role="status" data-status=${key}>${status[key] ?? ''}</span>
      </div>
      <pre aria-labelledby=${headingId}><code id=${codeId} data-snippet=${key}>${text}</code></pre>
    </div>`;
  };

  function template(): TemplateResult {
    const t: Ui = ui[state.uiLang];
    const names = widgetTexts[state.uiLang];
    const w = state.widget;
    const snippets = buildSnippets(state, integrity);
    const srcError = !isHttpUrl(state.src) && t.srcInvalid;
    const moreError = state.moreHref.trim() !== '' && !isHttpUrl(state.moreHref) && t.moreHrefInvalid;
    const baseError = !isHttpUrl(state.base) && t.baseInvalid;
    const numberError = (value: string) => value.trim() !== '' && !isWholePositive(value) && t.numberInvalid;
    const laender: [string, string][] = [
      ['', w === 'office-card' ? t.chooseLand : t.allLaender],
      ...LAENDER.map((l): [string, string] => [l.iso.slice(3), l[state.uiLang]]),
    ];
    const landError = w === 'office-card' && !state.land && t.landRequired;
    const bundleFile = `kgc-${w}.js`;
    const integrityNote = (file: string) =>
      snippets.missingIntegrity.includes(file)
        ? html`<p class="cfg-warning">${t.integrityMissing(file)}</p>`
        : html`<p class="cfg-hint">${t.integrityNote}</p>`;

    return html`
      <div class="cfg-top">
        <h1 id=${fieldId('title')}>${t.title}</h1>
        <button
          type="button"
          class="cfg-lang"
          lang=${state.uiLang === 'de' ? 'en' : 'de'}
          aria-label=${t.switchLangName}
          @click=${() => set({ uiLang: state.uiLang === 'de' ? 'en' : 'de' })}
        >
          ${t.switchLang}
        </button>
      </div>
      <p class="lead">${t.intro}</p>

      <div class="cfg-layout">
        <form class="cfg-settings" aria-labelledby=${fieldId('settings')} @submit=${(e: Event) => e.preventDefault()}>
          <h2 id=${fieldId('settings')}>${t.settings}</h2>

          <fieldset class="cfg-widgets">
            <legend>${t.widget}</legend>
            ${WIDGET_NAMES.map(
              (name) =>
                html`<div class="cfg-radio">
                  <input
                    id=${fieldId(`widget-${name}`)}
                    type="radio"
                    name="widget"
                    value=${name}
                    .checked=${live(state.widget === name)}
                    aria-describedby=${fieldId(`widget-${name}-desc`)}
                    @change=${() => set({ widget: name })}
                  />
                  <label for=${fieldId(`widget-${name}`)}>${names[name].name}</label>
                  <span class="cfg-hint" id=${fieldId(`widget-${name}-desc`)}>${names[name].description}</span>
                </div>`,
            )}
          </fieldset>

          <fieldset>
            <legend>${t.data}</legend>
            ${textField('src', t.src, t.srcHint, srcError, {
              type: 'url',
              inputmode: 'url',
              onChange: () => {
                previewSrc = state.src;
                update();
              },
            })}
            ${textField('moreHref', t.moreHref, t.moreHrefHint, moreError, { type: 'url', inputmode: 'url' })}
          </fieldset>

          <fieldset>
            <legend>${t.options}</legend>
            ${
              hasField(w, 'projectId')
                ? html`${textField('projectId', t.projectId, t.projectIdHint, false, {
                      list: fieldId('project-ids'),
                    })}
                    <datalist id=${fieldId('project-ids')}>
                      ${projectIds.map((p) => html`<option value=${p.id}>${p.title}</option>`)}
                    </datalist>`
                : nothing
            }
            ${
              hasField(w, 'cardVariant')
                ? select('cardVariant', t.cardVariant, [
                    ['', t.cardTeaser],
                    ['full', t.cardFull],
                  ])
                : nothing
            }
            ${hasField(w, 'land') ? select('land', t.land, laender, '', landError) : nothing}
            ${
              hasField(w, 'view')
                ? select('view', t.view, [
                    ['', t.viewAuto],
                    ['month', t.viewMonth],
                    ['list', t.viewList],
                  ])
                : nothing
            }
            ${
              hasField(w, 'show')
                ? select('show', t.show, [
                    ['', t.showBoth],
                    ['partners', t.showPartners],
                    ['offices', t.showOffices],
                  ])
                : nothing
            }
            ${
              hasField(w, 'limit')
                ? w === 'event-calendar'
                  ? textField('limit', t.limitEvents, t.limitEventsHint, numberError(state.limit), {
                      inputmode: 'numeric',
                    })
                  : textField('limit', t.limit, t.limitHint, numberError(state.limit), { inputmode: 'numeric' })
                : nothing
            }
            ${
              hasField(w, 'pageSize')
                ? textField('pageSize', t.pageSize, t.pageSizeHint, numberError(state.pageSize), {
                    inputmode: 'numeric',
                  })
                : nothing
            }
            ${
              hasField(w, 'sort')
                ? select('sort', t.sort, [
                    ['', t.sortTitle],
                    ['updated', t.sortUpdated],
                  ])
                : nothing
            }
            ${hasField(w, 'facets') ? checkbox('facets', t.facets) : nothing}
            ${hasField(w, 'filters') ? checkbox('filters', t.filters) : nothing}
            ${hasField(w, 'compact') ? checkbox('compact', t.compact) : nothing}
            ${hasField(w, 'urlState') ? checkbox('urlState', t.urlState) : nothing}
            ${select(
              'headingLevel',
              t.headingLevel,
              ['1', '2', '3', '4', '5', '6'].map((n): [string, string] => [n, `h${n}`]),
              t.headingLevelHint,
            )}
            ${select('lang', t.lang, [
              ['', t.langPage],
              ['de', t.langDe],
              ['en', t.langEn],
            ])}
          </fieldset>

          <fieldset>
            <legend>${t.design}</legend>
            <p class="cfg-hint">${t.designHint}</p>
            ${colourField('primary', t.primary, 4.5)} ${colourField('focus', t.focus, 3)}
            ${select('font', t.font, [
              ['', t.fontPage],
              ['sans', t.fontSans],
              ['serif', t.fontSerif],
            ])}
            <button
              type="button"
              class="cfg-secondary"
              @click=${() => set({ primary: DEFAULT_PRIMARY, focus: DEFAULT_FOCUS, font: '' })}
            >
              ${t.reset}
            </button>
          </fieldset>

          <fieldset>
            <legend>${t.hosting}</legend>
            ${textField('base', t.base, t.baseHint, baseError, { type: 'url', inputmode: 'url' })}
            ${checkbox('single', t.single(bundleFile))} ${checkbox('allowOrigin', t.allowOrigin)}
          </fieldset>
        </form>

        <section class="cfg-preview" aria-labelledby=${fieldId('preview')}>
          <div class="cfg-preview-head">
            <h2 id=${fieldId('preview')}>${t.preview}</h2>
            <a href=${`#${fieldId('code')}`} class="cfg-skip">${t.toCode}</a>
          </div>
          <p class="cfg-hint">
            ${t.previewNote} ${hasField(w, 'urlState') && state.urlState ? t.previewUrlState : nothing}
          </p>
          <div class="cfg-preview-frame" lang=${state.uiLang}>
            ${
              customElements.get(`kgc-${w}`)
                ? nothing
                : html`<p class="cfg-preview-missing">${t.notDefined(`<kgc-${w}>`)}</p>`
            }
            <div data-preview></div>
          </div>
        </section>
      </div>

      <section class="cfg-snippets" aria-labelledby=${fieldId('code')}>
        <h2 id=${fieldId('code')}>${t.code}</h2>
        <p>${t.codeIntro}</p>

        <section class="cfg-form-block" aria-labelledby=${fieldId('form-a')}>
          <h3 id=${fieldId('form-a')}>${t.formA}</h3>
          <p>${t.formADescription}</p>
          ${codeBlock('element', t.html, t.formA, snippets.element)}
          ${integrityNote(state.single ? bundleFile : 'kgc-widgets.js')}
          ${codeBlock('css', t.css, t.formA, snippets.css)}
        </section>

        <section class="cfg-form-block" aria-labelledby=${fieldId('form-b')}>
          <h3 id=${fieldId('form-b')}>${t.formB}</h3>
          <p>${t.formBDescription}</p>
          ${codeBlock('placeholder', t.html, t.formB, snippets.placeholder)}
          ${codeBlock('placeholder-css', t.css, t.formB, snippets.css)}
        </section>

        <section class="cfg-form-block" aria-labelledby=${fieldId('form-c')}>
          <h3 id=${fieldId('form-c')}>${t.formC}</h3>
          <p>${t.formCDescription}</p>
          ${codeBlock('iframe', t.html, t.formC, snippets.iframe)} ${integrityNote('kgc-embed-host.js')}
          ${codeBlock('iframe-css', t.cssIframe, t.formC, snippets.iframeCss)}
        </section>
      </section>

      <section class="cfg-examples" aria-labelledby=${fieldId('examples')}>
        <h2 id=${fieldId('examples')}>${t.examples}</h2>
        <ul>
          <li><a href="./host-land.html">${t.exampleLand}</a>: ${t.exampleLandText}</li>
          <li><a href="./host-city.html">${t.exampleCity}</a>: ${t.exampleCityText}</li>
        </ul>
      </section>
    `;
  }

  let destroyed = false;
  const awaited = new Set<string>();
  function update() {
    const tag = `kgc-${state.widget}`;
    if (!customElements.get(tag) && !awaited.has(tag)) {
      awaited.add(tag);
      customElements.whenDefined(tag).then(() => update());
    }
    if (destroyed) return;
    if (root.getAttribute('lang') !== state.uiLang) root.setAttribute('lang', state.uiLang);
    if (options.manageTitle) document.title = ui[state.uiLang].docTitle;
    render(template(), root);
    const host = root.querySelector<HTMLElement>('[data-preview]');
    if (host) syncPreview(host);
    const reading = loadFeedFacts();
    feedRead ??= reading;
  }

  // The page's static content (heading, <noscript>) is replaced by the configurator.
  root.replaceChildren();
  root.classList.add('cfg');
  update();
  const ready = Promise.all([integrityRead, feedRead]).then(() => undefined);

  return {
    get state() {
      return state;
    },
    get preview() {
      return preview;
    },
    ready,
    set(patch) {
      if ('src' in patch && patch.src !== undefined) previewSrc = patch.src;
      set(patch);
    },
    destroy() {
      destroyed = true;
      for (const timer of timers.values()) clearTimeout(timer);
      render(nothing, root);
    },
  };
}

function expandHex(hex: string): string {
  return hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}`.toLowerCase() : hex.toLowerCase();
}

// The page: mount on #kgc-configurator when present (tests import this module and mount themselves).
const pageRoot = typeof document !== 'undefined' ? document.getElementById('kgc-configurator') : null;
if (pageRoot) mountConfigurator(pageRoot, { manageTitle: true });
