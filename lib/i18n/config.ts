import core from "@/messages/en/core.json";
import catalog from "@/messages/en/catalog.json";
import stock from "@/messages/en/stock.json";
import orders from "@/messages/en/orders.json";
import customers from "@/messages/en/customers.json";
import manageCustomers from "@/messages/en/manage-customers.json";
import suggestions from "@/messages/en/suggestions.json";
import flowEditor from "@/messages/en/flow-editor.json";
import flowRunner from "@/messages/en/flow-runner.json";
import dashboards from "@/messages/en/dashboards.json";
import offlineLookup from "@/messages/en/offline-lookup.json";
import outbox from "@/messages/en/outbox.json";

/** Message files are split by area (messages/<locale>/<area>.json) so each capability owns its words. */
const en = { ...core, ...catalog, ...stock, ...orders, ...customers, ...manageCustomers, ...suggestions, ...flowEditor, ...flowRunner, ...dashboards, ...offlineLookup, ...outbox };

export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export type Messages = typeof en;

const catalogues: Record<Locale, Messages> = { en };

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}

/** Picks a supported locale from Accept-Language; English until Spanish lands. */
export function pickLocale(acceptLanguage: string | null | undefined): Locale {
  const wanted = (acceptLanguage ?? "").split(",").map((p) => p.split(";")[0]!.trim().slice(0, 2).toLowerCase());
  return (wanted.find((l) => (LOCALES as readonly string[]).includes(l)) as Locale | undefined) ?? DEFAULT_LOCALE;
}
