/**
 * The messages every widget shares: states, errors, paging. Widget-specific texts live beside the
 * widget (`widgets/<name>/messages.ts`), in the same `{ de, en }` shape.
 */
import type { FeedError, FeedErrorKind } from '../feed/errors.js';
import { locale } from './format.js';
import type { Lang } from './lang.js';

/**
 * What an HTTP error status tells a visitor: `gone` (404, 410: nothing at this address), `temporary`
 * (429, 502, 503, 504: overloaded, down for maintenance, a gateway without answer; try again later), or
 * just that the server failed.
 */
function httpCase(status: number | undefined): 'gone' | 'temporary' | 'other' {
  if (status === 404 || status === 410) return 'gone';
  if (status === 429 || (status !== undefined && status >= 502 && status <= 504)) return 'temporary';
  return 'other';
}

type ErrorTexts = Record<FeedErrorKind | 'noSource', string | ((status?: number, retryIn?: string) => string)>;

export const common = {
  de: {
    loading: 'Wird geladen …',
    empty: 'Keine Einträge gefunden.',
    resetFilters: 'Filter zurücksetzen',
    retry: 'Erneut versuchen',
    errorTitle: 'Die Daten konnten nicht geladen werden.',
    errors: {
      network: 'Der Server mit den Daten ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung.',
      http: (status?: number, retryIn?: string) => {
        const what = {
          gone: `Unter der angegebenen Adresse wurden keine Daten gefunden (HTTP-Status ${status}).`,
          temporary: `Der Server mit den Daten ist vorübergehend nicht verfügbar (HTTP-Status ${status}).`,
          other: `Der Server hat mit einem Fehler geantwortet (HTTP-Status ${status ?? 'unbekannt'}).`,
        }[httpCase(status)];
        return retryIn || httpCase(status) === 'temporary'
          ? `${what} Bitte versuchen Sie es ${retryIn ?? 'später'} erneut.`
          : what;
      },
      json: 'Die Antwort des Servers ist kein JSON-Dokument.',
      invalid: 'Die Daten haben nicht das erwartete Format (kein gültiger Feed).',
      version: 'Diese Feed-Version wird nicht unterstützt (erwartet: Version 1).',
      timeout: 'Der Server hat nicht rechtzeitig geantwortet.',
      origin: 'Daten von dieser Adresse sind auf dieser Seite nicht zugelassen.',
      'not-found': 'Der gesuchte Eintrag ist in den Daten nicht enthalten.',
      abort: 'Das Laden wurde abgebrochen.',
      noSource: 'Es ist keine Datenquelle angegeben.',
    } satisfies ErrorTexts,
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
      http: (status?: number, retryIn?: string) => {
        const what = {
          gone: `No data was found at the given address (HTTP status ${status}).`,
          temporary: `The server with the data is temporarily unavailable (HTTP status ${status}).`,
          other: `The server answered with an error (HTTP status ${status ?? 'unknown'}).`,
        }[httpCase(status)];
        return retryIn || httpCase(status) === 'temporary' ? `${what} Please try again ${retryIn ?? 'later'}.` : what;
      },
      json: 'The server’s answer is not a JSON document.',
      invalid: 'The data is not in the expected format (not a valid feed).',
      version: 'This feed version is not supported (expected: version 1).',
      timeout: 'The server did not answer in time.',
      origin: 'Data from this address is not allowed on this page.',
      'not-found': 'The requested entry is not in the data.',
      abort: 'Loading was cancelled.',
      noSource: 'No data source is given.',
    } satisfies ErrorTexts,
    more: 'Show more',
    close: 'Close',
    externalLink: '(external link)',
  },
};

export type CommonMessages = (typeof common)['de'];

/**
 * "in 2 Minuten" / "in 2 minutes": when to try again, from the server's Retry-After seconds. Up to a day;
 * a longer wait is not worth a number (the text then says "später").
 */
function retryIn(lang: Lang, seconds: number | undefined): string | undefined {
  if (!seconds || seconds > 24 * 60 * 60) return undefined;
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    seconds < 60
      ? [seconds, 'second']
      : seconds < 3600
        ? [Math.ceil(seconds / 60), 'minute']
        : [Math.ceil(seconds / 3600), 'hour'];
  return new Intl.RelativeTimeFormat(locale(lang), { numeric: 'always' }).format(value, unit);
}

/** The visitor's text for a failed load, in `lang`. */
export function errorMessage(lang: Lang, error: FeedError): string {
  const text = common[lang].errors[error.kind];
  return typeof text === 'function' ? text(error.status, retryIn(lang, error.retryAfter)) : text;
}
