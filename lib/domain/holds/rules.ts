import { errors } from "@/lib/errors";
import { addDays, localParts, zonedTimeToUtc } from "@/lib/domain/stores/zoned-time";

export const DEFAULT_HOLD_MINUTES = 30;
/** Pickup holds keep a unit off the shelf; two weeks is the longest a store will set one aside. */
export const MAX_PICKUP_DAYS = 14;

export type HoldStatus = "active" | "converted" | "expired" | "released";

/**
 * When a hold ends: "decide" after its minutes (the chain's setting by default); "pickup" at the end of the
 * chosen day in the holding store's time zone, which must be today or within MAX_PICKUP_DAYS.
 */
export function holdExpiresAt(h: { kind: "decide" | "pickup"; now: Date; minutes?: number; defaultMinutes: number; until?: string; timeZone: string }): Date {
  if (h.kind === "decide") return new Date(h.now.getTime() + (h.minutes ?? h.defaultMinutes) * 60_000);
  const today = localParts(h.now, h.timeZone).isoDate;
  if (!h.until || h.until < today) throw errors.validation("The pickup day has passed.", { until: "Choose today or a later day." });
  if (h.until > addDays(today, MAX_PICKUP_DAYS)) throw errors.validation("That is too far ahead.", { until: `At most ${MAX_PICKUP_DAYS} days from today.` });
  return zonedTimeToUtc(h.until, "24:00", h.timeZone);
}

/** A hold past its time is expired whether or not the sweeper has released it yet: expiry is checked on read. */
export function effectiveHoldStatus(h: { status: HoldStatus; expiresAt: Date }, now: Date): HoldStatus {
  return h.status === "active" && h.expiresAt.getTime() <= now.getTime() ? "expired" : h.status;
}
