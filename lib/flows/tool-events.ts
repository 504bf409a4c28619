"use client";

import type { StepAction, StepOutcome } from "@/lib/domain/flows/document";
import type { ToolData } from "@/lib/domain/flows/rules";

/** A tool did its job (a search shown, a customer found, an order placed); a running flow may advance on it. */
export type ToolEvent = { action: StepAction; outcome?: StepOutcome; data?: ToolData };
type Listener = (event: ToolEvent) => void;

const listeners = new Set<Listener>();
// A page's first effects run before the layout's runner subscribes, so events with no listener wait briefly.
const early: { at: number; event: ToolEvent }[] = [];
const EARLY_MS = 10_000;
const EARLY_MAX = 20;

export function emitToolEvent(event: ToolEvent): void {
  if (listeners.size === 0) {
    early.push({ at: Date.now(), event });
    if (early.length > EARLY_MAX) early.shift();
    return;
  }
  listeners.forEach((l) => l(event));
}

/** Subscribes; events emitted in the last few seconds with nobody listening are delivered first. */
export function onToolEvent(listener: Listener): () => void {
  listeners.add(listener);
  const now = Date.now();
  for (const e of early.splice(0)) if (now - e.at < EARLY_MS) listener(e.event);
  return () => {
    listeners.delete(listener);
  };
}
