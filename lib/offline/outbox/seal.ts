import type { OutboxIdb } from "./db";
import type { Sealed } from "./types";

const KEY_NAME = "device-seal-v1";
const enc = new TextEncoder();
const dec = new TextDecoder();

/** A fresh AES-GCM key that script can use but never read (extractable: false). */
export function generateSealKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
}

/**
 * The tablet's own key, made on first use and kept in IndexedDB as a CryptoKey. Two tabs racing to create it:
 * `add` lets exactly one win, and the loser reads the winner's.
 */
export async function deviceSealKey(db: OutboxIdb): Promise<CryptoKey> {
  const existing = await db.get("keys", KEY_NAME);
  if (existing) return existing;
  const fresh = await generateSealKey();
  try {
    await db.add("keys", fresh, KEY_NAME);
    return fresh;
  } catch {
    const winner = await db.get("keys", KEY_NAME);
    if (!winner) throw new Error("The outbox key could not be stored.");
    return winner;
  }
}

/** Encrypts a JSON value; `bindTo` (the entry id) is authenticated with it, so a ciphertext cannot be swapped between entries. */
export async function seal(key: CryptoKey, value: unknown, bindTo: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: enc.encode(bindTo) }, key, enc.encode(JSON.stringify(value)));
  return { iv, data };
}

export async function unseal<T>(key: CryptoKey, sealed: Sealed, bindTo: string): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: sealed.iv as Uint8Array<ArrayBuffer>, additionalData: enc.encode(bindTo) }, key, sealed.data);
  return JSON.parse(dec.decode(plain)) as T;
}
