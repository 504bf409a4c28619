import { addDays, localParts, parseHhmm, weekdayOf, zonedTimeToUtc } from "./zoned-time";

export { localParts, zonedTimeToUtc } from "./zoned-time";
export type { LocalParts } from "./zoned-time";

export type WeekdayKey = "0" | "1" | "2" | "3" | "4" | "5" | "6";
/** Per weekday (0 = Sunday), [open, close] "HH:MM" local times; close <= open runs past midnight. */
export type OpeningHours = Partial<Record<WeekdayKey, readonly (readonly [string, string])[]>>;

export type OpenState = { open: boolean; closesAt?: Date; nextOpen?: Date };

const LOOKAHEAD_DAYS = 14;

type Interval = { start: number; end: number };

/** Every opening period that starts on a local date from yesterday to `LOOKAHEAD_DAYS` ahead, as instants. */
function intervals(hours: OpeningHours, timeZone: string, today: string, holidays: ReadonlySet<string>): Interval[] {
  const out: Interval[] = [];
  for (let offset = -1; offset <= LOOKAHEAD_DAYS; offset++) {
    const day = addDays(today, offset);
    // A period belongs to the day it starts: one begun on a holiday eve still runs into the holiday.
    if (holidays.has(day)) continue;
    for (const [open, close] of hours[String(weekdayOf(day)) as WeekdayKey] ?? []) {
      const overnight = parseHhmm(close) <= parseHhmm(open);
      const start = zonedTimeToUtc(day, open, timeZone).getTime();
      const end = zonedTimeToUtc(overnight ? addDays(day, 1) : day, close, timeZone).getTime();
      // A period swallowed by a spring-forward gap (e.g. 02:00-03:00 in Madrid) has no length.
      if (end > start) out.push({ start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether a store is open at `now`. When open, `closesAt` is the end of the current opening,
 * following back-to-back periods (Sat 10:00-24:00 then Sun 00:00-02:00 closes Sunday 02:00).
 * When closed, `nextOpen` is the next opening within 14 days, holidays (local ISO dates) skipped.
 */
export function openState(hours: OpeningHours, timeZone: string, now: Date, holidays: readonly string[]): OpenState {
  const t = now.getTime();
  const all = intervals(hours, timeZone, localParts(now, timeZone).isoDate, new Set(holidays));
  const current = all.filter((i) => i.start <= t && t < i.end);
  if (current.length === 0) {
    const next = all.find((i) => i.start > t);
    return next ? { open: false, nextOpen: new Date(next.start) } : { open: false };
  }
  let closesAt = Math.max(...current.map((i) => i.end));
  for (const i of all) {
    if (i.start <= closesAt && i.end > closesAt) closesAt = i.end;
  }
  return { open: true, closesAt: new Date(closesAt) };
}
