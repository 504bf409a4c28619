import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { type PromiseInput, type PromiseSource, formatPromise, promiseDate } from "./promise-date";

const madridStore: PromiseSource = {
  timeZone: "Europe/Madrid", dispatchCutoff: "15:00", processingDays: 1, region: "MD", lat: 40.4168, lng: -3.7038, canShip: true,
};
const barcelonaStore: PromiseSource = { ...madridStore, region: "CT", lat: 41.3874, lng: 2.1686 };
const lasPalmasStore: PromiseSource = { ...madridStore, timeZone: "Atlantic/Canary", region: "CN", lat: 28.1235, lng: -15.4363 };

const madridHome = { kind: "delivery", lat: 40.45, lng: -3.69, region: "MD" } as const;
const barcelonaHome = { kind: "delivery", lat: 41.39, lng: 2.16, region: "CT" } as const;
const lasPalmasHome = { kind: "delivery", lat: 28.1, lng: -15.42, region: "CN" } as const;
const palmaHome = { kind: "delivery", lat: 39.5696, lng: 2.6502, region: "IB" } as const;

const national = (...days: string[]) => days.map((day) => ({ day, region: "" }));

function promise(now: string, over: Partial<PromiseInput> = {}) {
  return promiseDate({ now: new Date(now), source: madridStore, destination: madridHome, holidays: [], ...over });
}

// Madrid is UTC+1 in November and December; the Canaries are UTC+0.
describe("dispatch cut-off", () => {
  it("an order at 14:59 local is dispatched today and arrives tomorrow", () => {
    expect(promise("2026-11-23T13:59:00Z")).toMatchObject({ dispatchDate: "2026-11-23", transitDays: 1, date: "2026-11-24" });
  });

  it("an order at 15:00 local is past the cut-off and is dispatched tomorrow", () => {
    expect(promise("2026-11-23T14:00:00Z")).toMatchObject({ dispatchDate: "2026-11-24", date: "2026-11-25" });
  });

  it("explains the decision", () => {
    expect(promise("2026-11-23T14:00:00Z").explanation[0]).toBe(
      "Ordered 2026-11-23 15:00 (Europe/Madrid), after the 15:00 cut-off: processing starts 2026-11-24.",
    );
  });
});

describe("weekends", () => {
  it("Saturday is a business day: before the cut-off it ships Saturday and arrives Monday", () => {
    expect(promise("2026-11-21T09:00:00Z")).toMatchObject({ dispatchDate: "2026-11-21", date: "2026-11-23" });
  });

  it("Saturday after the cut-off ships Monday", () => {
    expect(promise("2026-11-21T15:00:00Z")).toMatchObject({ dispatchDate: "2026-11-23", date: "2026-11-24" });
  });

  it("a Sunday order, even in the morning, ships Monday", () => {
    expect(promise("2026-11-22T10:00:00Z")).toMatchObject({ dispatchDate: "2026-11-23", date: "2026-11-24" });
  });
});

describe("holidays", () => {
  it("a national holiday is neither a dispatch day nor a delivery day", () => {
    const holidays = national("2026-12-08");
    expect(promise("2026-12-07T15:00:00Z", { holidays })).toMatchObject({ dispatchDate: "2026-12-09", date: "2026-12-10" });
    expect(promise("2026-12-07T09:00:00Z", { holidays })).toMatchObject({ dispatchDate: "2026-12-07", date: "2026-12-09" });
  });

  it("Christmas Eve after the cut-off ships on Saturday the 26th and arrives Monday", () => {
    expect(promise("2026-12-24T16:00:00Z", { holidays: national("2026-12-25") })).toMatchObject({
      dispatchDate: "2026-12-26",
      date: "2026-12-28",
    });
  });

  it("a holiday only in the source region delays dispatch from there, not from elsewhere", () => {
    const holidays = [{ day: "2026-11-09", region: "MD" }];
    expect(promise("2026-11-09T09:00:00Z", { holidays, destination: barcelonaHome })).toMatchObject({
      dispatchDate: "2026-11-10",
      date: "2026-11-12",
    });
    expect(promise("2026-11-09T09:00:00Z", { holidays, source: barcelonaStore })).toMatchObject({
      dispatchDate: "2026-11-09",
      date: "2026-11-11",
    });
  });

  it("a holiday only in the destination region moves the delivery day", () => {
    const holidays = [...national("2026-12-25"), { day: "2026-12-26", region: "CT" }];
    expect(promise("2026-12-23T09:00:00Z", { holidays, destination: barcelonaHome }).date).toBe("2026-12-28");
    expect(promise("2026-12-24T09:00:00Z", { holidays }).date).toBe("2026-12-26");
  });

  it("accepts ES- prefixed region codes", () => {
    const holidays = [{ day: "2026-11-09", region: "ES-MD" }];
    expect(promise("2026-11-09T09:00:00Z", { holidays }).dispatchDate).toBe("2026-11-10");
  });
});

describe("time zones", () => {
  it("a Canary store at 14:30 local is before its cut-off while Madrid, at 15:30, is past it", () => {
    const now = "2026-11-23T14:30:00Z";
    expect(promise(now, { source: lasPalmasStore, destination: lasPalmasHome })).toMatchObject({ dispatchDate: "2026-11-23", date: "2026-11-24" });
    expect(promise(now).dispatchDate).toBe("2026-11-24");
  });

  it("uses the source's local date around midnight", () => {
    // 00:30 Tuesday in Madrid is still 23:30 Monday in the Canaries.
    const now = "2026-11-23T23:30:00Z";
    expect(promise(now).dispatchDate).toBe("2026-11-24");
    expect(promise(now, { source: lasPalmasStore, destination: lasPalmasHome }).explanation[0]).toContain("Ordered 2026-11-23 23:30");
  });
});

describe("transit", () => {
  it("about 500 km takes two days", () => {
    expect(promise("2026-11-23T09:00:00Z", { destination: barcelonaHome })).toMatchObject({ transitDays: 2, date: "2026-11-25" });
  });

  it("mainland to the Canary Islands: beyond 700 km (3) plus 2 days offshore", () => {
    const result = promise("2026-11-23T09:00:00Z", { destination: lasPalmasHome });
    expect(result).toMatchObject({ dispatchDate: "2026-11-23", transitDays: 5, date: "2026-11-28" });
    expect(result.explanation).toContain("From the mainland to the Canary Islands: +2 days.");
  });

  it("infers the archipelago from coordinates when the address has no region", () => {
    const destination = { kind: "delivery", lat: 28.1, lng: -15.42 } as const;
    expect(promise("2026-11-23T09:00:00Z", { destination }).transitDays).toBe(5);
  });

  it("Barcelona to Mallorca is short but crosses the sea", () => {
    expect(promise("2026-11-23T09:00:00Z", { source: barcelonaStore, destination: palmaHome })).toMatchObject({
      transitDays: 3,
      date: "2026-11-26",
    });
  });

  it("a pickup is a delivery to the store's coordinates, within the same island group", () => {
    const tenerife = { lat: 28.4636, lng: -16.2518, region: "CN", timeZone: "Atlantic/Canary" };
    expect(promise("2026-11-23T12:00:00Z", { source: lasPalmasStore, destination: { kind: "pickup", store: tenerife } })).toMatchObject({
      transitDays: 1,
      date: "2026-11-24",
    });
  });

  it("custom bands can promise same-day delivery", () => {
    const transitBands = [{ maxKm: 15, days: 0 }, { maxKm: Infinity, days: 2 }];
    expect(promise("2026-11-23T09:00:00Z", { transitBands })).toMatchObject({ transitDays: 0, date: "2026-11-23" });
  });
});

describe("processing time and the year end", () => {
  it("three processing days count business days, skipping Sunday", () => {
    const source = { ...madridStore, processingDays: 3 };
    expect(promise("2026-11-19T09:00:00Z", { source })).toMatchObject({ dispatchDate: "2026-11-21", date: "2026-11-23" });
    expect(promise("2026-11-19T15:00:00Z", { source })).toMatchObject({ dispatchDate: "2026-11-23", date: "2026-11-24" });
  });

  it("New Year's Eve after the cut-off crosses into January past the holidays", () => {
    const holidays = national("2027-01-01", "2027-01-06");
    expect(promise("2026-12-31T16:00:00Z", { holidays, destination: barcelonaHome })).toMatchObject({
      dispatchDate: "2027-01-02",
      date: "2027-01-05",
    });
    const source = { ...madridStore, processingDays: 3 };
    expect(promise("2026-12-31T16:00:00Z", { holidays, source })).toMatchObject({ dispatchDate: "2027-01-05", date: "2027-01-07" });
  });
});

describe("sources that cannot ship", () => {
  it("throws a clear error", () => {
    const source = { ...madridStore, canShip: false };
    expect(() => promise("2026-11-23T09:00:00Z", { source })).toThrow(AppError);
    expect(() => promise("2026-11-23T09:00:00Z", { source })).toThrow("This store does not ship orders");
  });
});

describe("formatPromise", () => {
  it("reads as weekday, day and month without shifting the date", () => {
    expect(formatPromise("2025-11-24", "en-GB")).toBe("Monday 24 November");
    expect(formatPromise("2026-11-24", "es-ES")).toBe("martes, 24 de noviembre");
    expect(formatPromise("2027-01-01", "en-GB")).toBe("Friday 1 January");
  });

  it("rejects a malformed date", () => {
    expect(() => formatPromise("2026-02-30", "en-GB")).toThrow(/Invalid date/);
  });
});
