import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryStorage } from "@/lib/flows/memory-storage.test-util";

// track.ts is tablet code: give it the window it expects (storage, listeners) before it loads.
vi.stubGlobal("window", { localStorage: new MemoryStorage(), addEventListener: () => {}, removeEventListener: () => {} });
const { flush, track } = await import("./track");
const { setAssociate } = await import("@/lib/offline/outbox/associate");
const { listRecords, readPayload } = await import("@/lib/offline/outbox/store");

afterEach(() => vi.unstubAllGlobals());

describe("usage events with no network", () => {
  it("go to the outbox as the signed-in associate, with their ids, instead of being lost on reload", async () => {
    setAssociate({ userId: "u-1", name: "Marta", storeId: 1 });
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    track("search", { q: "aria" });
    track("style_view", { styleId: 7 });
    await flush();
    const usage = (await listRecords()).filter((r) => r.kind === "usage");
    expect(usage).toHaveLength(1);
    expect(usage[0]).toMatchObject({ userId: "u-1", status: "pending" });
    const payload = (await readPayload(usage[0]!)) as { events: { id: string; type: string }[] };
    expect(payload.events.map((e) => e.type)).toEqual(["search", "style_view"]);
    expect(new Set(payload.events.map((e) => e.id)).size).toBe(2);
  });
});
