import { rate } from "@/lib/domain/dashboards/rules";
import type { FlowsDto } from "@/lib/domain/dashboards/schemas";
import { getLocale, getT } from "@/lib/i18n/server";
import { numberCell, rateCell, textCell } from "./cells";
import { ChartFigure } from "./chart-figure";
import { FigureCard, FigureRow } from "./comparison-card";
import type { LoadedDashboard } from "./load-dashboard";
import { SortableTable } from "./sortable-table";

/** Conversation flows: runs started and finished, and per step how many were completed, skipped or dropped. */
export async function FlowsView({ d, data }: { d: LoadedDashboard; data: FlowsDto }) {
  const t = await getT();
  const locale = await getLocale();
  const stepsTitle = t("dashboards.flows.steps");
  const dropped = (s: FlowsDto["steps"][number]) => Math.max(0, s.reached - s.completed - s.skipped);
  return (
    <div className="flex flex-col gap-5">
      <FigureRow>
        <FigureCard label={t("dashboards.flows.started")} value={numberCell(data.started, locale).display} />
        <FigureCard label={t("dashboards.flows.finished")} value={numberCell(data.finished, locale).display} />
        <FigureCard label={t("dashboards.flows.abandoned")} value={numberCell(data.abandoned, locale).display} />
        <FigureCard label={t("dashboards.flows.completion")} value={rateCell(rate(data.finished, data.started), locale).display} />
      </FigureRow>
      {data.steps.length ? (
        <ChartFigure
          kind="bar"
          title={t("dashboards.flows.chart")}
          summary={t("dashboards.chartSummary", { table: stepsTitle })}
          xKey="label"
          data={data.steps.slice(0, 20).map((s) => ({ label: s.stepId, completed: s.completed, skipped: s.skipped, dropped: dropped(s) }))}
          series={[
            { key: "completed", label: t("dashboards.flows.completed") },
            { key: "skipped", label: t("dashboards.flows.skipped") },
            { key: "dropped", label: t("dashboards.flows.dropped") },
          ]}
        />
      ) : null}
      <SortableTable
        caption={stepsTitle}
        fileName={`flow-steps-${d.range.from}-${d.range.to}`}
        emptyText={t("dashboards.flows.none")}
        columns={[
          { label: t("dashboards.flows.flow") },
          { label: t("dashboards.flows.step") },
          { label: t("dashboards.flows.reached"), numeric: true },
          { label: t("dashboards.flows.completed"), numeric: true },
          { label: t("dashboards.flows.skipped"), numeric: true },
          { label: t("dashboards.flows.dropped"), numeric: true },
          { label: t("dashboards.flows.skipRate"), numeric: true },
        ]}
        rows={data.steps.map((s) => ({
          id: `${s.flowId}|${s.stepId}`,
          cells: [
            textCell(s.flowName ?? s.flowId),
            textCell(s.stepId),
            numberCell(s.reached, locale),
            numberCell(s.completed, locale),
            numberCell(s.skipped, locale),
            numberCell(dropped(s), locale),
            rateCell(rate(s.skipped, s.reached || s.completed + s.skipped), locale),
          ],
        }))}
      />
    </div>
  );
}
