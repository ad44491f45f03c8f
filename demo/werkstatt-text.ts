/** The Feed-Werkstatt's words, German and English (the report lines come from src/convert/ in both). */
import type { CollectionName } from '../src/convert/types.js';

export type UiLang = 'de' | 'en';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('de-DE')} ${n === 1 ? one : many}`;
const pluralEn = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export const TEXT = {
  de: {
    docTitle: 'Feed-Werkstatt – kgc-widgets',
    title: 'Feed-Werkstatt',
    switchLang: 'English',
    switchLangName: 'Switch to English',
    intro:
      'Aus Ihren Tabellen, Kalendern und Newsfeeds wird hier der Feed für die Widgets – geprüft, mit jedem Problem nach Datei, Zeile und Spalte. Alles geschieht in diesem Browserfenster: Die Dateien werden nicht hochgeladen.',
    filesHeading: '1. Dateien wählen',
    choose: 'Dateien',
    chooseHint:
      'Tabellen (.csv, .tsv, .xlsx) für Projekte, Partner, Koordinierungsstellen, Termine oder Meldungen; Kalender (.ics); Newsfeeds (RSS, Atom, JSON Feed). Sie können Dateien auch auf diese Fläche ziehen.',
    templates: 'Vorlagen mit allen Spalten und einer Beispielzeile:',
    chosen: 'Gewählte Dateien',
    none: 'Noch keine Datei gewählt.',
    collection: 'Sammlung',
    collectionOf: (file: string) => `Sammlung für ${file}`,
    remove: 'Entfernen',
    removeOf: (file: string) => `${file} entfernen`,
    buildHeading: '2. Feed erstellen',
    partial: 'Nur gültige Einträge (teilweise)',
    partialHint:
      'Zeilen mit Problemen werden ausgelassen, der Feed enthält die übrigen (wie kgc-feed build --partial). Ohne diese Wahl entsteht bei Problemen kein Feed.',
    build: 'Feed erstellen',
    building: 'Feed wird erstellt …',
    noFiles: 'Bitte zuerst mindestens eine Datei wählen.',
    summary: (problems: number, written: boolean) =>
      problems === 0
        ? 'Feed erstellt, keine Probleme.'
        : written
          ? `Feed mit den gültigen Einträgen erstellt; ${plural(problems, 'Problem', 'Probleme')} (ausgelassen).`
          : `${plural(problems, 'Problem', 'Probleme')} gefunden. Es wurde kein Feed erstellt (mit „Nur gültige Einträge“ entsteht er aus den gültigen).`,
    reportHeading: '3. Ergebnis',
    problems: (n: number) => plural(n, 'Problem', 'Probleme'),
    notes: (n: number) => plural(n, 'Hinweis', 'Hinweise'),
    preview: 'Vorschau: Einträge im Feed',
    count: (n: number) => n.toLocaleString('de-DE'),
    more: (n: number) => `und ${plural(n, 'weiterer', 'weitere')}`,
    download: 'feed.json herunterladen',
    size: (bytes: number) => `${(bytes / 1000).toLocaleString('de-DE', { maximumFractionDigits: 1 })} KB`,
    next: 'Nächster Schritt: feed.json auf Ihren Webserver legen, siehe',
    guide: 'Leitfaden für Datenherausgeber',
  },
  en: {
    docTitle: 'Feed workshop – kgc-widgets',
    title: 'Feed workshop',
    switchLang: 'Deutsch',
    switchLangName: 'Auf Deutsch umschalten',
    intro:
      'Turn your spreadsheets, calendars and news feeds into the feed for the widgets – checked, with every problem named by file, row and column. Everything happens in this browser window: the files are not uploaded.',
    filesHeading: '1. Choose files',
    choose: 'Files',
    chooseHint:
      'Spreadsheets (.csv, .tsv, .xlsx) of projects, partners, offices, events or news; calendars (.ics); news feeds (RSS, Atom, JSON Feed). You can also drag files onto this area.',
    templates: 'Templates with every column and an example row:',
    chosen: 'Chosen files',
    none: 'No file chosen yet.',
    collection: 'Collection',
    collectionOf: (file: string) => `Collection of ${file}`,
    remove: 'Remove',
    removeOf: (file: string) => `Remove ${file}`,
    buildHeading: '2. Build the feed',
    partial: 'Valid items only (partial)',
    partialHint:
      'Rows with problems are left out, the feed holds the others (like kgc-feed build --partial). Without this choice, problems mean no feed.',
    build: 'Build the feed',
    building: 'Building the feed …',
    noFiles: 'Please choose at least one file first.',
    summary: (problems: number, written: boolean) =>
      problems === 0
        ? 'Feed built, no problems.'
        : written
          ? `Feed built from the valid items; ${pluralEn(problems, 'problem', 'problems')} (left out).`
          : `${pluralEn(problems, 'problem', 'problems')} found. No feed was built (with "Valid items only" it is built from the valid ones).`,
    reportHeading: '3. Result',
    problems: (n: number) => pluralEn(n, 'problem', 'problems'),
    notes: (n: number) => pluralEn(n, 'note', 'notes'),
    preview: 'Preview: items in the feed',
    count: (n: number) => n.toLocaleString('en-GB'),
    more: (n: number) => `and ${pluralEn(n, 'more', 'more')}`,
    download: 'Download feed.json',
    size: (bytes: number) => `${(bytes / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} KB`,
    next: 'Next step: put feed.json on your web server, see the',
    guide: 'guide for publishers',
  },
};

export const COLLECTION_LABELS: Record<UiLang, Record<CollectionName, string>> = {
  de: {
    projects: 'Projekte',
    partners: 'Partner',
    offices: 'Koordinierungsstellen',
    events: 'Termine',
    news: 'Meldungen',
  },
  en: { projects: 'Projects', partners: 'Partners', offices: 'Offices', events: 'Events', news: 'News' },
};
