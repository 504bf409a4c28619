import { describe, expect, it } from "vitest";
import { branchOutcomes, initialState, nextStep, stepProgress, type RunState } from "./rules";
import { SHIPPED_FLOWS } from "./shipped-flows";

const flow = (slug: string) => SHIPPED_FLOWS.find((f) => f.slug === slug)!.document;
const findIt = flow("find-it");

function run(doc = findIt, from = doc.start, state: RunState = initialState()) {
  let current: string | null = from;
  let s = state;
  return {
    send(e: Parameters<typeof nextStep>[3]) {
      const t = nextStep(doc, s, current, e);
      s = t.state;
      current = t.currentStep;
      return t;
    },
    get current() {
      return current;
    },
    get state() {
      return s;
    },
  };
}

describe("nextStep", () => {
  it("captures answers the tools use and moves on", () => {
    const r = run();
    r.send({ type: "answer", stepId: "looking-for", value: "Black ankle boots" });
    const t = r.send({ type: "answer", stepId: "size", value: "38" });
    expect(t.effects).toEqual([{ type: "answered", stepId: "size", captures: "size" }, { type: "completed", stepId: "size", via: "answer" }, { type: "shown", stepId: "occasion" }]);
    r.send({ type: "answer", stepId: "occasion", value: "wedding" });
    expect(r.state.answers).toEqual({ other: "Black ankle boots", size: "38", occasion: "wedding" });
    expect(r.current).toBe("search");
  });

  it("completes a tool step when that tool is used, branching on its outcome", () => {
    for (const [outcome, to] of [["in_stock_here", "show-it"], ["only_elsewhere", "offer-elsewhere"], ["nowhere", "alternatives"]] as const) {
      const r = run(findIt, "search");
      const t = r.send({ type: "tool", action: "open_stores_grid", outcome });
      expect(t.effects[0]).toEqual({ type: "completed", stepId: "search", via: "tool", outcome });
      expect(r.current).toBe(to);
    }
  });

  it("ignores another tool, but keeps its data", () => {
    const r = run(findIt, "search");
    const t = r.send({ type: "tool", action: "scan", data: { size: "39" } });
    expect(t.effects).toEqual([]);
    expect(r.current).toBe("search");
    expect(r.state.answers.size).toBe("39");
  });

  it("branches on a choice and finishes at an end step", () => {
    const r = run(findIt, "offer-elsewhere");
    r.send({ type: "answer", stepId: "offer-elsewhere", value: "hold" });
    expect(r.current).toBe("hold-it");
    const t = r.send({ type: "tool", action: "hold" });
    expect(t.status).toBe("finished");
    expect(t.effects.at(-1)).toEqual({ type: "finished", stepId: "hold-it" });
  });

  it("refuses an answer that is not a choice", () => {
    expect(() => run(findIt, "offer-elsewhere").send({ type: "answer", stepId: "offer-elsewhere", value: "maybe" })).toThrow(/not one of the choices/);
  });

  it("skips, goes back, and completes by hand", () => {
    const r = run();
    expect(r.send({ type: "skip" }).effects).toEqual([{ type: "skipped", stepId: "looking-for" }, { type: "shown", stepId: "size" }]);
    r.send({ type: "back" });
    expect(r.current).toBe("looking-for");
    r.send({ type: "done" });
    expect(r.current).toBe("size");
    r.send({ type: "skip" });
    r.send({ type: "skip" });
    expect(() => r.send({ type: "done" })).toThrow(/how this step ended/);
    r.send({ type: "done", outcome: "nowhere" });
    expect(r.current).toBe("alternatives");
  });

  it("remembers 'no thanks' to capture for the visit and skips capture steps after it", () => {
    const capture = flow("capture-consent");
    const r = run(capture);
    r.send({ type: "answer", stepId: "explain", value: "no-thanks" });
    expect(r.current).toBe("no-problem");
    const declined = run(capture, "capture");
    declined.send({ type: "tool", action: "capture_customer", outcome: "declined" });
    expect(declined.state.flags.declinedCapture).toBe(true);
    // A later run in the same visit starts with the flag and passes over the capture step.
    const later = run(capture, "explain", initialState({ answers: {}, flags: { declinedCapture: true } }));
    const t = later.send({ type: "answer", stepId: "explain", value: "yes" });
    expect(t.effects.filter((e) => e.type === "skipped")).toEqual([{ type: "skipped", stepId: "capture", auto: true }]);
    expect(later.current).toBe("thanks");
  });
});

describe("stepProgress", () => {
  it("counts steps done and the fewest ahead", () => {
    const r = run();
    expect(stepProgress(findIt, r.state, r.current)).toEqual({ done: 0, total: 5, percent: 0 });
    r.send({ type: "skip" });
    r.send({ type: "skip" });
    expect(stepProgress(findIt, r.state, r.current)).toEqual({ done: 2, total: 5, percent: 40 });
    expect(stepProgress(findIt, r.state, null).percent).toBe(100);
  });
});

describe("branchOutcomes", () => {
  it("lists what the tool can find on a branching step, so it can be finished by hand", () => {
    const step = (id: string) => findIt.steps.find((s) => s.id === id)!;
    expect(branchOutcomes(step("search"))).toEqual(["in_stock_here", "only_elsewhere", "nowhere"]);
    expect(branchOutcomes(step("offer-elsewhere"))).toEqual([]);
    expect(branchOutcomes(step("size"))).toEqual([]);
  });
});
