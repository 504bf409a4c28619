import { describe, expect, it } from "vitest";
import type { FlowDocument } from "@/lib/domain/flows/document";
import { SHIPPED_FLOWS } from "@/lib/domain/flows/shipped-flows";
import {
  END,
  addChoice,
  addStep,
  checkDraft,
  decodeNext,
  deleteStep,
  encodeNext,
  fieldsToProblems,
  hasUnpublishedChanges,
  moveStep,
  problemsAt,
  questionOfKind,
  setCaptures,
  slugify,
  updateStep,
} from "./flow-form";
import { pretendEvents } from "./preview-events";
import { flowDocumentSchema } from "@/lib/domain/flows/document";

const doc = (): FlowDocument => ({
  title: "Hello",
  description: "Say hello.",
  start: "hi",
  steps: [
    { id: "hi", say: "Hello!", why: "Be friendly.", next: "ask" },
    { id: "ask", say: "Been before?", why: "Sizes.", question: { kind: "choice", choices: [{ id: "yes", label: "Yes" }] }, branches: [{ when: { answer: "yes" }, goto: "bye" }], next: "bye" },
    { id: "bye", say: "Bye!", why: "Be friendly.", next: null },
  ],
});

describe("flow editor form", () => {
  it("round-trips next through the select: unchosen, the end, or a step", () => {
    for (const next of [undefined, null, "bye"]) expect(decodeNext(encodeNext(next))).toBe(next);
    expect(encodeNext(null)).toBe(END);
  });

  it("moves a step up and down but not past either end, keeping ids and links", () => {
    const d = doc();
    expect(moveStep(d, 2, -1).steps.map((s) => s.id)).toEqual(["hi", "bye", "ask"]);
    expect(moveStep(d, 0, 1).steps.map((s) => s.id)).toEqual(["ask", "hi", "bye"]);
    expect(moveStep(d, 0, -1)).toBe(d);
    expect(moveStep(d, 2, 1)).toBe(d);
    expect(moveStep(d, 2, -1).start).toBe("hi");
  });

  it("adds steps with ids of their own that end the flow", () => {
    const d = addStep(addStep(doc(), { say: "New", why: "Tip" }), { say: "New", why: "Tip" });
    expect(d.steps.slice(3)).toEqual([
      { id: "step-4", say: "New", why: "Tip", next: null },
      { id: "step-5", say: "New", why: "Tip", next: null },
    ]);
    expect(checkDraft(d, flowDocumentSchema).map((p) => `${p.stepId}:${p.message}`)).toEqual([`step-4:"step-4" can never be reached from the start.`, `step-5:"step-5" can never be reached from the start.`]);
  });

  it("deleting a step leaves the links to it, so validation names each step that now points nowhere", () => {
    const problems = checkDraft(deleteStep(doc(), 2), flowDocumentSchema);
    expect(problems.map((p) => `${p.stepId}:${p.field}`)).toEqual(["ask:next", "ask:branches.0.goto"]);
    expect(problemsAt(problems, "ask", "branches.0").map((p) => p.message)).toEqual([`A branch of "ask" goes to "bye", which is not a step.`]);
  });

  it("shows a line too long for the panel and an empty line beside the step as they are typed", () => {
    const d = updateStep(updateStep(doc(), 0, { say: "x".repeat(161) }), 2, { why: "  " });
    const problems = checkDraft(d, flowDocumentSchema);
    expect(problemsAt(problems, "hi", "say")[0]?.message).toMatch(/161 characters, at most 160/);
    expect(problemsAt(problems, "bye", "why")[0]?.message).toBe("Write something here.");
  });

  it("maps the server's field errors to the step and field", () => {
    expect(fieldsToProblems({ "document.steps.1.question.choices.0.label": "Write something here.", name: "Too long" }, doc())).toEqual([
      { stepId: "ask", field: "question.choices.0.label", message: "Write something here." },
      { field: "name", message: "Too long" },
    ]);
  });

  it("switches question kinds and edits choices and captures", () => {
    const step = doc().steps[1]!;
    expect(questionOfKind("none", step.question)).toBeUndefined();
    expect(questionOfKind("choice", step.question)).toBe(step.question);
    const free = questionOfKind("free", step.question);
    expect(free).toEqual({ kind: "free", label: "" });
    expect(setCaptures(free as Extract<typeof free, { kind: "free" }>, "size")).toEqual({ kind: "free", label: "", captures: "size" });
    expect(setCaptures({ kind: "free", label: "x", captures: "size" }, "")).toEqual({ kind: "free", label: "x" });
    const q = addChoice({ kind: "choice", choices: [{ id: "choice-2", label: "A" }] });
    expect(q.kind === "choice" && q.choices.map((c) => c.id)).toEqual(["choice-2", "choice-2-2"]);
  });

  it("clears a field set to undefined instead of saving it", () => {
    expect(Object.keys(updateStep(doc(), 1, { question: undefined }).steps[1]!)).not.toContain("question");
  });

  it("accepts every shipped flow as it stands", () => {
    for (const f of SHIPPED_FLOWS) expect(checkDraft(f.document, flowDocumentSchema)).toEqual([]);
  });

  it("knows when the draft differs from the published version", () => {
    expect(hasUnpublishedChanges(doc(), doc())).toBe(false);
    expect(hasUnpublishedChanges(updateStep(doc(), 0, { say: "Hi" }), doc())).toBe(true);
  });

  it("slugifies names into ids", () => {
    expect(slugify("Búsqueda rápida: zapatos!")).toBe("busqueda-rapida-zapatos");
    expect(slugify("!!!", "flow")).toBe("flow");
  });

  it("offers to pretend each tool outcome a step branches on", () => {
    const search = SHIPPED_FLOWS.find((f) => f.slug === "find-it")!.document.steps.find((s) => s.id === "search");
    expect(pretendEvents(search).map((e) => e.outcome)).toEqual(["in_stock_here", "only_elsewhere", "nowhere"]);
    expect(pretendEvents({ id: "x", say: "s", why: "w", action: "hold", next: null })).toEqual([{ action: "hold" }]);
    expect(pretendEvents({ id: "x", say: "s", why: "w", next: null })).toEqual([]);
  });
});
