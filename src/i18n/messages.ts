/**
 * The messages every widget shares: states, errors, paging. Widget-specific texts live beside the
 * widget (`widgets/<name>/messages.ts`), in the same `{ de, en }` shape.
 */
import type { FeedErrorKind } from '../feed/errors.js';

export const common = {
  de: {
    loading: 'Wird geladen …',
    empty: 'Keine Einträge gefunden.',
    resetFilters: 'Filter zurücksetzen',
    retry: 'Erneut versuchen',
    errorTitle: 'Die Daten konnten nicht geladen werden.',
    errors: {
      network: 'Der Server mit den Daten ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung.',
      http: (status?: number) => `Der Server hat mit einem Fehler geantwortet (HTTP-Status ${status ?? 'unbekannt'}).`,
      json: 'Die Antwort des Servers ist kein JSON-Dokument.',
      invalid: 'Die Daten haben nicht das erwartete Format (kein gültiger Feed).',
      version: 'Diese Feed-Version wird nicht unterstützt (erwartet: Version 1).',
      timeout: 'Der Server hat nicht rechtzeitig geantwortet.',
      origin: 'Daten von dieser Adresse sind auf dieser Seite nicht zugelassen.',
      'not-found': 'Der gesuchte Eintrag ist in den Daten nicht enthalten.',
      abort: 'Das Laden wurde abgebrochen.',
      noSource: 'Es ist keine Datenquelle angegeben.',
    } satisfies Record<FeedErrorKind | 'noSource', string | ((status?: number) => string)>,
    more: 'Mehr anzeigen',
    close: 'Schließen',
    externalLink: '(externer Link)',
  },
  en: {
    loading: 'Loading …',
    empty: 'No entries found.',
    resetFilters: 'Reset filters',
    retry: 'Try again',
    errorTitle: 'The data could not be loaded.',
    errors: {
      network: 'The server with the data cannot be reached. Please check your internet connection.',
      http: (status?: number) => `The server answered with an error (HTTP status ${status ?? 'unknown'}).`,
      json: 'The server’s answer is not a JSON document.',
      invalid: 'The data is not in the expected format (not a valid feed).',
      version: 'This feed version is not supported (expected: version 1).',
      timeout: 'The server did not answer in time.',
      origin: 'Data from this address is not allowed on this page.',
      'not-found': 'The requested entry is not in the data.',
      abort: 'Loading was cancelled.',
      noSource: 'No data source is given.',
    } satisfies Record<FeedErrorKind | 'noSource', string | ((status?: number) => string)>,
    more: 'Show more',
    close: 'Close',
    externalLink: '(external link)',
  },
};

export type CommonMessages = (typeof common)['de'];
