/**
 * Wall-clock times and time zones for the converters, through `Intl` only (runs in Node and in a page):
 * a wall time in any IANA zone → instant, and an instant → ISO 8601 with the offset of Europe/Berlin.
 */
export const BERLIN = 'Europe/Berlin';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

/** True when `Intl` knows this IANA zone name. */
export function isKnownZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallIn(zone: string, ms: number): Wall {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

/** Milliseconds of a wall time read as if it were UTC (years 0–99 kept as themselves). */
function wallValue(wall: Wall): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, 0);
  return date.getTime();
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
function offsetAt(zone: string, ms: number): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return wallValue(wallIn(zone, whole)) - whole;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The instant of a wall time in `zone`. As RFC 5545 (3.3.5) asks: a time that occurs twice (the hour the
 * clocks go back) is the first one; a time that does not exist (the hour skipped in spring) is read with
 * the offset before the gap, so 02:30 on that day in Berlin becomes 03:30 summer time.
 */
export function wallToInstant(zone: string, wall: Wall): number {
  const value = wallValue(wall);
  const before = offsetAt(zone, value - DAY_MS);
  const after = offsetAt(zone, value + DAY_MS);
  const fits = [value - before, value - after].filter((ms) => offsetAt(zone, ms) === value - ms);
  return fits.length ? Math.min(...fits) : value - before;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-03-12T10:00:00+01:00`: the instant as wall time and offset in Europe/Berlin. */
export function berlinDateTime(ms: number): string {
  const wall = wallIn(BERLIN, ms);
  const offset = Math.round((wallValue(wall) - Math.floor(ms / 1000) * 1000) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The instant Berlin's day `YYYY-MM-DD` begins. */
export function berlinDayStart(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return wallToInstant(BERLIN, { year, month, day: date, hour: 0, minute: 0, second: 0 });
}

/** `YYYY-MM-DD` plus `n` days. */
export function addDays(day: string, n: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const value = wallValue({ year, month, day: date + n, hour: 0, minute: 0, second: 0 });
  const d = new Date(value);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
