import { beforeEach, describe, expect, it } from "vitest";
import { openState } from "@/lib/domain/stores/opening-hours";
import { promiseDate } from "@/lib/domain/orders/promise-date";
import { clearConditionCaches, conditionContext, storeConditions, type ConditionStore } from "./store-conditions";

const hours = { "0": [], "1": [["10:00", "14:00"], ["17:00", "20:30"]], "2": [["10:00", "14:00"], ["17:00", "20:30"]], "3": [["10:00", "21:00"]], "4": [["10:00", "21:00"]], "5": [["10:00", "21:00"]], "6": [["10:00", "14:00"]] };
const mk = (id: number, over: Partial<ConditionStore> = {}): ConditionStore => ({
  id, lat: 40.4168, lng: -3.7038, region: "MD", timezone: "Europe/Madrid", hoursJson: JSON.stringify(hours), canShip: true, dispatchCutoff: "15:00", processingDays: 1, ...over,
});
const origin = mk(1);
const stores = [origin, mk(2, { lat: 40.43 }), mk(3, { lat: 41.3874, lng: 2.1686, region: "CT" }), mk(4, { lat: 28.1235, lng: -15.4363, region: "CN", timezone: "Atlantic/Canary" }), mk(5, { canShip: false })];
const holidays = [{ day: "2026-11-26", region: "CT" }, { day: "2026-12-08", region: "" }];

beforeEach(() => clearConditionCaches());

describe("store conditions", () => {
  // Every 53 minutes for eight days: the memoised answers must equal computing each store from scratch.
  it("match openState() and promiseDate() computed directly, across openings, closings, cut-offs and holidays", () => {
    const start = Date.parse("2026-11-20T00:00:00Z");
    for (let t = start; t < start + 8 * 86_400_000; t += 53 * 60_000) {
      const now = new Date(t);
      const ctx = conditionContext(origin, now, holidays);
      for (const s of stores) {
        const got = storeConditions(s, ctx);
        const days = holidays.filter((h) => h.region === "" || h.region === s.region).map((h) => h.day);
        const want = openState(JSON.parse(s.hoursJson), s.timezone, now, days);
        expect(got.open, `${s.id} at ${now.toISOString()}`).toBe(want.open);
        expect(got.closesAt).toBe(want.closesAt?.toISOString() ?? null);
        expect(got.nextOpen).toBe(want.nextOpen?.toISOString() ?? null);
        const promise = s.canShip
          ? promiseDate({ now, source: { ...s, timeZone: s.timezone }, destination: { kind: "delivery", lat: origin.lat, lng: origin.lng, region: origin.region }, holidays }).date
          : null;
        expect(got.promiseDate, `${s.id} at ${now.toISOString()}`).toBe(promise);
      }
    }
  });

  it("gives distance from the working store, rounded to 100 m", () => {
    const ctx = conditionContext(origin, new Date("2026-11-24T11:00:00Z"), []);
    expect(storeConditions(origin, ctx).distanceKm).toBe(0);
    expect(storeConditions(stores[1]!, ctx).distanceKm).toBe(1.5);
    expect(storeConditions(stores[2]!, ctx).distanceKm).toBeCloseTo(505, -1);
  });

  it("answers 500 stores in a few milliseconds", () => {
    const many = Array.from({ length: 500 }, (_, i) => mk(i + 10, { lat: 36 + (i % 50) / 10, lng: -6 + (i % 80) / 10, region: ["MD", "CT", "AN", "VC"][i % 4]! }));
    const now = new Date("2026-11-24T11:00:00Z");
    storeConditions(many[0]!, conditionContext(origin, now, holidays));
    const t = performance.now();
    const ctx = conditionContext(origin, new Date(now.getTime() + 60_000), holidays);
    for (const s of many) storeConditions(s, ctx);
    expect(performance.now() - t).toBeLessThan(40);
  });
});
