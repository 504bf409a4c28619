/**
 * Who is signed in on this tablet, written by the signed-in shell and read by the static offline page (which has no
 * session). Staff id, name and store only: never customer data.
 */
export type DeviceAssociate = { userId: string; name: string; storeId: number | null };

const KEY = "fw:associate";
const listeners = new Set<() => void>();
let cache: { raw: string | null; value: DeviceAssociate | null } = { raw: null, value: null };

export function readAssociate(): DeviceAssociate | null {
  if (typeof window === "undefined") return null;
  const raw = window.localStorage.getItem(KEY);
  if (raw === cache.raw) return cache.value;
  let value: DeviceAssociate | null = null;
  try {
    value = raw ? (JSON.parse(raw) as DeviceAssociate) : null;
  } catch {
    value = null;
  }
  cache = { raw, value };
  return value;
}

export function setAssociate(a: DeviceAssociate | null): void {
  const raw = a ? JSON.stringify(a) : null;
  if (raw === window.localStorage.getItem(KEY)) return;
  if (raw) window.localStorage.setItem(KEY, raw);
  else window.localStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

export function subscribeAssociate(l: () => void): () => void {
  listeners.add(l);
  const onStorage = (e: StorageEvent) => e.key === KEY && l();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(l);
    window.removeEventListener("storage", onStorage);
  };
}
