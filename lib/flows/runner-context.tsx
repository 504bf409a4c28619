"use client";

import { createContext, useSyncExternalStore } from "react";
import type { FlowRunDto } from "@/lib/domain/flows/schemas";

/** Who the runner works for on this screen; absent outside the floor screens. */
export const RunnerContext = createContext<{ userId: string } | null>(null);

type Answers = FlowRunDto["answers"];
const NONE: Answers = {};
let current: Answers = NONE;
const listeners = new Set<() => void>();

/**
 * The runner (loaded after the screen) publishes the answers of the run in progress here, so tools read them
 * without loading the runner's queries with every screen.
 */
export function publishRunAnswers(answers: Answers | undefined): void {
  const next = answers ?? NONE;
  if (JSON.stringify(next) === JSON.stringify(current)) return;
  current = next;
  listeners.forEach((l) => l());
}

/** The answers of the run in progress (a size, an occasion) for tools to start from. */
export function useRunAnswers(): Answers {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    () => current,
    () => NONE,
  );
}
