import { describe, expect, it } from "vitest";
import type { FlowDocument } from "./document";
import { SHIPPED_FLOWS } from "./shipped-flows";
import { validateFlow } from "./validate-flow";

const doc = (steps: FlowDocument["steps"], start = "a"): FlowDocument => ({ title: "T", description: "D", start, steps });
const fields = (d: FlowDocument) => validateFlow(d).problems.map((p) => `${p.stepId ?? ""}:${p.field}`);

describe("validateFlow", () => {
  it("accepts a straight line ending in next: null", () => {
    expect(validateFlow(doc([{ id: "a", say: "Hi", why: "w", next: "b" }, { id: "b", say: "Bye", why: "w", next: null }]))).toEqual({ ok: true, problems: [] });
  });

  it("names a next or a branch to a missing step", () => {
    const r = validateFlow(
      doc([
        { id: "a", say: "Hi", why: "w", next: "nope", action: "search", branches: [{ when: { outcome: "nowhere" }, goto: "gone" }] },
      ]),
    );
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.message)).toEqual([`"a" goes next to "nope", which is not a step.`, `A branch of "a" goes to "gone", which is not a step.`]);
  });

  it("finds steps that can never be reached", () => {
    expect(fields(doc([{ id: "a", say: "Hi", why: "w", next: null }, { id: "b", say: "x", why: "w", next: null }]))).toEqual(["b:id"]);
  });

  it("flags a step with no way forward that is not marked as the end", () => {
    const r = validateFlow(doc([{ id: "a", say: "Hi", why: "w" }]));
    expect(r.problems).toEqual([{ stepId: "a", field: "next", message: expect.stringContaining("no way forward") }]);
  });

  it("flags duplicate ids", () => {
    expect(fields(doc([{ id: "a", say: "Hi", why: "w", next: null }, { id: "a", say: "Again", why: "w", next: null }]))).toContain("a:id");
  });

  it("flags text too long for the panel", () => {
    const r = validateFlow(doc([{ id: "a", say: "x".repeat(161), why: "y".repeat(121), next: null }]));
    expect(r.problems.map((p) => p.field)).toEqual(["say", "why"]);
    expect(r.problems[0]!.message).toMatch(/too long for the panel/);
  });

  it("flags a missing start and a branch on an answer that is not a choice", () => {
    const r = validateFlow(
      doc([{ id: "a", say: "Q?", why: "w", question: { kind: "choice", choices: [{ id: "yes", label: "Yes" }] }, branches: [{ when: { answer: "maybe" }, goto: "a" }] }], "zzz"),
    );
    expect(r.problems.map((p) => p.field)).toEqual(["start", "branches.0.when", "id"]);
  });

  it.each(SHIPPED_FLOWS.map((f) => [f.slug, f] as const))("shipped flow %s passes", (_slug, f) => {
    expect(validateFlow(f.document)).toEqual({ ok: true, problems: [] });
  });
});
