import { describe, expect, it } from "vitest";
import { deriveConsentState, hasConsent, type ConsentRecordFacts } from "./rules";

const rec = (id: number, purpose: string, decision: "granted" | "withdrawn", at: string, textVersion = 1): ConsentRecordFacts => ({
  id,
  purpose,
  decision,
  textId: textVersion,
  textVersion,
  channel: "assisted",
  at,
});

describe("deriveConsentState", () => {
  it("is off for every purpose until the customer says yes", () => {
    const state = deriveConsentState([]);
    expect(state.map((s) => [s.purpose, s.granted, s.decision])).toEqual([
      ["marketing_email", false, null],
      ["marketing_sms", false, null],
      ["personalisation", false, null],
    ]);
  });

  it("takes the latest record per purpose: grant, withdraw, grant again", () => {
    const records = [
      rec(1, "marketing_email", "granted", "2026-01-01T10:00:00Z"),
      rec(2, "marketing_email", "withdrawn", "2026-02-01T10:00:00Z"),
      rec(3, "marketing_sms", "granted", "2026-02-01T10:00:00Z"),
    ];
    let state = deriveConsentState(records);
    expect(hasConsent(state, "marketing_email")).toBe(false);
    expect(state.find((s) => s.purpose === "marketing_email")).toMatchObject({ decision: "withdrawn", at: "2026-02-01T10:00:00.000Z" });
    expect(hasConsent(state, "marketing_sms")).toBe(true);
    state = deriveConsentState([...records, rec(4, "marketing_email", "granted", "2026-03-01T10:00:00Z", 2)]);
    expect(state.find((s) => s.purpose === "marketing_email")).toMatchObject({ granted: true, textVersion: 2 });
  });

  it("orders by time, not by the order the records arrive in, and breaks ties by id", () => {
    const state = deriveConsentState([
      rec(9, "personalisation", "withdrawn", "2026-01-02T00:00:00Z"),
      rec(5, "personalisation", "granted", "2026-01-01T00:00:00Z"),
    ]);
    expect(hasConsent(state, "personalisation")).toBe(false);
    const tie = deriveConsentState([rec(7, "personalisation", "granted", "2026-01-01T00:00:00Z"), rec(6, "personalisation", "withdrawn", "2026-01-01T00:00:00Z")]);
    expect(hasConsent(tie, "personalisation")).toBe(true);
  });

  it("ignores purposes it does not know", () => {
    const state = deriveConsentState([rec(1, "telepathy", "granted", "2026-01-01T00:00:00Z")]);
    expect(state.every((s) => !s.granted)).toBe(true);
  });
});
