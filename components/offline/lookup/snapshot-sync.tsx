"use client";

import { useEffect } from "react";

/**
 * Keeps this tablet's offline snapshot fresh in the background while someone is signed in. Renders nothing.
 * The sync code loads after the screen is up, outside the first-load budget (the service worker precaches it).
 */
export function SnapshotSync() {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import("@/lib/offline/snapshot/sync").then(({ startSnapshotSync }) => {
      if (!cancelled) stop = startSnapshotSync();
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
  return null;
}
