"use client";

import { useEffect } from "react";
import { startSnapshotSync } from "@/lib/offline/snapshot/sync";

/** Keeps this tablet's offline snapshot fresh in the background while someone is signed in. Renders nothing. */
export function SnapshotSync() {
  useEffect(() => startSnapshotSync(), []);
  return null;
}
