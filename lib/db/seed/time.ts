/** Calendar helpers for generated timestamps. Pure arithmetic (no Intl) because history needs ~10^6 calls. */

export const DAY_MS = 86_400_000;

/** Last Sunday of a month, as a UTC day number (ms at 00:00 UTC). */
function lastSundayUtc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0);
  const dow = new Date(lastDay).getUTCDay();
  return lastDay - dow * DAY_MS;
}

/** EU summer time: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. */
export function isEuSummerTime(utcMs: number): boolean {
  const year = new Date(utcMs).getUTCFullYear();
  const start = lastSundayUtc(year, 2) + 3_600_000;
  const end = lastSundayUtc(year, 9) + 3_600_000;
  return utcMs >= start && utcMs < end;
}

/** Minutes to add to UTC for local time in the two zones a Spanish chain has. */
export function utcOffsetMinutes(timezone: string, utcMs: number): number {
  const base = timezone === "Atlantic/Canary" ? 0 : 60;
  return base + (isEuSummerTime(utcMs) ? 60 : 0);
}

/** UTC instant of a local wall-clock time ("minutes after local midnight") on a local calendar day. */
export function localToUtc(timezone: string, localDayUtcMs: number, minutes: number): number {
  const guess = localDayUtcMs + minutes * 60_000;
  return guess - utcOffsetMinutes(timezone, guess) * 60_000;
}

export function hhmmToMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(":");
  return Number(h) * 60 + Number(m);
}

/** "YYYY-MM-DD" of a UTC day number. */
export function isoDay(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

/** 00:00 UTC of the day containing the instant. */
export function startOfUtcDay(utcMs: number): number {
  return Math.floor(utcMs / DAY_MS) * DAY_MS;
}

/** Easter Sunday (Gregorian, anonymous algorithm) as a UTC day number. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}
