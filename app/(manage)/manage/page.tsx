import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { storeScope } from "@/lib/auth/scope";
import { getCurrentDevice } from "@/lib/auth/current-device";
import { listDevices } from "@/lib/domain/devices/queries";
import { listStaff } from "@/lib/domain/staff/queries";
import { listStores } from "@/lib/domain/stores/queries";
import { listTokens } from "@/lib/domain/tokens/queries";
import { getT } from "@/lib/i18n/server";
import { RegisterTabletForm } from "@/components/manage/register-tablet-form";
import { DeviceTable } from "@/components/manage/device-table";
import { StaffTable } from "@/components/manage/staff-table";
import { TokenSection } from "@/components/manage/token-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("manage.title") };
}

export default async function ManagePage() {
  const actor = await requirePageActor("manage:access", "/manage");
  const t = await getT();
  const db = await getDb();
  const scope = storeScope(actor);
  const storeFilter = scope.all ? null : scope.storeId;
  const [device, devices, staff, stores, tokens] = await Promise.all([
    getCurrentDevice(),
    listDevices(db, storeFilter),
    listStaff(db, storeFilter),
    scope.all ? listStores(db) : Promise.resolve(null),
    can(actor.role, "token:manage") ? listTokens(db) : Promise.resolve(null),
  ]);
  const card = "rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200";
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">{t("manage.title")}</h1>
        <nav aria-label={t("manage.title")} className="ml-auto flex flex-wrap gap-2">
        {can(actor.role, "dashboard:store") ? (
          <Link href="/manage/dashboards" className="inline-flex min-h-12 items-center rounded-xl px-4 font-semibold text-brand-800 underline">
            {t("dashboards.link")}
          </Link>
        ) : null}
        {can(actor.role, "customer:list") ? (
          <Link href="/manage/customers" className="inline-flex min-h-12 items-center rounded-xl px-4 font-semibold text-brand-800 underline">
            {t("manage.clientBookLink")}
          </Link>
        ) : null}
        {can(actor.role, "consent:texts:manage") ? (
          <Link href="/manage/consent-texts" className="inline-flex min-h-12 items-center rounded-xl px-4 font-semibold text-brand-800 underline">
            {t("manage.consentTextsLink")}
          </Link>
        ) : null}
        {can(actor.role, "flow:edit") ? (
          <Link href="/manage/flows" className="inline-flex min-h-12 items-center rounded-xl px-4 font-semibold text-brand-800 underline">
            {t("flowEditor.manageLink")}
          </Link>
        ) : null}
        {can(actor.role, "email:read") ? (
          <Link href="/manage/emails" className="inline-flex min-h-12 items-center rounded-xl px-4 font-semibold text-brand-800 underline">
            {t("manage.emailsLink")}
          </Link>
        ) : null}
        </nav>
      </div>
      <section aria-labelledby="this-tablet" className={card}>
        <h2 id="this-tablet" className="mb-4 text-xl font-semibold">
          {t("manage.thisTablet")}
        </h2>
        {device ? (
          <p className="text-base">{t("manage.registeredAs", { device: device.name, store: device.storeName })}</p>
        ) : (
          <RegisterTabletForm stores={stores?.map((s) => ({ id: s.id, name: s.name })) ?? null} />
        )}
      </section>
      <section aria-labelledby="tablets" className={card}>
        <h2 id="tablets" className="mb-4 text-xl font-semibold">
          {t("manage.tablets")}
        </h2>
        <DeviceTable devices={devices} />
      </section>
      <section aria-labelledby="staff" className={card}>
        <h2 id="staff" className="mb-4 text-xl font-semibold">
          {t("manage.staff")}
        </h2>
        <StaffTable staff={staff} canManage={can(actor.role, "user:manage")} selfId={actor.kind === "user" ? actor.userId : ""} />
      </section>
      {tokens ? (
        <section aria-labelledby="tokens" className={card}>
          <h2 id="tokens" className="mb-4 text-xl font-semibold">
            {t("manage.tokens")}
          </h2>
          <TokenSection tokens={tokens} />
        </section>
      ) : null}
    </div>
  );
}
