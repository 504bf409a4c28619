import type { Step, StepAction, StepOutcome } from "@/lib/domain/flows/document";

export type PretendEvent = { action: StepAction; outcome?: StepOutcome };

/**
 * The tool events worth pretending on a step in the preview: its tool used with each outcome its branches
 * wait for, or simply used when nothing branches on it.
 */
export function pretendEvents(step: Step | undefined): PretendEvent[] {
  if (!step?.action) return [];
  const action = step.action;
  const outcomes = [...new Set((step.branches ?? []).flatMap((b) => ("outcome" in b.when ? [b.when.outcome] : [])))];
  if (outcomes.length === 0) return [{ action }];
  return outcomes.map((outcome) => ({ action, outcome }));
}
