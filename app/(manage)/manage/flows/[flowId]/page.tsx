import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { storeScope } from "@/lib/auth/scope";
import { flowFunnel } from "@/lib/domain/flows/flow-funnel";
import { getFlow } from "@/lib/domain/flows/get-flow";
import { flowIdSchema } from "@/lib/domain/flows/schemas";
import { getStoreSummary, listStores } from "@/lib/domain/stores/queries";
import { getT } from "@/lib/i18n/server";
import { isAppError } from "@/lib/errors";
import { FlowEditor } from "@/components/flows/editor/flow-editor";
import { FlowFunnelTable } from "@/components/flows/editor/flow-funnel-table";
import { StoreAssign } from "@/components/flows/editor/store-assign";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("flowEditor.title") };
}

/** A flow that does not exist (or was removed meanwhile) is a 404; anything else is a real failure. */
const missingAsNull = (e: unknown) => {
  if (isAppError(e) && e.code === "not_found") return null;
  throw e;
};

export default async function FlowEditorPage({ params }: { params: Promise<{ flowId: string }> }) {
  const { flowId } = await params;
  const actor = await requirePageActor("flow:edit", `/manage/flows/${flowId}`);
  if (!flowIdSchema.safeParse({ flowId }).success) notFound();
  const t = await getT();
  const db = await getDb();
  const scope = storeScope(actor);
  const [flow, funnel, stores, own] = await Promise.all([
    getFlow(db, actor, flowId).catch(missingAsNull),
    flowFunnel(db, actor, flowId).catch(missingAsNull),
    scope.all ? listStores(db) : Promise.resolve(null),
    scope.all ? Promise.resolve(null) : getStoreSummary(db, scope.storeId),
  ]);
  if (!flow || !funnel) notFound();
  const card = "rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200";
  return (
    <div className="flex flex-col gap-6">
      <Link href="/manage/flows" className="inline-flex min-h-12 items-center self-start font-semibold text-brand-800 underline">
        {t("flowEditor.back")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">{flow.name}</h1>
        <span className="rounded-full bg-slate-200 px-3 py-1 text-sm font-semibold">{t(`flowEditor.statuses.${flow.status}`)}</span>
      </div>
      <FlowEditor flow={flow} />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="flow-stores" className={card}>
          <h2 id="flow-stores" className="mb-4 text-xl font-semibold">
            {t("flowEditor.assign")}
          </h2>
          <StoreAssign
            flowId={flow.id}
            storeIds={flow.storeIds}
            stores={stores?.map((s) => ({ id: s.id, name: s.name, code: s.code })) ?? null}
            ownStore={own ? { id: own.id, name: own.name, code: own.code } : null}
          />
        </section>
        <section aria-labelledby="flow-funnel" className={card}>
          <h2 id="flow-funnel" className="text-xl font-semibold">
            {t("flowEditor.funnel")}
          </h2>
          <p className="mb-4 text-sm text-slate-700">{t("flowEditor.funnelIntro")}</p>
          <FlowFunnelTable funnel={funnel} />
        </section>
      </div>
      {can(actor.role, "flow:import") ? (
        <section aria-labelledby="flow-transfer" className={card}>
          <h2 id="flow-transfer" className="mb-4 text-xl font-semibold">
            {t("flowEditor.transfer")}
          </h2>
          <a href={`/api/v1/flows/${flow.id}/export`} download={`${flow.slug}.json`} className="inline-flex min-h-12 items-center rounded-xl border border-slate-300 px-5 font-semibold text-brand-800">
            {t("flowEditor.export")}
          </a>
        </section>
      ) : null}
    </div>
  );
}
