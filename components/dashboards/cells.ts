import { formatLocale, formatPrice } from "@/lib/i18n/format";
import type { Cell } from "./sort-rows";

/** Shown where a rate has nothing to divide by: never a misleading 0%. */
export const NO_VALUE = "–";

export function numberCell(n: number, locale: string): Cell {
  return { display: new Intl.NumberFormat(formatLocale(locale)).format(n), sort: n };
}

export function rateCell(r: number | null, locale: string): Cell {
  return { display: formatRate(r, locale), sort: r };
}

export function textCell(s: string | null): Cell {
  return { display: s ?? NO_VALUE, sort: s };
}

export function moneyCell(cents: number, locale: string): Cell {
  return { display: formatPrice(cents, locale), sort: cents };
}

/** An ISO day as "Mon 2 Mar 2026"; sorts as the ISO day. */
export function dayCell(day: string | null, locale: string): Cell {
  return { display: day ? formatDay(day, locale) : NO_VALUE, sort: day };
}

export function formatRate(r: number | null, locale: string): string {
  return r == null ? NO_VALUE : new Intl.NumberFormat(formatLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(r);
}

export function formatDay(day: string, locale: string, short = false): string {
  const opts: Intl.DateTimeFormatOptions = short ? { day: "numeric", month: "short" } : { weekday: "short", day: "numeric", month: "short", year: "numeric" };
  return new Intl.DateTimeFormat(formatLocale(locale), { ...opts, timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

/** A signed change, "+3" or "−2", for the comparison with the previous period. */
export function formatDelta(n: number, locale: string): string {
  return new Intl.NumberFormat(formatLocale(locale), { signDisplay: "exceptZero" }).format(n);
}
