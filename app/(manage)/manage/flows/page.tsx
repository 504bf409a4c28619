import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listFlows } from "@/lib/domain/flows/list-flows";
import { getT } from "@/lib/i18n/server";
import { CreateFlowForm } from "@/components/flows/editor/create-flow-form";
import { FlowsTable } from "@/components/flows/editor/flows-table";
import { ImportFlowForm } from "@/components/flows/editor/import-flow-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("flowEditor.title") };
}

export default async function FlowsPage() {
  const actor = await requirePageActor("flow:edit", "/manage/flows");
  const t = await getT();
  const flows = await listFlows(await getDb(), actor);
  const card = "rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200";
  return (
    <div className="flex flex-col gap-6">
      <Link href="/manage" className="inline-flex min-h-12 items-center self-start font-semibold text-brand-800 underline">
        {t("manage.title")}
      </Link>
      <h1 className="text-3xl font-bold">{t("flowEditor.title")}</h1>
      <p className="text-slate-700">{t("flowEditor.intro")}</p>
      <section aria-labelledby="flows-list" className={card}>
        <h2 id="flows-list" className="sr-only">
          {t("flowEditor.title")}
        </h2>
        <FlowsTable flows={flows} />
      </section>
      <section aria-labelledby="flows-create" className={card}>
        <h2 id="flows-create" className="mb-4 text-xl font-semibold">
          {t("flowEditor.create")}
        </h2>
        <CreateFlowForm takenSlugs={flows.map((f) => f.slug)} />
      </section>
      {can(actor.role, "flow:import") ? (
        <section aria-labelledby="flows-import" className={card}>
          <h2 id="flows-import" className="mb-4 text-xl font-semibold">
            {t("flowEditor.importTitle")}
          </h2>
          <ImportFlowForm />
        </section>
      ) : null}
    </div>
  );
}
