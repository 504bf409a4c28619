"use client";

import { useQuery } from "@tanstack/react-query";
import type { FlowRunDto } from "@/lib/domain/flows/schemas";
import { fetchActiveRuns, runsKey } from "./run-client";
import { useVisitId } from "./visit";

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
