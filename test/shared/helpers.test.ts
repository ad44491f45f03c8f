import { expect } from '@open-wc/testing';
import { parseLand, parseLandList, landName, LAENDER } from '../../src/shared/laender.js';
import { safeHref, mailHref, telHref } from '../../src/shared/safe-url.js';
import { define } from '../../src/shared/define.js';
import { toLang } from '../../src/i18n/lang.js';
import {
  berlinDay,
  formatDate,
  formatDateTime,
  formatDateTimeRange,
  formatDayRange,
  formatMonth,
  formatNumber,
  formatTime,
  monthShort,
} from '../../src/i18n/format.js';
import { captureWarnings } from '../helpers/server.js';

describe('Länder', () => {
  it('knows all 16 with ISO codes and AGS prefixes', () => {
    expect(LAENDER).to.have.length(16);
    expect(new Set(LAENDER.map((l) => l.ags)).size).to.equal(16);
    expect(LAENDER.every((l) => /^DE-[A-Z]{2}$/.test(l.iso))).to.equal(true);
  });

  it('accepts ST, DE-ST and lower case; refuses unknown codes', () => {
    expect(parseLand('ST')).to.equal('DE-ST');
    expect(parseLand('DE-ST')).to.equal('DE-ST');
    expect(parseLand(' de-st ')).to.equal('DE-ST');
    expect(parseLand('XX')).to.equal(undefined);
    expect(parseLand('')).to.equal(undefined);
  });

  it('reads lists and warns about unknown codes', async () => {
    const { result, warnings } = await captureWarnings(() => parseLandList('ST, DE-SN  XY st', 'kgc-x'));
    expect(result).to.deep.equal(['DE-ST', 'DE-SN']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('XY');
  });

  it('names them in German and English', () => {
    expect(landName('DE-TH', 'de')).to.equal('Thüringen');
    expect(landName('DE-BY', 'en')).to.equal('Bavaria');
  });
});

describe('safe links', () => {
  it('links http, https, mailto and tel only', () => {
    expect(safeHref('https://example.org/a?b=1')).to.equal('https://example.org/a?b=1');
    expect(safeHref('http://example.org')).to.equal('http://example.org/');
    expect(safeHref('mailto:info@example.org')).to.equal('mailto:info@example.org');
    expect(safeHref('tel:+49391123')).to.equal('tel:+49391123');
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      'www.example.org',
      '/relative',
      '',
      undefined,
    ]) {
      expect(safeHref(bad), String(bad)).to.equal(undefined);
    }
  });

  it('builds mailto and tel links only from plausible values', () => {
    expect(mailHref('info@example.org')).to.equal('mailto:info@example.org');
    expect(mailHref('a@b.de?bcc=x@y.de')).to.equal(undefined);
    expect(mailHref('keine Adresse')).to.equal(undefined);
    expect(telHref('0391 / 8 36 41-11')).to.equal('tel:03918364111');
    expect(telHref('+49 (0)391 123')).to.equal('tel:+490391123');
    expect(telHref('bitte anrufen')).to.equal(undefined);
  });
});

describe('safe registration', () => {
  it('never throws when a tag is defined twice; the first definition wins, one warning', async () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const { warnings } = await captureWarnings(() => {
      define('kgc-define-test', First);
      define('kgc-define-test', Second);
      define('kgc-define-test', First);
    });
    expect(customElements.get('kgc-define-test')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('already defined');
  });
});

describe('language and dates', () => {
  it('speaks German unless English is asked for', () => {
    expect(toLang('en')).to.equal('en');
    expect(toLang('en-US')).to.equal('en');
    expect(toLang('de-AT')).to.equal('de');
    expect(toLang('fr')).to.equal('de');
    expect(toLang(null)).to.equal('de');
  });

  it('shows dates in Berlin time, all-day dates as calendar days', () => {
    expect(formatDate('2023-12-21', 'de')).to.equal('21.12.2023');
    expect(formatDate('2023-12-21', 'en')).to.equal('21/12/2023');
    expect(formatDate('2026-03-28T23:30:00Z', 'de')).to.equal('29.03.2026');
    expect(formatTime('2026-03-29T10:00:00+02:00')).to.equal('10:00');
    expect(formatTime('2026-10-25T01:30:00Z')).to.equal('02:30');
    expect(berlinDay('2026-03-29T00:30:00+01:00')).to.equal('2026-03-29');
    expect(berlinDay('2026-03-29T00:30:00+02:00')).to.equal('2026-03-28');
    expect(berlinDay('2026-12-31T23:30:00Z')).to.equal('2027-01-01');
    // before 1996 summer time ended in September: Intl's tables answer (22:30 UTC is 23:30 in Berlin)
    expect(berlinDay('1990-10-14T22:30:00Z')).to.equal('1990-10-14');
  });

  it('writes dates as CLDR does for de-DE and en-GB, without Intl', () => {
    expect(formatDate('2026-09-07', 'de', 'long')).to.equal('7. September 2026');
    expect(formatDate('2026-09-07', 'en', 'long')).to.equal('7 September 2026');
    expect(formatDate('2026-09-07T23:30:00Z', 'de', 'weekday')).to.equal('Dienstag, 8. September 2026');
    expect(formatDate('2026-09-07', 'en', 'weekday')).to.equal('Monday, 7 September 2026');
    expect(formatDate('0012-01-05', 'de')).to.equal('05.01.12');
    expect(formatMonth('2026-03', 'de')).to.equal('März 2026');
    expect(formatMonth('2026-12', 'en')).to.equal('December 2026');
    expect(monthShort('2026-09-30T22:30:00Z', 'de')).to.equal('Okt');
    expect(monthShort('2026-09-01', 'en')).to.equal('Sept');
    expect(formatDateTime('2026-06-01T08:00:00Z', 'de')).to.equal('Montag, 1. Juni 2026 um 10:00');
    expect(formatDateTime('2026-06-01T08:00:00Z', 'en')).to.equal('Monday, 1 June 2026 at 10:00');
    expect(formatDayRange('2026-06-01', '2026-06-03', 'de')).to.equal('Montag, 1. – Mittwoch, 3. Juni 2026');
    expect(formatDayRange('2026-06-29', '2026-07-02', 'de')).to.equal('Montag, 29. Juni – Donnerstag, 2. Juli 2026');
    expect(formatDayRange('2026-12-30', '2027-01-02', 'en')).to.equal(
      'Wednesday 30 December 2026 – Saturday 2 January 2027',
    );
    expect(formatDayRange('2026-06-01', '2026-06-03', 'en')).to.equal('Monday 1 June – Wednesday 3 June 2026');
    expect(formatDateTimeRange('2026-06-01T10:00:00+02:00', '2026-06-01T12:30:00+02:00', 'de')).to.equal(
      'Montag, 1. Juni 2026, 10:00–12:30 Uhr',
    );
    expect(formatDateTimeRange('2026-06-01T10:00:00+02:00', '2026-06-02T12:30:00+02:00', 'en')).to.equal(
      'Monday, 1 June 2026 at 10:00 – Tuesday, 2 June 2026 at 12:30',
    );
  });

  it("works out Berlin's day as Intl does, across every change of summer time from 1996 to 2099", () => {
    const intl = new Intl.DateTimeFormat('en', {
      timeZone: 'Europe/Berlin',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const reference = (iso: string) => {
      const parts = Object.fromEntries(intl.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
      return `${parts.year}-${parts.month}-${parts.day}`;
    };
    const mismatches: string[] = [];
    for (let year = 1995; year <= 2100; year++) {
      // Hours around each of the year's two changes (late March, late October), and the turn of the year.
      for (const [month, from, to] of [
        [2, 24, 32],
        [9, 24, 32],
        [11, 31, 32],
      ] as const) {
        for (let day = from; day < to; day++) {
          for (let half = 0; half < 48; half++) {
            const iso = new Date(Date.UTC(year, month, day, 0, half * 30)).toISOString();
            if (berlinDay(iso) !== reference(iso)) mismatches.push(iso);
          }
        }
      }
    }
    expect(mismatches).to.deep.equal([]);
  });

  it('gives numbers the grouping Intl.NumberFormat gives them', () => {
    for (const n of [0, 7, 999, 1000, 5000, 12345, 999999, 1234567, -4321]) {
      expect(formatNumber(n, 'de')).to.equal(new Intl.NumberFormat('de-DE').format(n));
      expect(formatNumber(n, 'en')).to.equal(new Intl.NumberFormat('en-GB').format(n));
    }
  });
});
