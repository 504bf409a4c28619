import { toCsv } from "./rules";
import type { AdoptionDto, AssociatesDto, DemandDto, FlowsDto, OutcomesDto } from "./schemas";

/** JSON by default; with format=csv the dashboard's main table as a download. */
export function dashboardResponse<T>(format: "json" | "csv" | undefined, name: string, dto: T, rows: (dto: T) => Record<string, unknown>[]): T | Response {
  if (format !== "csv") return dto;
  return new Response(toCsv(rows(dto)), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}.csv"` },
  });
}

export const csvRows = {
  adoption: (d: AdoptionDto) => d.days,
  outcomes: (d: OutcomesDto) => [
    { ...d.funnel, customersCaptured: d.customersCaptured.current, holdsConverted: d.holds.converted, holdsExpired: d.holds.expired, ...prefixed("suggestions", d.suggestions) },
  ],
  demand: (d: DemandDto) => d.rows,
  flows: (d: FlowsDto) => d.steps,
  associates: (d: AssociatesDto) =>
    d.associates.map((a) => ({ userId: a.userId, name: a.name, storeId: a.storeId, ...a.funnel, customersCaptured: a.customersCaptured, minutesInUse: a.minutesInUse, hints: a.hints.map((h) => h.message).join("; ") })),
};

function prefixed(prefix: string, o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [`${prefix}${k[0]!.toUpperCase()}${k.slice(1)}`, v]));
}
