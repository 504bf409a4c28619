import { rate } from "@/lib/domain/dashboards/rules";
import type { FlowsDto } from "@/lib/domain/dashboards/schemas";
import { getLocale, getT } from "@/lib/i18n/server";
import { numberCell, rateCell, textCell } from "./cells";
import { ChartFigure } from "./chart-figure";
import { FigureCard, FigureRow } from "./comparison-card";
import type { LoadedDashboard } from "./load-dashboard";
import { SortableTable } from "./sortable-table";

/** The chart shows where runs stop: the steps most often dropped at or skipped (the table has them all). */
const CHART_STEPS = 12;

/** Conversation flows: runs started and finished, and per step how many were completed, skipped or dropped. */
export async function FlowsView({ d, data }: { d: LoadedDashboard; data: FlowsDto }) {
  const t = await getT();
  const locale = await getLocale();
  const stepsTitle = t("dashboards.flows.steps");
  const dropped = (s: FlowsDto["steps"][number]) => Math.max(0, s.reached - s.completed - s.skipped);
  const stops = (s: FlowsDto["steps"][number]) => dropped(s) + s.skipped;
  const mostStopped = data.steps.filter((s) => stops(s) > 0).sort((a, b) => stops(b) - stops(a)).slice(0, CHART_STEPS);
  return (
    <div className="flex flex-col gap-5">
      <FigureRow>
        <FigureCard label={t("dashboards.flows.started")} value={numberCell(data.started, locale).display} />
        <FigureCard label={t("dashboards.flows.finished")} value={numberCell(data.finished, locale).display} />
        <FigureCard label={t("dashboards.flows.abandoned")} value={numberCell(data.abandoned, locale).display} />
        <FigureCard label={t("dashboards.flows.completion")} value={rateCell(rate(data.finished, data.started), locale).display} />
      </FigureRow>
      {mostStopped.length ? (
        <ChartFigure
          kind="rows"
          title={t("dashboards.flows.chart", { n: mostStopped.length })}
          summary={t("dashboards.chartSummary", { table: stepsTitle })}
          xKey="label"
          data={mostStopped.map((s) => ({ label: `${s.flowName ?? s.flowId ?? ""} · ${s.stepId}`, dropped: dropped(s), skipped: s.skipped, completed: s.completed }))}
          series={[
            { key: "dropped", label: t("dashboards.flows.dropped"), tone: 3 },
            { key: "skipped", label: t("dashboards.flows.skipped"), tone: 1 },
            { key: "completed", label: t("dashboards.flows.completed"), tone: 0 },
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
