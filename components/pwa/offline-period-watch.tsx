"use client";

import { useEffect } from "react";
import { watchOfflinePeriods } from "@/lib/usage/offline-periods";

/** Keeps the offline period's heartbeat going on the offline page, where the top bar (which does it elsewhere) is absent. */
export function OfflinePeriodWatch() {
  useEffect(() => watchOfflinePeriods(), []);
  return null;
}
