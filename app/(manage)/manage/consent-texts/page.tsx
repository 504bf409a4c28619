import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { requirePageActor } from "@/lib/auth/session";
import { currentConsentTexts } from "@/lib/domain/consent/current-consent-texts";
import { getLocale, getT } from "@/lib/i18n/server";
import { ConsentTextEditor } from "@/components/customers/consent-text-editor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("consentTexts.title") };
}

/** Admins publish new versions of the consent words; records keep the version and hash they were given under. */
export default async function ConsentTextsPage() {
  await requirePageActor("consent:texts:manage", "/manage/consent-texts");
  const t = await getT();
  const texts = await currentConsentTexts(await getDb(), await getLocale());
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("consentTexts.title")}</h1>
      <p className="text-slate-700">{t("consentTexts.intro")}</p>
      {texts.map((text) => (
        <ConsentTextEditor key={`${text.purpose}-${text.version}`} text={text} />
      ))}
    </div>
  );
}
