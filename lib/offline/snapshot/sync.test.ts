import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import type { SnapshotPayload } from "@/lib/domain/offline-snapshot/wire";
import { resetSnapshotDbConnection } from "./db";
import { getStyleFromSnapshot, invalidateSnapshotCache } from "./read";
import { syncSnapshot } from "./sync";

const payload = (full: boolean, cursor: string, onHand: number): SnapshotPayload => ({
  v: 1,
  store: 1,
  full,
  asOf: "2026-09-21T08:42:00.000Z",
  cursor,
  stores: [[1, "MAD01", "Madrid Sol", "Madrid", 0, "+34", 1, "Europe/Madrid", {}, []]],
  styles: full ? [[10, "FW-AB-0001", "Aria", "Suela Madre", "ankle-boots", 12995, "", null, [["Black", "#111"]], 1]] : [],
  variants: full ? [[100, 10, "SKU-38", "8400000000017", "Black", "38", 1, 12995, 1]] : [],
  stock: [[100, 1, onHand, 0, 1_790_000_000]],
});

/** The network, answering from a script: every URL asked is recorded. */
function network(answers: (Response | SnapshotPayload)[]) {
  const asked: string[] = [];
  const fetchImpl = (async (url: string) => {
    asked.push(url);
    const next = answers.shift();
    if (!next) throw new TypeError("Failed to fetch");
    return next instanceof Response ? next : Response.json(next);
  }) as unknown as typeof fetch;
  return { asked, fetchImpl };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetSnapshotDbConnection();
  invalidateSnapshotCache();
});

describe("snapshot sync", () => {
  it("loads in full first, then asks only for what changed since its cursor", async () => {
    const net = network([payload(true, "c1", 0), payload(false, "c2", 3)]);
    expect((await syncSnapshot(net.fetchImpl))?.cursor).toBe("c1");
    expect((await syncSnapshot(net.fetchImpl))?.cursor).toBe("c2");
    expect(net.asked).toEqual(["/api/v1/offline/snapshot", "/api/v1/offline/snapshot?since=c1"]);
    expect((await getStyleFromSnapshot(10))?.stock[0]?.onHand).toBe(3);
  });

  it("keeps what it holds when the network fails or the associate has signed out", async () => {
    const net = network([payload(true, "c1", 2), new Response("{}", { status: 401 })]);
    await syncSnapshot(net.fetchImpl);
    expect((await syncSnapshot(net.fetchImpl))?.cursor).toBe("c1");
    expect((await syncSnapshot(net.fetchImpl))?.cursor).toBe("c1");
    expect((await getStyleFromSnapshot(10))?.stock[0]?.onHand).toBe(2);
  });

  it("runs one refresh at a time: calls made meanwhile share it", async () => {
    const net = network([payload(true, "c1", 0)]);
    const [a, b] = await Promise.all([syncSnapshot(net.fetchImpl), syncSnapshot(net.fetchImpl)]);
    expect(a?.cursor).toBe("c1");
    expect(b?.cursor).toBe("c1");
    expect(net.asked).toHaveLength(1);
  });
});
