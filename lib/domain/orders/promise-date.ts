import { AppError } from "@/lib/errors";
import { distanceKm } from "@/lib/domain/stores/distance";
import { localParts, parseHhmm } from "@/lib/domain/stores/zoned-time";
import { type Holiday, addBusinessDays, businessCalendar, nextBusinessDay } from "./business-days";
import { groupName, inferRegion, normalizeRegion, regionGroup } from "./regions";

export type TransitBand = { maxKm: number; days: number };

/** Transit by road distance bands; the first band whose maxKm covers the distance applies. */
export const DEFAULT_TRANSIT_BANDS: readonly TransitBand[] = [
  { maxKm: 15, days: 1 }, // same city: next business day, kept apart so it can become same-day
  { maxKm: 300, days: 1 },
  { maxKm: 700, days: 2 },
  { maxKm: Infinity, days: 3 },
];
/** Extra days when source and destination are in different groups (mainland, CN, IB, CE, ML). */
export const OFFSHORE_EXTRA_DAYS = 2;

export type PromiseSource = {
  timeZone: string;
  dispatchCutoff: string;
  processingDays: number;
  region: string;
  lat: number;
  lng: number;
  canShip: boolean;
};
export type PromiseDestination =
  | { kind: "delivery"; lat: number; lng: number; region?: string }
  | { kind: "pickup"; store: { lat: number; lng: number; region: string; timeZone: string } };
export type PromiseInput = {
  now: Date;
  source: PromiseSource;
  destination: PromiseDestination;
  holidays: readonly Holiday[];
  transitBands?: readonly TransitBand[];
};
export type PromiseResult = { date: string; dispatchDate: string; transitDays: number; explanation: string[] };

/**
 * When an order from `source` reaches `destination`, computed before ordering.
 * Business days are Monday to Saturday minus holidays (national, or regional in the region concerned).
 * Confirmed strictly before the cut-off on a business day (source-local time): processing starts that day;
 * otherwise on the next business day. The order is dispatched on the last processing day, so one processing day
 * before the cut-off means dispatched today. Delivery is `transitDays` business days after dispatch,
 * counted in the destination region. A pickup is a delivery to the pickup store.
 */
export function promiseDate({ now, source, destination, holidays, transitBands = DEFAULT_TRANSIT_BANDS }: PromiseInput): PromiseResult {
  if (!source.canShip) throw new AppError("conflict", "This store does not ship orders; choose another source.", 409);
  const isBusinessDay = businessCalendar(holidays);
  const from = normalizeRegion(source.region);
  const to = destination.kind === "pickup" ? destination.store : destination;
  const toRegion = normalizeRegion(to.region) || inferRegion(to.lat, to.lng);
  const explanation: string[] = [];

  const local = localParts(now, source.timeZone);
  const beforeCutoff = local.hour * 60 + local.minute < parseHhmm(source.dispatchCutoff);
  const todayCounts = beforeCutoff && isBusinessDay(local.isoDate, from);
  const start = todayCounts ? local.isoDate : nextBusinessDay(isBusinessDay, local.isoDate, from);
  const clock = `${pad(local.hour)}:${pad(local.minute)}`;
  const why = !isBusinessDay(local.isoDate, from)
    ? "not a business day for the source"
    : `${beforeCutoff ? "before" : "after"} the ${source.dispatchCutoff} cut-off`;
  explanation.push(`Ordered ${local.isoDate} ${clock} (${source.timeZone}), ${why}: processing starts ${start}.`);

  // 0 and 1 processing days both mean "dispatched on the start day".
  const processing = Math.max(1, Math.ceil(source.processingDays));
  const dispatchDate = addBusinessDays(isBusinessDay, start, processing - 1, from);
  explanation.push(`${processing} processing day${processing === 1 ? "" : "s"}: dispatched ${dispatchDate}.`);

  const km = distanceKm(source, to);
  const band = transitBand(km, transitBands);
  let transitDays = band.days;
  explanation.push(`${Math.round(km)} km: ${band.days} transit day${band.days === 1 ? "" : "s"}.`);
  const [fromGroup, toGroup] = [regionGroup(from), regionGroup(toRegion)];
  if (fromGroup !== toGroup) {
    transitDays += OFFSHORE_EXTRA_DAYS;
    explanation.push(`From ${groupName(fromGroup)} to ${groupName(toGroup)}: +${OFFSHORE_EXTRA_DAYS} days.`);
  }

  let date = addBusinessDays(isBusinessDay, dispatchDate, transitDays, toRegion);
  // Same-day bands: the dispatch day may still be closed at the destination.
  if (!isBusinessDay(date, toRegion)) date = nextBusinessDay(isBusinessDay, date, toRegion);
  const verb = destination.kind === "pickup" ? "Ready to collect" : "Arrives";
  explanation.push(`${verb} ${date}: ${transitDays} business day${transitDays === 1 ? "" : "s"} after dispatch${toRegion ? ` (holidays in ${toRegion})` : ""}.`);

  return { date, dispatchDate, transitDays, explanation };
}

// Formatting lives with the other formatters, so screens showing a date need not load the date rules.
export { formatPromise } from "@/lib/i18n/format";

/** The narrowest band covering `km`; beyond every band, the widest one applies. */
function transitBand(km: number, bands: readonly TransitBand[]): TransitBand {
  const sorted = [...bands].sort((a, b) => a.maxKm - b.maxKm);
  const band = sorted.find((b) => km <= b.maxKm) ?? sorted.at(-1);
  if (!band) throw new Error("promiseDate: transitBands must not be empty");
  return band;
}

const pad = (n: number) => String(n).padStart(2, "0");
