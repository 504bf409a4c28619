import { describe, expect, it } from "vitest";
import { generateHolidays } from "./generate-holidays";
import { easterSunday, isoDay, localToUtc, utcOffsetMinutes } from "./time";

describe("calendar helpers", () => {
  it("computes Easter Sunday", () => {
    expect(isoDay(easterSunday(2024))).toBe("2024-03-31");
    expect(isoDay(easterSunday(2025))).toBe("2025-04-20");
    expect(isoDay(easterSunday(2026))).toBe("2026-04-05");
  });

  it("applies EU summer time in Madrid and the Canaries", () => {
    expect(utcOffsetMinutes("Europe/Madrid", Date.UTC(2025, 0, 15))).toBe(60);
    expect(utcOffsetMinutes("Europe/Madrid", Date.UTC(2025, 6, 15))).toBe(120);
    expect(utcOffsetMinutes("Atlantic/Canary", Date.UTC(2025, 6, 15))).toBe(60);
    // 30 March 2025, 01:00 UTC: clocks go forward.
    expect(utcOffsetMinutes("Europe/Madrid", Date.UTC(2025, 2, 30, 0, 59))).toBe(60);
    expect(utcOffsetMinutes("Europe/Madrid", Date.UTC(2025, 2, 30, 1, 0))).toBe(120);
    expect(new Date(localToUtc("Europe/Madrid", Date.UTC(2025, 6, 1), 10 * 60)).toISOString()).toBe("2025-07-01T08:00:00.000Z");
  });
});

describe("generateHolidays", () => {
  const days = generateHolidays(new Date("2025-06-01T00:00:00Z"));

  it("covers the national holidays of this year and next, Good Friday included", () => {
    const national = days.filter((d) => d.region === "").map((d) => d.day);
    expect(national).toContain("2025-01-06");
    expect(national).toContain("2025-04-18");
    expect(national).toContain("2026-04-03");
    expect(national).toContain("2026-12-25");
    expect(national).toHaveLength(20);
  });

  it("adds regional days and never repeats a day within a region", () => {
    expect(days).toContainEqual({ day: "2025-05-02", country: "ES", region: "MD", name: "Community of Madrid Day" });
    expect(days).toContainEqual({ day: "2025-09-11", country: "ES", region: "CT", name: "National Day of Catalonia" });
    const keys = days.map((d) => `${d.day}|${d.region}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
