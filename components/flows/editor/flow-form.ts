import { CAPTURES } from "@/lib/domain/flows/document-constants";
import type { Capture, FlowDocument, Question, Step, StepOutcome, flowDocumentSchema } from "@/lib/domain/flows/document";
import { validateFlow, type FlowProblem } from "@/lib/domain/flows/validate-flow";

/** The editor's problems: validateFlow's, plus the shape checks a save would refuse (an empty line, a missing label). */
export type EditorProblem = FlowProblem;

/** `next` in a <select>: "" = not chosen yet (no way forward), END = this step ends the flow, else a step id. */
export const END = "__end";
export function encodeNext(next: Step["next"]): string {
  return next === undefined ? "" : next === null ? END : next;
}
export function decodeNext(value: string): Step["next"] {
  return value === "" ? undefined : value === END ? null : value;
}

/** Lowercase letters, digits and dashes, as step, choice and flow ids must be. */
export function slugify(text: string, fallback = "item"): string {
  const s = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50);
  return s || fallback;
}

export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Moves a step up (-1) or down (+1); the start step and links stay as they were, since they name steps by id. */
export function moveStep(doc: FlowDocument, index: number, delta: -1 | 1): FlowDocument {
  const to = index + delta;
  if (to < 0 || to >= doc.steps.length || index < 0 || index >= doc.steps.length) return doc;
  const steps = [...doc.steps];
  [steps[index], steps[to]] = [steps[to]!, steps[index]!];
  return { ...doc, steps };
}

export function addStep(doc: FlowDocument, text: { say: string; why: string }): FlowDocument {
  const id = uniqueId(`step-${doc.steps.length + 1}`, doc.steps.map((s) => s.id));
  return { ...doc, steps: [...doc.steps, { id, say: text.say, why: text.why, next: null }] };
}

/** Deletes a step but leaves links to it in place, so validation names every step that now points nowhere. */
export function deleteStep(doc: FlowDocument, index: number): FlowDocument {
  return { ...doc, steps: doc.steps.filter((_, i) => i !== index) };
}

export function updateStep(doc: FlowDocument, index: number, patch: Partial<Step>): FlowDocument {
  return { ...doc, steps: doc.steps.map((s, i) => (i === index ? withoutUndefined({ ...s, ...patch }) : s)) };
}

export type QuestionKind = "none" | Question["kind"];

/** Switching the kind keeps what can be kept (the label of a free answer becomes nothing for choices, and back). */
export function questionOfKind(kind: QuestionKind, current: Question | undefined): Question | undefined {
  if (kind === "none") return undefined;
  if (current?.kind === kind) return current;
  if (kind === "choice") return { kind: "choice", choices: [{ id: "yes", label: "" }] };
  return { kind: "free", label: "" };
}

export function addChoice(q: Extract<Question, { kind: "choice" }>): Question {
  const id = uniqueId(`choice-${q.choices.length + 1}`, q.choices.map((c) => c.id));
  return { ...q, choices: [...q.choices, { id, label: "" }] };
}

export function setCaptures(q: Extract<Question, { kind: "free" }>, value: string): Question {
  const captures = (CAPTURES as readonly string[]).includes(value) ? (value as Capture) : undefined;
  return withoutUndefined({ kind: "free" as const, label: q.label, captures });
}

/** A branch waits for an answer when the step asks a choice, else for the tool's outcome. */
export function newBranch(step: Step, firstStepId: string): NonNullable<Step["branches"]>[number] {
  const choice = step.question?.kind === "choice" ? step.question.choices[0]?.id : undefined;
  const when = choice ? { answer: choice } : { outcome: "in_stock_here" as StepOutcome };
  return { when, goto: firstStepId };
}

/**
 * Live problems as the manager types: what a save would refuse first (once the schema has loaded: it is loaded
 * after the editor, outside its first-load JavaScript), then what would stop publishing.
 */
export function checkDraft(doc: FlowDocument, schema?: typeof flowDocumentSchema | null): EditorProblem[] {
  const parsed = schema?.safeParse(doc);
  const shape: EditorProblem[] = !parsed || parsed.success
    ? []
    : parsed.error.issues.map((issue) => pathProblem(doc, issue.path.map(String), issue.message)).filter((p) => p != null);
  return [...shape, ...validateFlow(doc).problems];
}

/** Server field errors ("document.steps.2.say") as problems beside the step they concern. */
export function fieldsToProblems(fields: Record<string, string> | undefined, doc: FlowDocument): EditorProblem[] {
  return Object.entries(fields ?? {}).map(([key, message]) => {
    const path = key.split(".");
    return pathProblem(doc, path[0] === "document" ? path.slice(1) : path, message) ?? { field: key, message };
  });
}

function pathProblem(doc: FlowDocument, path: string[], message: string): EditorProblem | null {
  if (path[0] === "steps" && path[1] !== undefined && /^\d+$/.test(path[1])) {
    const step = doc.steps[Number(path[1])];
    const field = path.slice(2).join(".") || "id";
    return step ? { stepId: step.id, field, message } : { field: "steps", message };
  }
  return { field: path.join(".") || "document", message };
}

/** Problems about one field of one step ("say", or every "branches.1.*" for prefix "branches.1"). */
export function problemsAt(problems: EditorProblem[], stepId: string | undefined, prefix: string): EditorProblem[] {
  return problems.filter((p) => p.stepId === stepId && (p.field === prefix || p.field.startsWith(`${prefix}.`)));
}

/** Drops keys set to undefined so the saved JSON and the zod strict branches stay clean. */
export function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** True when the draft differs from what the tablets run, so the page can say there is something to publish. */
export function hasUnpublishedChanges(draft: FlowDocument | null, published: FlowDocument | null): boolean {
  return JSON.stringify(draft) !== JSON.stringify(published);
}
