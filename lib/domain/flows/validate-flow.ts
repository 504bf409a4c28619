import { SAY_MAX, WHY_MAX } from "./document-constants";
import type { FlowDocument, Step } from "./document";

export type FlowProblem = { stepId?: string; field: string; message: string };
export type FlowValidation = { ok: boolean; problems: FlowProblem[] };

/** Every step a step can lead to, in order: its branches, then its next. */
export function exitsOf(step: Step): string[] {
  const out = (step.branches ?? []).map((b) => b.goto);
  if (step.next) out.push(step.next);
  return out;
}

/** Checks a document is safe to publish: every problem, each with the step and field it is about. */
export function validateFlow(doc: FlowDocument): FlowValidation {
  const problems: FlowProblem[] = [];
  const ids = new Map<string, Step>();
  for (const step of doc.steps) {
    if (ids.has(step.id)) problems.push({ stepId: step.id, field: "id", message: `Two steps are called "${step.id}"; give each step its own id.` });
    else ids.set(step.id, step);
  }
  if (!ids.has(doc.start)) problems.push({ field: "start", message: `The flow starts at "${doc.start}", which is not a step.` });

  for (const step of doc.steps) {
    if (step.say.length > SAY_MAX) problems.push({ stepId: step.id, field: "say", message: `Text too long for the panel: ${step.say.length} characters, at most ${SAY_MAX}.` });
    if (step.why.length > WHY_MAX) problems.push({ stepId: step.id, field: "why", message: `Tip too long for the panel: ${step.why.length} characters, at most ${WHY_MAX}.` });
    if (step.next && !ids.has(step.next)) problems.push({ stepId: step.id, field: "next", message: `"${step.id}" goes next to "${step.next}", which is not a step.` });
    for (const [j, b] of (step.branches ?? []).entries()) {
      if (!ids.has(b.goto)) problems.push({ stepId: step.id, field: `branches.${j}.goto`, message: `A branch of "${step.id}" goes to "${b.goto}", which is not a step.` });
      if ("answer" in b.when) {
        const answer = b.when.answer;
        if (step.question?.kind !== "choice" || !step.question.choices.some((c) => c.id === answer))
          problems.push({ stepId: step.id, field: `branches.${j}.when`, message: `A branch of "${step.id}" waits for the answer "${answer}", which is not one of its choices.` });
      } else if (!step.action) {
        problems.push({ stepId: step.id, field: `branches.${j}.when`, message: `A branch of "${step.id}" waits for a tool outcome, but the step has no action.` });
      }
    }
    if (step.next === undefined && !(step.branches?.length))
      problems.push({ stepId: step.id, field: "next", message: `"${step.id}" has no way forward; give it a next step, or mark it as the end (next: null).` });
  }

  // Reachability from the start, following branches and next.
  const seen = new Set<string>();
  const queue = ids.has(doc.start) ? [doc.start] : [];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const to of exitsOf(ids.get(id)!)) if (ids.has(to) && !seen.has(to)) queue.push(to);
  }
  for (const id of ids.keys()) if (!seen.has(id)) problems.push({ stepId: id, field: "id", message: `"${id}" can never be reached from the start.` });

  return { ok: problems.length === 0, problems };
}
