import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { requirePageActor } from "@/lib/auth/session";
import { currentConsentTexts } from "@/lib/domain/consent/current-consent-texts";
import { getLocale, getT } from "@/lib/i18n/server";
import { CustomerMode } from "@/components/customers/customer-mode";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("customers.customerMode") };
}

/** The tablet turned toward the customer: no associate tools on screen, only their own details to type. */
export default async function CustomerModePage() {
  const actor = await requirePageActor("customer:create", "/customer-mode");
  const texts = await currentConsentTexts(await getDb(), await getLocale());
  return <CustomerMode texts={texts} associateName={actor.name.split(" ")[0] ?? actor.name} />;
}
