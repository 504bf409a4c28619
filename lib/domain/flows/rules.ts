import { errors } from "@/lib/errors";
import type { Capture, FlowDocument, Step, StepAction, StepOutcome } from "./document";

/** What a run remembers: where it has been, the answers the tools use, and what the customer declined. */
export type RunState = {
  /** Steps behind the current one, for "back" and the progress bar. */
  history: string[];
  /** Captured answers the tools read (size for the stock grid, occasion for suggestions...). */
  answers: Partial<Record<Capture, string>>;
  /** The raw answer to each question, by step id (a choice id or free text). */
  picks: Record<string, string>;
  flags: { declinedCapture?: boolean };
  customerId?: string;
  /** When the current step was shown (ISO), for step timings. */
  shownAt?: string;
};

export type ToolData = { size?: string; occasion?: string; customerId?: string };

export type RunEvent =
  | { type: "tool"; action: StepAction; outcome?: StepOutcome; data?: ToolData }
  | { type: "answer"; stepId: string; value: string }
  /** The associate marks the step done by hand (optionally naming the outcome). */
  | { type: "done"; outcome?: StepOutcome }
  | { type: "skip" }
  | { type: "back" }
  | { type: "abandon" };

export type RunEffect =
  | { type: "shown"; stepId: string }
  | { type: "completed"; stepId: string; via: "tool" | "answer" | "hand"; outcome?: StepOutcome }
  | { type: "skipped"; stepId: string; auto?: boolean }
  | { type: "answered"; stepId: string; choice?: string; captures?: Capture }
  | { type: "finished"; stepId: string }
  | { type: "abandoned"; stepId: string | null };

export type RunStatus = "active" | "finished" | "abandoned";
export type Transition = { state: RunState; currentStep: string | null; status: RunStatus; effects: RunEffect[] };

export function initialState(previous?: Pick<RunState, "answers" | "flags" | "customerId">): RunState {
  return { history: [], answers: { ...previous?.answers }, picks: {}, flags: { ...previous?.flags }, ...(previous?.customerId ? { customerId: previous.customerId } : {}) };
}

function stepById(doc: FlowDocument, id: string | null): Step | undefined {
  return id == null ? undefined : doc.steps.find((s) => s.id === id);
}

/** Where a step leads: a matching branch, else next (null = the end), else undefined (stay). */
function exitFor(step: Step, by: { answer?: string; outcome?: StepOutcome }): string | null | undefined {
  const branch = step.branches?.find((b) => ("answer" in b.when ? b.when.answer === by.answer : b.when.outcome === by.outcome));
  if (branch && (by.answer !== undefined || by.outcome !== undefined)) return branch.goto;
  return step.next;
}

/** Moves to `to` (null = finish), auto-skipping a capture step the customer already declined this visit. */
function moveTo(doc: FlowDocument, t: Transition, from: string, to: string | null | undefined): Transition {
  if (to === undefined) return t;
  let target = to;
  t.state.history = [...t.state.history, from];
  for (let guard = 0; target != null && guard < doc.steps.length; guard++) {
    const s = stepById(doc, target);
    if (!s || s.action !== "capture_customer" || !t.state.flags.declinedCapture) break;
    t.effects.push({ type: "skipped", stepId: s.id, auto: true });
    t.state.history = [...t.state.history, s.id];
    target = s.next ?? s.branches?.[0]?.goto ?? null;
  }
  if (target == null) {
    t.effects.push({ type: "finished", stepId: from });
    return { ...t, currentStep: null, status: "finished" };
  }
  t.effects.push({ type: "shown", stepId: target });
  return { ...t, currentStep: target };
}

function remember(state: RunState, data: ToolData | undefined, outcome: StepOutcome | undefined, step: Step | undefined): RunState {
  const answers = { ...state.answers };
  if (data?.size) answers.size = data.size;
  if (data?.occasion) answers.occasion = data.occasion;
  const declined = outcome === "declined" && (step?.action === "capture_customer" || step?.action === undefined);
  return {
    ...state,
    answers,
    ...(data?.customerId ? { customerId: data.customerId } : {}),
    flags: declined ? { ...state.flags, declinedCapture: true } : state.flags,
  };
}

/**
 * Applies one event to a run. A step with a linked action completes when that tool is used; a question
 * completes when answered (unless the step still waits for its tool); branches follow the answer or the
 * tool's outcome. Events that do not fit the current step change nothing but may still carry data.
 */
export function nextStep(doc: FlowDocument, state: RunState, currentStep: string | null, event: RunEvent): Transition {
  const step = stepById(doc, currentStep);
  const base: Transition = { state, currentStep, status: step ? "active" : "finished", effects: [] };
  if (event.type === "abandon") return { ...base, status: "abandoned", effects: [{ type: "abandoned", stepId: currentStep }] };
  if (event.type === "tool") {
    const t = { ...base, state: remember(state, event.data, event.outcome, step?.action === event.action ? step : undefined) };
    if (!step || step.action !== event.action) return t;
    t.effects.push({ type: "completed", stepId: step.id, via: "tool", ...(event.outcome ? { outcome: event.outcome } : {}) });
    const to = exitFor(step, { outcome: event.outcome });
    // A branching step whose tool gave no matching outcome waits for the associate to choose.
    return to === undefined ? { ...t, effects: [] } : moveTo(doc, t, step.id, to);
  }
  if (!step) return base;
  if (event.type === "back") {
    const prev = state.history.at(-1);
    if (!prev) return base;
    return { ...base, state: { ...state, history: state.history.slice(0, -1) }, currentStep: prev, effects: [{ type: "shown", stepId: prev }] };
  }
  if (event.type === "skip") {
    const t = { ...base, effects: [{ type: "skipped", stepId: step.id } as RunEffect] };
    return moveTo(doc, t, step.id, step.next !== undefined ? step.next : (step.branches?.[0]?.goto ?? null));
  }
  if (event.type === "done") {
    const t = { ...base, state: remember(state, undefined, event.outcome, step) };
    const to = exitFor(step, { outcome: event.outcome, answer: state.picks[step.id] });
    if (to === undefined) throw errors.badRequest("Choose how this step ended before moving on.");
    t.effects.push({ type: "completed", stepId: step.id, via: "hand", ...(event.outcome ? { outcome: event.outcome } : {}) });
    return moveTo(doc, t, step.id, to);
  }
  // An answer.
  if (event.stepId !== step.id || !step.question) return base;
  const q = step.question;
  const value = event.value.trim();
  if (!value) throw errors.badRequest("Give an answer, or skip the step.");
  if (q.kind === "choice" && !q.choices.some((c) => c.id === value)) throw errors.badRequest("That is not one of the choices.");
  let next: RunState = { ...state, picks: { ...state.picks, [step.id]: value } };
  if (q.kind === "free" && q.captures) next = { ...next, answers: { ...next.answers, [q.captures]: value } };
  // "No thanks" on a capture step is remembered for the whole visit.
  if (q.kind === "choice" && step.action === "capture_customer" && (value === "declined" || value === "no-thanks")) next = { ...next, flags: { ...next.flags, declinedCapture: true } };
  const t: Transition = {
    ...base,
    state: next,
    effects: [{ type: "answered", stepId: step.id, ...(q.kind === "choice" ? { choice: value } : {}), ...(q.kind === "free" && q.captures ? { captures: q.captures } : {}) }],
  };
  const branch = step.branches?.find((b) => "answer" in b.when && b.when.answer === value);
  // A step with a tool still waits for it, unless the answer picked a branch.
  if (!branch && step.action) return t;
  t.effects.push({ type: "completed", stepId: step.id, via: "answer" });
  return moveTo(doc, t, step.id, branch ? branch.goto : step.next === undefined ? null : step.next);
}

/** The tool outcomes a step branches on, so the associate can name one when finishing it by hand. */
export function branchOutcomes(step: Step): StepOutcome[] {
  return [...new Set((step.branches ?? []).flatMap((b) => ("outcome" in b.when ? [b.when.outcome] : [])))];
}

/** For the progress bar: steps done, and the fewest steps still ahead to an end. */
export function stepProgress(doc: FlowDocument, state: RunState, currentStep: string | null): { done: number; total: number; percent: number } {
  const done = state.history.length;
  if (currentStep == null) return { done, total: done, percent: 100 };
  const dist = new Map<string, number>([[currentStep, 1]]);
  const queue = [currentStep];
  let ahead = 1;
  while (queue.length) {
    const id = queue.shift()!;
    const step = stepById(doc, id);
    if (!step) continue;
    if (step.next === null) {
      ahead = dist.get(id)!;
      break;
    }
    for (const to of [...(step.branches ?? []).map((b) => b.goto), ...(step.next ? [step.next] : [])])
      if (!dist.has(to)) {
        dist.set(to, dist.get(id)! + 1);
        queue.push(to);
      }
  }
  const total = done + ahead;
  return { done, total, percent: Math.round((done / total) * 100) };
}
