import { addDays, weekdayOf } from "@/lib/domain/stores/zoned-time";
import { normalizeRegion } from "./regions";

export type Holiday = { day: string; region: string };

/** Answers "is this a business day in that region?": Monday to Saturday, not a national or regional holiday. */
export type BusinessCalendar = (isoDate: string, region: string) => boolean;

export function businessCalendar(holidays: readonly Holiday[]): BusinessCalendar {
  const closed = new Set(holidays.map((h) => `${h.day}|${normalizeRegion(h.region)}`));
  return (isoDate, region) =>
    weekdayOf(isoDate) !== 0 && !closed.has(`${isoDate}|`) && !closed.has(`${isoDate}|${normalizeRegion(region)}`);
}

/** The first business day strictly after `isoDate`. */
export function nextBusinessDay(isBusinessDay: BusinessCalendar, isoDate: string, region: string): string {
  let day = addDays(isoDate, 1);
  while (!isBusinessDay(day, region)) day = addDays(day, 1);
  return day;
}

/** `count` business days after `isoDate` (0 returns `isoDate` unchanged). */
export function addBusinessDays(isBusinessDay: BusinessCalendar, isoDate: string, count: number, region: string): string {
  let day = isoDate;
  for (let i = 0; i < count; i++) day = nextBusinessDay(isBusinessDay, day, region);
  return day;
}
