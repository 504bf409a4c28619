import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { OutboxRecord } from "./types";

interface OutboxDb extends DBSchema {
  entries: { key: string; value: OutboxRecord };
  /** The device's sealing key, as a CryptoKey object: IndexedDB keeps it without ever exposing its bytes. */
  keys: { key: string; value: CryptoKey };
}

export type OutboxIdb = IDBPDatabase<OutboxDb>;

const NAME = "fw-outbox";
let opening: Promise<OutboxIdb> | null = null;

/** One connection per tab; cleared on failure so the next call tries again (private mode, storage pressure). */
export function outboxDb(): Promise<OutboxIdb> {
  opening ??= openDB<OutboxDb>(NAME, 1, {
    upgrade(db) {
      db.createObjectStore("entries", { keyPath: "id" });
      db.createObjectStore("keys");
    },
    blocking() {
      // A newer version in another tab: let it upgrade, reconnect on next use.
      void opening?.then((db) => db.close());
      opening = null;
    },
  }).catch((e: unknown) => {
    opening = null;
    throw e;
  });
  return opening;
}
