import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { workingStoreId } from "@/lib/auth/scope";
import { getCustomerProfile } from "@/lib/domain/customers/get-customer-profile";
import { currentConsentTexts } from "@/lib/domain/consent/current-consent-texts";
import { isAppError } from "@/lib/errors";
import { getLocale, getT } from "@/lib/i18n/server";
import { ProfileHeader } from "@/components/customers/profile-header";
import { ConsentPanel } from "@/components/customers/consent-panel";
import { NotesPanel } from "@/components/customers/notes-panel";
import { PurchaseTimeline } from "@/components/customers/purchase-timeline";
import { DataRights } from "@/components/customers/data-rights";
import { LazyCustomerSuggestions as CustomerSuggestions } from "@/components/suggestions/lazy-suggestions";
import { EmitToolEvent } from "@/components/flows/runner/emit-tool-event";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("customers.profileTitle") };
}

/** The profile: contact, sizes, consents, notes and history at hand. Every view is audited. */
export default async function CustomerPage({ params }: { params: Promise<{ customerId: string }> }) {
  const actor = await requirePageActor("customer:find");
  const id = z.uuid().safeParse((await params).customerId);
  if (!id.success) notFound();
  const db = await getDb();
  const profile = await getCustomerProfile(db, actor, id.data, { screen: "profile" }).catch((e: unknown) => {
    if (isAppError(e) && e.status === 404) notFound();
    throw e;
  });
  const locale = await getLocale();
  const texts = await currentConsentTexts(db, locale);
  const storeId = workingStoreId(actor);
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[1fr_26rem]">
      <div className="flex flex-col gap-6">
        <EmitToolEvent event={{ action: "find_customer", outcome: "customer_found", data: { customerId: profile.id } }} />
        <ProfileHeader profile={profile} locale={locale} />
        {storeId != null ? <CustomerSuggestions customerId={profile.id} storeId={storeId} /> : null}
        <PurchaseTimeline profile={profile} locale={locale} />
      </div>
      <div className="flex flex-col gap-6">
        <ConsentPanel customerId={profile.id} consents={profile.consents} texts={texts} />
        <NotesPanel customerId={profile.id} notes={profile.notes} />
        {can(actor.role, "customer:export") ? <DataRights customerId={profile.id} /> : null}
      </div>
    </div>
  );
}
