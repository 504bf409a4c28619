import type { CustomerProfile } from "@/lib/domain/customers/schemas";
import { formatPrice } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { SizesEditor } from "./sizes-editor";
import { UseForOrderButton } from "./use-for-order-button";

export async function ProfileHeader({ profile, locale }: { profile: CustomerProfile; locale: string }) {
  const t = await getT();
  const p = profile.preferences;
  return (
    <section aria-labelledby="customer-name" className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-start gap-3">
        <div>
          <h1 id="customer-name" className="text-3xl font-bold">
            {profile.firstName} {profile.lastName}
          </h1>
          <p className="text-slate-700">{[profile.phone, profile.email].filter(Boolean).join(" · ")}</p>
          <p className="text-sm text-slate-600">
            {profile.homeStore ? t("customers.homeStore", { store: profile.homeStore.name }) : null} ·{" "}
            {t("customers.stats", { count: profile.stats.purchaseCount, spent: formatPrice(profile.stats.spentCents, locale) })}
          </p>
        </div>
        <div className="ml-auto">
          <UseForOrderButton id={profile.id} name={`${profile.firstName} ${profile.lastName}`.trim()} sizes={profile.sizes} />
        </div>
      </div>
      <SizesEditor key={JSON.stringify(profile.sizes)} customerId={profile.id} sizes={profile.sizes} />
      {p.brands.length || p.colours.length || p.fit.length || p.avoid.length ? (
        <dl className="grid grid-cols-2 gap-2 text-base">
          {p.brands.length ? (
            <div>
              <dt className="text-sm font-semibold text-slate-700">{t("customers.brands")}</dt>
              <dd>{p.brands.join(", ")}</dd>
            </div>
          ) : null}
          {p.colours.length ? (
            <div>
              <dt className="text-sm font-semibold text-slate-700">{t("customers.colours")}</dt>
              <dd>{p.colours.join(", ")}</dd>
            </div>
          ) : null}
          {p.fit.length ? (
            <div>
              <dt className="text-sm font-semibold text-slate-700">{t("customers.fit")}</dt>
              <dd>{p.fit.join(", ")}</dd>
            </div>
          ) : null}
          {p.avoid.length ? (
            <div>
              <dt className="text-sm font-semibold text-slate-700">{t("customers.avoid")}</dt>
              <dd>{p.avoid.join(", ")}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {profile.importantDates.length ? (
        <p className="text-base">
          <span className="font-semibold">{t("customers.dates")}:</span> {profile.importantDates.map((d) => `${d.label} ${d.date.slice(5)}`).join(", ")}
        </p>
      ) : null}
    </section>
  );
}
