import { getT } from "@/lib/i18n/server";
import type { FlowFunnelDto } from "@/lib/domain/flows/schemas";

/** Runs started, how many reached each step, and how they ended; bars are relative to runs started. */
export async function FlowFunnelTable({ funnel }: { funnel: FlowFunnelDto }) {
  const t = await getT();
  if (funnel.runsStarted === 0) return <p className="text-slate-700">{t("flowEditor.funnelEmpty")}</p>;
  const pct = (n: number) => Math.min(100, Math.round((n / funnel.runsStarted) * 100));
  return (
    <div className="flex flex-col gap-4">
      <dl className="flex flex-wrap gap-6">
        {(
          [
            ["funnelStarted", funnel.runsStarted],
            ["funnelFinished", funnel.finished],
            ["funnelAbandoned", funnel.abandoned],
          ] as const
        ).map(([key, n]) => (
          <div key={key}>
            <dt className="text-sm text-slate-700">{t(`flowEditor.${key}`)}</dt>
            <dd className="text-2xl font-bold tabular-nums">{n}</dd>
          </div>
        ))}
      </dl>
      <table className="w-full text-left text-base">
        <thead>
          <tr className="border-b border-slate-200 text-sm text-slate-700">
            <th className="py-2">{t("flowEditor.funnelStep")}</th>
            <th className="w-1/3">{t("flowEditor.funnelReached")}</th>
            <th>{t("flowEditor.funnelCompleted")}</th>
            <th>{t("flowEditor.funnelSkipped")}</th>
          </tr>
        </thead>
        <tbody>
          {funnel.steps.map((s) => (
            <tr key={s.stepId} className="border-b border-slate-100">
              <td className="py-2 font-mono text-sm">{s.stepId}</td>
              <td>
                <div className="flex items-center gap-2">
                  <div className="h-3 flex-1 rounded-full bg-slate-200" aria-hidden>
                    <div className="h-3 rounded-full bg-brand-600" style={{ width: `${pct(s.reached)}%` }} />
                  </div>
                  <span className="w-10 text-right tabular-nums">{s.reached}</span>
                </div>
              </td>
              <td className="tabular-nums">{s.completed}</td>
              <td className="tabular-nums">{s.skipped}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
