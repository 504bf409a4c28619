"use client";

import { useEffect, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { getSnapshotMeta, getStyleFromSnapshot, searchSnapshot } from "@/lib/offline/snapshot/read";
import { snapshotSyncState, subscribeSnapshotSync } from "@/lib/offline/snapshot/sync";

/** Bumps when a refresh is stored, so what is on screen follows the newest figures. */
function useSnapshotVersion(): string {
  const [version, setVersion] = useState(() => snapshotSyncState().meta?.syncedAt ?? "");
  useEffect(() => subscribeSnapshotSync((s) => setVersion(s.meta?.syncedAt ?? "")), []);
  return version;
}

// IndexedDB answers with or without a network: never let TanStack Query pause these.
const local = { networkMode: "always", staleTime: Infinity, retry: false } as const;

export function useSnapshotMeta() {
  const v = useSnapshotVersion();
  return useQuery({ queryKey: ["offline-snapshot", "meta", v], queryFn: () => getSnapshotMeta(), ...local });
}

export function useSnapshotSearch(query: string) {
  const v = useSnapshotVersion();
  return useQuery({ queryKey: ["offline-snapshot", "search", query, v], queryFn: () => searchSnapshot(query, { limit: 30 }), enabled: query.trim().length > 0, ...local });
}

export function useSnapshotStyle(styleId: number | null) {
  const v = useSnapshotVersion();
  return useQuery({ queryKey: ["offline-snapshot", "style", styleId, v], queryFn: () => getStyleFromSnapshot(styleId!), enabled: styleId !== null, ...local });
}
