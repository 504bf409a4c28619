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
