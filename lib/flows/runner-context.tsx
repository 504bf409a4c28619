"use client";

import { createContext, useContext } from "react";
import { useQuery } from "@tanstack/react-query";
import type { FlowRunDto } from "@/lib/domain/flows/schemas";
import { fetchActiveRuns, runsKey } from "./run-client";
import { useVisitId } from "./visit";

/** Who the runner works for on this screen; absent outside the floor screens. */
export const RunnerContext = createContext<{ userId: string } | null>(null);

/** The associate's active runs in the current visit, from the server, cached so every screen shares them. */
export function useActiveRuns(userId: string | null) {
  const visitId = useVisitId(userId);
  const query = useQuery({
    queryKey: runsKey(userId ?? "", visitId),
    queryFn: () => fetchActiveRuns(visitId!),
    enabled: !!userId && !!visitId,
    staleTime: 60_000,
  });
  // Runs started later sit last: the newest is the one being worked on.
  const run: FlowRunDto | undefined = query.data?.at(-1);
  return { visitId, query, run };
}

/** The answers of the run in progress (a size, an occasion) for tools to start from. */
export function useRunAnswers(): FlowRunDto["answers"] {
  const ctx = useContext(RunnerContext);
  return useActiveRuns(ctx?.userId ?? null).run?.answers ?? {};
}
