"use client";

import { track } from "./track";

/** While offline the tablet notes that it still is, so a period cut short by a closed browser ends near when it did. */
const KEY = "fw:offline-period";
const HEARTBEAT_MS = 30_000;
/** A drop shorter than this is a blip in the Wi-Fi, not time the associate worked without the network. */
export const MIN_OFFLINE_MS = 5_000;

export type OfflinePeriod = { start: number; seen: number };

/**
 * The period to report now, if any. Back online with the page open: it ended now. Found on start-up with the tablet
 * online (the browser was closed or reloaded while offline): it ended at the last heartbeat.
 */
export function endedPeriod(stored: OfflinePeriod | null, now: number, wentOnlineNow: boolean): { startedAt: number; ms: number } | null {
  if (!stored || !Number.isFinite(stored.start) || stored.start > now) return null;
  const end = wentOnlineNow ? now : Math.min(now, Math.max(stored.seen, stored.start));
  const ms = end - stored.start;
  return ms >= MIN_OFFLINE_MS ? { startedAt: stored.start, ms } : null;
}

function read(): OfflinePeriod | null {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? "null") as OfflinePeriod | null;
    return v && typeof v.start === "number" && typeof v.seen === "number" ? v : null;
  } catch {
    return null;
  }
}

/**
 * Records each time the tablet spent offline as one offline_period usage event, dated when the connection dropped
 * (so it counts on that day), sent once the network is back. Returns the clean-up for the caller's effect.
 */
export function watchOfflinePeriods(): () => void {
  let beat: ReturnType<typeof setInterval> | null = null;
  const write = (p: OfflinePeriod) => localStorage.setItem(KEY, JSON.stringify(p));
  const report = (wentOnlineNow: boolean) => {
    const period = endedPeriod(read(), Date.now(), wentOnlineNow);
    localStorage.removeItem(KEY);
    if (beat) clearInterval(beat);
    beat = null;
    if (period) track("offline_period", { ms: period.ms, startedAt: new Date(period.startedAt).toISOString() }, new Date(period.startedAt));
  };
  const wentOffline = () => {
    const now = Date.now();
    const p = read();
    write(p ? { ...p, seen: now } : { start: now, seen: now });
    beat ??= setInterval(() => {
      const cur = read();
      if (cur) write({ ...cur, seen: Date.now() });
    }, HEARTBEAT_MS);
  };
  const online = () => report(true);
  if (navigator.onLine) report(false);
  else wentOffline();
  window.addEventListener("offline", wentOffline);
  window.addEventListener("online", online);
  return () => {
    window.removeEventListener("offline", wentOffline);
    window.removeEventListener("online", online);
    if (beat) clearInterval(beat);
  };
}
