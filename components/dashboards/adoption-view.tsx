import type { AdoptionDto } from "@/lib/domain/dashboards/schemas";
import { listDevices } from "@/lib/domain/devices/queries";
import { getLocale, getT } from "@/lib/i18n/server";
import { dayCell, formatDay, numberCell, textCell } from "./cells";
import { ChartFigure } from "./chart-figure";
import { FigureCard, FigureRow } from "./comparison-card";
import { storeName, type LoadedDashboard } from "./load-dashboard";
import { fillDays } from "./period";
import { SortableTable } from "./sortable-table";

/** Who used the tablets, day by day, and which tablets lie idle. */
export async function AdoptionView({ d, data }: { d: LoadedDashboard; data: AdoptionDto }) {
  const t = await getT();
  const locale = await getLocale();
  const days = fillDays(d.range, data.days, (day) => ({ day, activeAssociates: 0, activeDevices: 0, sessions: 0, minutesInUse: 0, minutesOffline: 0 }));
  const devices = data.idleDevices.length || data.offlineDevices.length ? new Map((await listDevices(d.db, d.scope.storeId)).map((x) => [x.id, x.name])) : new Map<string, string>();
  const file = (name: string) => `${name}-${d.range.from}-${d.range.to}`;
  const perDay = t("dashboards.adoption.perDay");
  const peak = Math.max(0, ...days.map((x) => x.activeAssociates));
  return (
    <div className="flex flex-col gap-5">
      <FigureRow>
        <FigureCard label={t("dashboards.adoption.sessions")} comparison={data.sessions} />
        <FigureCard label={t("dashboards.adoption.switches")} comparison={data.switches} />
        <FigureCard label={t("dashboards.adoption.minutesInUse")} comparison={data.minutesInUse} />
        <FigureCard label={t("dashboards.adoption.minutesOffline")} comparison={data.minutesOffline} />
        <FigureCard label={t("dashboards.adoption.peakAssociates")} value={String(peak)} />
        <FigureCard label={t("dashboards.adoption.idleTablets")} value={String(data.idleDevices.length)} />
      </FigureRow>
      <ChartFigure
        kind="line"
        title={t("dashboards.adoption.chartTitle")}
        summary={t("dashboards.chartSummary", { table: perDay })}
        xKey="label"
        data={days.map((x) => ({ label: formatDay(x.day, locale, true), associates: x.activeAssociates, devices: x.activeDevices }))}
        series={[
          { key: "associates", label: t("dashboards.adoption.activeAssociates") },
          { key: "devices", label: t("dashboards.adoption.activeDevices") },
        ]}
      />
      <SortableTable
        caption={perDay}
        fileName={file("adoption-per-day")}
        columns={[
          { label: t("dashboards.day") },
          { label: t("dashboards.adoption.activeAssociates"), numeric: true },
          { label: t("dashboards.adoption.activeDevices"), numeric: true },
          { label: t("dashboards.adoption.sessions"), numeric: true },
          { label: t("dashboards.adoption.minutesInUse"), numeric: true },
          { label: t("dashboards.adoption.minutesOffline"), numeric: true },
        ]}
        rows={days.map((x) => ({
          id: x.day,
          cells: [
            dayCell(x.day, locale),
            numberCell(x.activeAssociates, locale),
            numberCell(x.activeDevices, locale),
            numberCell(x.sessions, locale),
            numberCell(x.minutesInUse, locale),
            numberCell(x.minutesOffline, locale),
          ],
        }))}
      />
      <SortableTable
        caption={t("dashboards.adoption.offlineTitle")}
        fileName={file("offline-tablets")}
        emptyText={t("dashboards.adoption.noOffline")}
        columns={[{ label: t("dashboards.adoption.tablet") }, { label: t("dashboards.adoption.minutesOffline"), numeric: true }]}
        rows={data.offlineDevices.map((x) => ({ id: x.deviceId, cells: [textCell(devices.get(x.deviceId) ?? x.deviceId), numberCell(x.minutesOffline, locale)] }))}
      />
      <SortableTable
        caption={t("dashboards.adoption.idleTitle", { days: 7 })}
        fileName={file("idle-tablets")}
        emptyText={t("dashboards.adoption.noIdle")}
        columns={[{ label: t("dashboards.adoption.tablet") }, { label: t("dashboards.store") }, { label: t("dashboards.adoption.lastUsed") }]}
        rows={data.idleDevices.map((x) => ({ id: x.deviceId, cells: [textCell(devices.get(x.deviceId) ?? x.deviceId), textCell(storeName(d, x.storeId)), dayCell(x.lastSeen, locale)] }))}
      />
    </div>
  );
}
