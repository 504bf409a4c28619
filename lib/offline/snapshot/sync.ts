import { SNAPSHOT_VERSION, type SnapshotPayload } from "@/lib/domain/offline-snapshot/wire";
import { applySnapshot, latestMeta } from "./db";
import type { SnapMeta } from "./types";

export const SNAPSHOT_URL = "/api/v1/offline/snapshot";
/** How often a signed-in tablet refreshes in the background (only what changed, usually a few hundred bytes). */
export const SYNC_EVERY_MS = 3 * 60_000;

export type SnapshotSyncState = { status: "idle" | "syncing" | "ready" | "error"; meta: SnapMeta | null };

let state: SnapshotSyncState = { status: "idle", meta: null };
const listeners = new Set<(s: SnapshotSyncState) => void>();
let running: Promise<SnapMeta | null> | null = null;

function publish(next: SnapshotSyncState): void {
  state = next;
  // Lets tests (and support) see whether this tablet holds a usable snapshot: html[data-snapshot=ready].
  if (typeof document !== "undefined") document.documentElement.dataset.snapshot = next.meta ? "ready" : next.status;
  for (const l of listeners) l(next);
}

export function snapshotSyncState(): SnapshotSyncState {
  return state;
}

export function subscribeSnapshotSync(listener: (s: SnapshotSyncState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function fetchAndStore(fetchImpl: typeof fetch): Promise<SnapMeta | null> {
  const held = await latestMeta();
  publish({ status: "syncing", meta: held });
  const url = held ? `${SNAPSHOT_URL}?since=${encodeURIComponent(held.cursor)}` : SNAPSHOT_URL;
  const res = await fetchImpl(url, { credentials: "same-origin", cache: "no-store", headers: { accept: "application/json" } });
  // Signed out, or a desk without a store: nothing to keep; what is held stays usable.
  if (res.status === 401 || res.status === 403 || res.status === 422) {
    publish({ status: "idle", meta: held });
    return held;
  }
  if (!res.ok) throw new Error(`snapshot refresh failed: HTTP ${res.status}`);
  const payload = (await res.json()) as SnapshotPayload;
  if (payload.v !== SNAPSHOT_VERSION) throw new Error(`snapshot version ${String(payload.v)} is not understood`);
  const meta = await applySnapshot(payload);
  publish({ status: "ready", meta });
  return meta;
}

/** One refresh (full the first time, then only what changed). Calls made while one runs share it. */
export function syncSnapshot(fetchImpl: typeof fetch = fetch): Promise<SnapMeta | null> {
  running ??= fetchAndStore(fetchImpl)
    .catch(async (e: unknown) => {
      const held = await latestMeta().catch(() => null);
      publish({ status: "error", meta: held });
      if (typeof navigator === "undefined" || navigator.onLine) console.warn("offline snapshot refresh failed", e);
      return held;
    })
    .finally(() => {
      running = null;
    });
  return running;
}

const FIRST_SYNC_DELAY_MS = 8_000;

/**
 * Keeps the snapshot fresh in the background: once the page has settled after start (8 s, then when idle), when the network
 * comes back, and every few minutes while visible. Returns a stop function.
 */
export function startSnapshotSync(fetchImpl: typeof fetch = fetch): () => void {
  const run = () => void syncSnapshot(fetchImpl);
  const whenVisible = () => {
    if (document.visibilityState === "visible") run();
  };
  // The first (full) sync decodes and stores megabytes: let the screen settle and the associate start working first.
  let idle: number | undefined;
  const first = window.setTimeout(() => {
    idle = typeof requestIdleCallback === "function" ? requestIdleCallback(run, { timeout: 3_000 }) : window.setTimeout(run, 0);
  }, FIRST_SYNC_DELAY_MS);
  const timer = window.setInterval(whenVisible, SYNC_EVERY_MS);
  window.addEventListener("online", run);
  return () => {
    window.clearTimeout(first);
    if (idle !== undefined) {
      if (typeof cancelIdleCallback === "function") cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    }
    window.clearInterval(timer);
    window.removeEventListener("online", run);
  };
}
