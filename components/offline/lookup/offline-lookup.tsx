"use client";

/** Search, style screen and stores grid from the IndexedDB snapshot (being built). */
export function OfflineLookup() {
  return null;
}
