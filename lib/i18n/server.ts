import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { createTranslator } from "use-intl/core";
import { pickLocale, type Locale } from "./config";
import { compiledMessagesFor } from "./compiled";

export const getLocale = cache(async (): Promise<Locale> => pickLocale((await headers()).get("accept-language")));

/** Server-side translations with keys checked against messages/en.json: `t("home.title")`. */
export async function getT() {
  const locale = await getLocale();
  return createTranslator({ locale, messages: compiledMessagesFor(locale) });
}
