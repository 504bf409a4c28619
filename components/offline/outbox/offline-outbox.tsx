"use client";

/** Capture, orders and the waiting-to-send list while offline (being built). */
export function OfflineOutbox() {
  return null;
}
