/** Wall-clock parts of an instant in an IANA time zone. weekday: 0 = Sunday. */
export type LocalParts = {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  isoDate: string;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-US + h23 gives plain ASCII digits and hours 0-23 (never "24").
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(ms: number, timeZone: string) {
  const p: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== "literal") p[part.type] = Number(part.value);
  }
  const get = (k: string) => p[k] ?? 0;
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** The local date and time of `date` in `timeZone`. */
export function localParts(date: Date, timeZone: string): LocalParts {
  const { year, month, day, hour, minute } = wallClock(date.getTime(), timeZone);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const isoDate = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
  return { year, month, day, weekday, hour, minute, isoDate };
}

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds (Madrid in summer: +2h). */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * The instant at which the wall clock in `timeZone` reads `isoDate` `hhmm` ("24:00" = next midnight).
 * A time skipped by a spring-forward change moves forward by the gap (02:30 -> 03:30 in Madrid);
 * a time repeated by a fall-back change resolves to its first occurrence.
 */
export function zonedTimeToUtc(isoDate: string, hhmm: string, timeZone: string): Date {
  const { year, month, day } = parseIsoDate(isoDate);
  const minutes = parseHhmm(hhmm);
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  // Two passes: the offset at the first guess may be on the wrong side of a DST change.
  const first = wall - offsetAt(wall, timeZone);
  const offset = offsetAt(first, timeZone);
  let result = wall - offset;
  // Fall-back: if the offset in force six hours earlier also yields this wall time, that is its first occurrence.
  const earlierOffset = offsetAt(result - 6 * 3_600_000, timeZone);
  if (earlierOffset !== offset && wall - earlierOffset < result && offsetAt(wall - earlierOffset, timeZone) === earlierOffset) {
    result = wall - earlierOffset;
  }
  return new Date(result);
}

/** Minutes since midnight of "HH:MM" (00:00-24:00). Throws on anything else. */
export function parseHhmm(hhmm: string): number {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(hhmm);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : -1;
  if (minutes < 0 || minutes > 24 * 60) throw new Error(`Invalid time "${hhmm}": expected HH:MM between 00:00 and 24:00`);
  return minutes;
}

export function parseIsoDate(isoDate: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (!m || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new Error(`Invalid date "${isoDate}": expected YYYY-MM-DD`);
  }
  return { year, month, day };
}

/** The calendar date `days` after `isoDate` (negative to go back). */
export function addDays(isoDate: string, days: number): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Day of the week of a calendar date, 0 = Sunday. */
export function weekdayOf(isoDate: string): number {
  const { year, month, day } = parseIsoDate(isoDate);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

const pad = (n: number) => String(n).padStart(2, "0");
