import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonths,
  addMonthsToDay,
  berlinMidnight,
  eventSpan,
  isDay,
  isMonth,
  isoWeek,
  monthGrid,
} from '../../../src/widgets/event-calendar/dates.js';
import { berlinOffset, formatDate, formatMonth, weekday, weekdayNames } from '../../../src/i18n/format.js';

describe('event calendar: date helpers', () => {
  it('computes ISO 8601 weeks, including week 53 and weeks that belong to the neighbouring year', () => {
    const cases: [string, number, number][] = [
      ['2026-01-01', 2026, 1], // a Thursday: week 1 is the week of the year's first Thursday
      ['2025-12-29', 2026, 1], // Monday of 2026-W01, still in December
      ['2026-06-01', 2026, 23],
      ['2016-04-26', 2016, 17],
      ['2016-06-01', 2016, 22], // the seed's June: weeks 22–26
      ['2016-06-30', 2016, 26],
      ['2026-12-28', 2026, 53], // 2026 has 53 weeks (it starts on a Thursday)
      ['2027-01-03', 2026, 53], // a Sunday in January, still in 2026-W53
      ['2027-01-04', 2027, 1],
      ['2020-12-31', 2020, 53], // a leap year starting on Wednesday
      ['2021-01-03', 2020, 53],
      ['2024-12-30', 2025, 1],
      ['2027-12-31', 2027, 52],
      ['2032-12-31', 2032, 53],
    ];
    for (const [day, year, week] of cases) expect(isoWeek(day), day).to.deep.equal({ year, week });
  });

  it('agrees with a plain count of Thursdays for every day of 2015–2033', () => {
    // Independent definition: the week of a day is the number of its year's Thursdays up to the week's Thursday.
    for (let day = '2015-01-01'; day <= '2033-12-31'; day = addDays(day, 1)) {
      const thursday = addDays(day, 3 - weekday(day));
      let count = 0;
      for (let d = `${thursday.slice(0, 4)}-01-01`; d <= thursday; d = addDays(d, 1)) if (weekday(d) === 3) count++;
      const { year, week } = isoWeek(day);
      if (year !== +thursday.slice(0, 4) || week !== count)
        throw new Error(`${day}: ${year}-W${week}, expected W${count}`);
    }
  });

  it('lays out months Monday to Sunday with the neighbours’ days', () => {
    const june2016 = monthGrid('2016-06'); // the seed: 30 May … 3 July
    expect(june2016.map((w) => isoWeek(w[0]).week)).to.deep.equal([22, 23, 24, 25, 26]);
    expect(june2016[0][0]).to.equal('2016-05-30');
    expect(june2016[4][6]).to.equal('2016-07-03');

    const march2026 = monthGrid('2026-03'); // starts on a Sunday: the 1st is the last cell of the first row
    expect(march2026).to.have.length(6);
    expect(march2026[0][6]).to.equal('2026-03-01');
    expect(march2026[5][1]).to.equal('2026-03-31');

    const feb2028 = monthGrid('2028-02'); // leap year: 29 February
    expect(feb2028.flat()).to.include('2028-02-29');
    expect(feb2028.flat().filter((d) => d.startsWith('2028-02'))).to.have.length(29);

    const feb2027 = monthGrid('2027-02'); // starts on Monday, 28 days: exactly four rows
    expect(feb2027).to.have.length(4);

    const dec2026 = monthGrid('2026-12');
    expect(dec2026.map((w) => isoWeek(w[0]).week)).to.deep.equal([49, 50, 51, 52, 53]);
    for (const week of [june2016, march2026, feb2028, feb2027, dec2026].flat()) {
      expect(week).to.have.length(7);
      expect(weekday(week[0])).to.equal(0);
    }
  });

  it('adds days and months across month ends, leap days and DST changes', () => {
    expect(addDays('2026-03-28', 1)).to.equal('2026-03-29');
    expect(addDays('2026-03-29', 1)).to.equal('2026-03-30'); // the day Berlin has 23 hours
    expect(addDays('2026-10-25', 1)).to.equal('2026-10-26'); // and the one with 25
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addMonths('2026-12', 1)).to.equal('2027-01');
    expect(addMonths('2026-01', -1)).to.equal('2025-12');
    expect(addMonths('2026-06', -18)).to.equal('2024-12');
    expect(addMonthsToDay('2026-01-31', 1)).to.equal('2026-02-28');
    expect(addMonthsToDay('2028-01-31', 1)).to.equal('2028-02-29');
    expect(addMonthsToDay('2026-03-31', -1)).to.equal('2026-02-28');
  });

  it('validates months and days', () => {
    expect(isMonth('2026-06')).to.equal(true);
    expect(isMonth('2026-13')).to.equal(false);
    expect(isMonth('2026-6')).to.equal(false);
    expect(isDay('2028-02-29')).to.equal(true);
    expect(isDay('2026-02-29')).to.equal(false);
    expect(isDay('2026-06-31')).to.equal(false);
  });

  it('keeps to years 1–9999 (years below 100 are not 19xx; no grid reaches year 10000)', () => {
    expect(addDays('0050-02-28', 1)).to.equal('0050-03-01');
    expect(addDays('0004-02-28', 1)).to.equal('0004-02-29');
    expect(monthGrid('0001-01')[0][0]).to.equal('0001-01-01');
    expect(isMonth('0000-01')).to.equal(false);
    expect(isMonth('9999-12')).to.equal(false);
    expect(isMonth('9999-11')).to.equal(true);
    expect(addMonths('0001-01', -1)).to.equal('0001-01');
    expect(addMonths('9999-11', 1)).to.equal('9999-11');
    expect(addMonths('0099-12', 1)).to.equal('0100-01');
  });

  it('puts events on their Berlin days: offsets, DST, all-day and multi-day', () => {
    expect(eventSpan('2026-03-29T10:00:00+02:00')).to.deep.equal({
      start: '2026-03-29',
      end: '2026-03-29',
      allDay: false,
    });
    // 23:30 UTC on 31 March is 01:30 on 1 April in Berlin
    expect(eventSpan('2026-03-31T23:30:00Z').start).to.equal('2026-04-01');
    // written in New York time, still a Berlin day
    expect(eventSpan('2026-06-10T20:00:00-04:00').start).to.equal('2026-06-11');
    // across the October change (25 hours that night)
    expect(eventSpan('2026-10-24T22:00:00+02:00', '2026-10-25T10:00:00+01:00')).to.deep.equal({
      start: '2026-10-24',
      end: '2026-10-25',
      allDay: false,
    });
    // an end at midnight does not reach into the next day
    expect(eventSpan('2026-06-12T19:00:00+02:00', '2026-06-13T00:00:00+02:00').end).to.equal('2026-06-12');
    // all-day: the end date is the last day
    expect(eventSpan('2026-06-29', '2026-07-02')).to.deep.equal({
      start: '2026-06-29',
      end: '2026-07-02',
      allDay: true,
    });
    expect(eventSpan('2026-06-15')).to.deep.equal({ start: '2026-06-15', end: '2026-06-15', allDay: true });
  });

  it('knows Berlin’s offset and midnight in winter and summer', () => {
    expect(berlinOffset(Date.parse('2026-01-15T12:00:00Z'))).to.equal(60);
    expect(berlinOffset(Date.parse('2026-07-15T12:00:00Z'))).to.equal(120);
    expect(berlinOffset(Date.parse('2026-03-29T00:59:00Z'))).to.equal(60);
    expect(berlinOffset(Date.parse('2026-03-29T01:00:00Z'))).to.equal(120);
    expect(new Date(berlinMidnight('2026-03-29')).toISOString()).to.equal('2026-03-28T23:00:00.000Z');
    expect(new Date(berlinMidnight('2026-03-30')).toISOString()).to.equal('2026-03-29T22:00:00.000Z');
    expect(new Date(berlinMidnight('2026-10-26')).toISOString()).to.equal('2026-10-25T23:00:00.000Z');
  });

  it('names months, weekdays and days through Intl, in German and English', () => {
    expect(formatMonth('2026-06', 'de')).to.equal('Juni 2026');
    expect(formatMonth('2026-06', 'en')).to.equal('June 2026');
    expect(weekdayNames('de').map(([s]) => s)).to.deep.equal(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
    expect(weekdayNames('de')[0][1]).to.equal('Montag');
    expect(weekdayNames('en')[6][1]).to.equal('Sunday');
    expect(formatDate('2016-04-26', 'de', 'weekday')).to.equal('Dienstag, 26. April 2016');
    expect(formatDate('2016-04-26', 'en', 'weekday')).to.match(/^Tuesday,? 26 April 2016$/);
  });
});
