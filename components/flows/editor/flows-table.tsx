import Link from "next/link";
import { formatLocale } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { archiveFlowAction } from "@/lib/domain/flows/actions";
import type { FlowSummaryDto } from "@/lib/domain/flows/schemas";
import { RowActionButton } from "@/components/manage/row-action-button";

/** Every flow with its state; the name opens the editor. */
export async function FlowsTable({ flows }: { flows: FlowSummaryDto[] }) {
  const t = await getT();
  if (flows.length === 0) return <p className="text-slate-700">{t("flowEditor.empty")}</p>;
  const updated = new Intl.DateTimeFormat(formatLocale(await getLocale()), { dateStyle: "medium", timeStyle: "short", hourCycle: "h23", timeZone: "Europe/Madrid" });
  return (
    <table className="w-full text-left text-base [&_td]:pr-4 [&_th]:pr-4">
      <thead>
        <tr className="border-b border-slate-200 text-sm text-slate-700">
          <th className="py-2">{t("flowEditor.name")}</th>
          <th>{t("flowEditor.status")}</th>
          <th>{t("flowEditor.version")}</th>
          <th>{t("flowEditor.stores")}</th>
          <th>{t("flowEditor.updated")}</th>
          <th>
            <span className="sr-only">{t("flowEditor.actions")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {flows.map((f) => (
          <tr key={f.id} className="border-b border-slate-100">
            <td className="py-1">
              <Link href={`/manage/flows/${f.id}`} aria-label={t("flowEditor.open", { name: f.name })} className="inline-flex min-h-12 items-center font-semibold text-brand-800 underline">
                {f.name}
              </Link>
              <p className="text-sm text-slate-600">{f.description}</p>
            </td>
            <td>{t(`flowEditor.statuses.${f.status}`)}</td>
            <td>{f.currentVersion ? t("flowEditor.versionN", { version: f.currentVersion }) : t("flowEditor.noVersion")}</td>
            <td>{f.storeIds == null ? t("flowEditor.allStores") : t("flowEditor.storeCount", { count: f.storeIds.length })}</td>
            <td className="text-sm">{updated.format(new Date(f.updatedAt))}</td>
            <td className="py-1 text-right">
              {f.status === "archived" ? null : <RowActionButton label={t("flowEditor.archive")} input={{ flowId: f.id }} run={archiveFlowAction} variant="secondary" confirmText={t("flowEditor.archiveConfirm")} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
