import { describe, expect, it } from "vitest";
import { type OpeningHours, localParts, openState, zonedTimeToUtc } from "./opening-hours";

const MADRID = "Europe/Madrid";
const CANARY = "Atlantic/Canary";
const weekdays = [["10:00", "14:00"], ["17:00", "21:00"]] as const;
// Mon-Fri split shift, Saturday mornings, closed on Sunday.
const shop: OpeningHours = { "1": weekdays, "2": weekdays, "3": weekdays, "4": weekdays, "5": weekdays, "6": [["10:00", "14:00"]] };
const at = (iso: string) => new Date(iso);

describe("openState in a Madrid shop (UTC+1 in November)", () => {
  it("is open mid-morning and closes at 14:00 local", () => {
    expect(openState(shop, MADRID, at("2026-11-23T10:00:00Z"), [])).toEqual({ open: true, closesAt: at("2026-11-23T13:00:00Z") });
  });

  it("is closed over the lunch break and reopens at 17:00", () => {
    expect(openState(shop, MADRID, at("2026-11-23T14:00:00Z"), [])).toEqual({ open: false, nextOpen: at("2026-11-23T16:00:00Z") });
  });

  it("opens exactly at the opening minute and is closed at the closing minute", () => {
    expect(openState(shop, MADRID, at("2026-11-23T09:00:00Z"), []).open).toBe(true);
    expect(openState(shop, MADRID, at("2026-11-23T20:00:00Z"), [])).toEqual({ open: false, nextOpen: at("2026-11-24T09:00:00Z") });
  });

  it("after closing, next opens tomorrow morning", () => {
    expect(openState(shop, MADRID, at("2026-11-23T20:30:00Z"), []).nextOpen).toEqual(at("2026-11-24T09:00:00Z"));
  });

  it("on Saturday evening, next opens on Monday because Sunday is closed", () => {
    expect(openState(shop, MADRID, at("2026-11-21T14:00:00Z"), []).nextOpen).toEqual(at("2026-11-23T09:00:00Z"));
  });

  it("skips a holiday and is closed during it", () => {
    const holidays = ["2026-12-08"];
    expect(openState(shop, MADRID, at("2026-12-07T20:30:00Z"), holidays).nextOpen).toEqual(at("2026-12-09T09:00:00Z"));
    expect(openState(shop, MADRID, at("2026-12-08T10:00:00Z"), holidays)).toEqual({ open: false, nextOpen: at("2026-12-09T09:00:00Z") });
  });

  it("reports no next opening when nothing opens within 14 days", () => {
    expect(openState({}, MADRID, at("2026-11-23T10:00:00Z"), [])).toEqual({ open: false });
  });

  it("rejects malformed times", () => {
    expect(() => openState({ "1": [["9:00", "14:00"]] }, MADRID, at("2026-11-23T10:00:00Z"), [])).toThrow(/Invalid time "9:00"/);
  });
});

describe("overnight periods", () => {
  const bar: OpeningHours = { "5": [["22:00", "02:00"]], "6": [["22:00", "02:00"]] };

  it("is open before midnight and closes at 02:00 the next day", () => {
    expect(openState(bar, MADRID, at("2026-11-20T22:00:00Z"), [])).toEqual({ open: true, closesAt: at("2026-11-21T01:00:00Z") });
  });

  it("is still open after midnight in the period that began the previous day", () => {
    expect(openState(bar, MADRID, at("2026-11-21T00:30:00Z"), [])).toEqual({ open: true, closesAt: at("2026-11-21T01:00:00Z") });
  });

  it("a period that began on a holiday eve still counts; the holiday's own period does not", () => {
    const holidays = ["2026-11-21"];
    expect(openState(bar, MADRID, at("2026-11-21T00:30:00Z"), holidays).open).toBe(true);
    expect(openState(bar, MADRID, at("2026-11-21T03:00:00Z"), holidays).nextOpen).toEqual(at("2026-11-27T21:00:00Z"));
  });

  it("follows back-to-back periods across midnight", () => {
    const late: OpeningHours = { "6": [["10:00", "24:00"]], "0": [["00:00", "02:00"]] };
    expect(openState(late, MADRID, at("2026-11-21T22:00:00Z"), []).closesAt).toEqual(at("2026-11-22T01:00:00Z"));
  });
});

describe("time zones", () => {
  it("the Canary Islands are one hour behind Madrid at the same instant", () => {
    const now = at("2026-11-23T09:30:00Z");
    expect(localParts(now, MADRID)).toMatchObject({ hour: 10, minute: 30, isoDate: "2026-11-23", weekday: 1 });
    expect(localParts(now, CANARY)).toMatchObject({ hour: 9, minute: 30, isoDate: "2026-11-23", weekday: 1 });
    expect(openState(shop, MADRID, now, []).open).toBe(true);
    expect(openState(shop, CANARY, now, [])).toEqual({ open: false, nextOpen: at("2026-11-23T10:00:00Z") });
  });

  it("local date differs from the UTC date near midnight", () => {
    expect(localParts(at("2026-07-31T22:30:00Z"), MADRID)).toMatchObject({ year: 2026, month: 8, day: 1, weekday: 6, hour: 0 });
  });
});

describe("daylight saving (Madrid: 29 March and 25 October 2026)", () => {
  const weekend: OpeningHours = { "6": [["22:00", "03:00"]], "0": [["10:00", "14:00"]] };

  it("converts local times on either side of spring-forward", () => {
    expect(zonedTimeToUtc("2026-03-28", "10:00", MADRID)).toEqual(at("2026-03-28T09:00:00Z"));
    expect(zonedTimeToUtc("2026-03-29", "10:00", MADRID)).toEqual(at("2026-03-29T08:00:00Z"));
    // 02:30 does not exist that night: it moves forward to 03:30 CEST.
    expect(zonedTimeToUtc("2026-03-29", "02:30", MADRID)).toEqual(at("2026-03-29T01:30:00Z"));
  });

  it("converts local times on either side of fall-back", () => {
    expect(zonedTimeToUtc("2026-10-24", "10:00", MADRID)).toEqual(at("2026-10-24T08:00:00Z"));
    expect(zonedTimeToUtc("2026-10-25", "10:00", MADRID)).toEqual(at("2026-10-25T09:00:00Z"));
    // 02:30 happens twice that night: the first (CEST) is chosen.
    expect(zonedTimeToUtc("2026-10-25", "02:30", MADRID)).toEqual(at("2026-10-25T00:30:00Z"));
    expect(zonedTimeToUtc("2026-10-25", "01:30", MADRID)).toEqual(at("2026-10-24T23:30:00Z"));
  });

  it("next opening on spring-forward Sunday is 10:00 summer time", () => {
    expect(openState(weekend, MADRID, at("2026-03-28T12:00:00Z"), []).nextOpen).toEqual(at("2026-03-28T21:00:00Z"));
    expect(openState(weekend, MADRID, at("2026-03-29T02:00:00Z"), []).nextOpen).toEqual(at("2026-03-29T08:00:00Z"));
  });

  it("an overnight period over spring-forward is an hour shorter", () => {
    expect(openState(weekend, MADRID, at("2026-03-29T00:30:00Z"), [])).toEqual({ open: true, closesAt: at("2026-03-29T01:00:00Z") });
    expect(openState(weekend, MADRID, at("2026-03-29T01:00:00Z"), []).open).toBe(false);
  });

  it("an overnight period over fall-back is an hour longer", () => {
    // 01:30Z is 02:30 winter time, the second 02:30 of the night.
    expect(openState(weekend, MADRID, at("2026-10-25T01:30:00Z"), [])).toEqual({ open: true, closesAt: at("2026-10-25T02:00:00Z") });
    expect(openState(weekend, MADRID, at("2026-10-25T02:00:00Z"), []).nextOpen).toEqual(at("2026-10-25T09:00:00Z"));
  });
});
