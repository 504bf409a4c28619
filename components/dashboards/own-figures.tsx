import type { Actor } from "@/lib/auth/actor";
import { adoption } from "@/lib/domain/dashboards/adoption";
import { associates } from "@/lib/domain/dashboards/associates";
import { outcomes } from "@/lib/domain/dashboards/outcomes";
import { getLocale, getT } from "@/lib/i18n/server";
import { hintTexts } from "./associates-view";
import { rateCell } from "./cells";
import { FigureCard, FigureRow } from "./comparison-card";
import { DashboardFrame } from "./dashboard-frame";
import { FunnelSection } from "./funnel-section";
import { loadDashboard } from "./load-dashboard";

/** An associate's own figures and coaching hints against their store, never anyone else's. */
export async function OwnFigures({ actor, params }: { actor: Actor; params: Record<string, string | string[] | undefined> }) {
  const d = await loadDashboard(actor, params, { own: true });
  const t = await getT();
  const locale = await getLocale();
  const [use, out, people] = await Promise.all([adoption(d.db, d.scope), outcomes(d.db, d.scope), associates(d.db, d.scope)]);
  const me = people.associates[0];
  const hints = me ? await hintTexts(me) : [];
  return (
    <DashboardFrame title={t("dashboards.own.title")} d={d} tab={null}>
      <FigureRow>
        <FigureCard label={t("dashboards.outcomes.orders")} comparison={out.orders} />
        <FigureCard label={t("dashboards.outcomes.captured")} comparison={out.customersCaptured} />
        <FigureCard label={t("dashboards.adoption.sessions")} comparison={use.sessions} />
        <FigureCard label={t("dashboards.adoption.minutesInUse")} comparison={use.minutesInUse} />
        <FigureCard label={t("dashboards.outcomes.conversion")} value={rateCell(out.funnel.conversionRate, locale).display} />
      </FigureRow>
      <section aria-labelledby="coaching" className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <h2 id="coaching" className="text-lg font-semibold">
          {t("dashboards.own.coaching")}
        </h2>
        {hints.length ? (
          <ul className="mt-2 list-disc pl-6 text-base">
            {hints.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700">{t("dashboards.own.noHints")}</p>
        )}
      </section>
      <FunnelSection funnel={out.funnel} fileName={`my-funnel-${d.range.from}-${d.range.to}`} />
    </DashboardFrame>
  );
}
