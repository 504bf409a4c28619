/** The chain's currency; prices are stored in cents. */
export const CURRENCY = "EUR";

/** English on the floor reads day-month and a 24-hour clock, as in Spain. */
export function formatLocale(locale: string): string {
  return locale === "en" ? "en-GB" : locale;
}

export function formatPrice(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: CURRENCY }).format(cents / 100);
}

/** "10:42" in the store's time zone: figures say how old they are. */
export function formatClock(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(formatLocale(locale), { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(new Date(iso));
}

export function formatDistance(km: number, locale: string): string {
  return km < 10 ? `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(km)} km` : `${Math.round(km)} km`;
}

/** "Monday 24 November" (en-GB), "lunes, 24 de noviembre" (es-ES), from a YYYY-MM-DD date. */
export function formatPromise(date: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  const at = new Date(Date.UTC(year, month - 1, day));
  if (!m || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) throw new Error(`Invalid date "${date}": expected YYYY-MM-DD`);
  // Formatting a UTC midnight in UTC keeps the calendar date whatever the device's zone.
  return new Intl.DateTimeFormat(formatLocale(locale), { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(at);
}
