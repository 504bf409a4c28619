import "server-only";

/**
 * What serving reads again and again and the job changes rarely (neighbour lists, style details), kept a minute per
 * process. After a build the lists may lag by that minute; stock and sizes are never cached.
 */
const TTL_MS = 60_000;
const MAX_ENTRIES = 20_000;
type Entry = { at: number; value: Promise<unknown> };
// Keyed by database handle, so tests and scripts holding several databases never see each other's data.
const caches = new WeakMap<object, Map<string, Entry>>();

export function cachedRead<T>(db: object, key: string, load: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value as Promise<T>;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const value = load();
  cache.set(key, { at: Date.now(), value });
  // A failed read is not remembered: the next request tries again.
  value.catch(() => cache.delete(key));
  return value;
}

/** Forget everything read for this database (after a build in this process, and in tests). */
export function clearServingCache(db: object): void {
  caches.delete(db);
}
