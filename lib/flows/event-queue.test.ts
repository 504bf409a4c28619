import { describe, expect, it } from "vitest";
import { enqueue, pendingKeys, queueKey, readQueue, replayQueue, type QueuedRunEvent, type SendOutcome } from "./event-queue";
import { MemoryStorage } from "./memory-storage.test-util";

const RUN = "00000000-0000-4000-8000-000000000001";

describe("the offline run-event queue", () => {
  it("keeps events per associate and visit, in the order they were made", () => {
    const s = new MemoryStorage();
    enqueue(s, queueKey("ana", "v1"), { runId: RUN, event: { type: "skip" } });
    enqueue(s, queueKey("ana", "v1"), { runId: RUN, event: { type: "back" } });
    enqueue(s, queueKey("bea", "v9"), { runId: RUN, event: { type: "skip" } });
    expect(readQueue(s, queueKey("ana", "v1")).map((q) => q.event.type)).toEqual(["skip", "back"]);
    expect(pendingKeys(s, "ana")).toEqual([queueKey("ana", "v1")]);
    expect(pendingKeys(s, "bea")).toEqual([queueKey("bea", "v9")]);
  });

  it("replays in order, drops what the server refuses, and stops when the network is still down", async () => {
    const s = new MemoryStorage();
    const key = queueKey("ana", "v1");
    for (const type of ["skip", "done", "back", "skip"] as const) enqueue(s, key, { runId: RUN, event: { type } });
    const seen: string[] = [];
    const answers: SendOutcome[] = ["sent", "rejected", "offline"];
    const first = await replayQueue(s, key, async (q) => {
      seen.push(q.event.type);
      return answers.shift() ?? "sent";
    });
    expect(seen).toEqual(["skip", "done", "back"]);
    expect(first).toEqual({ sent: 1, rejected: 1, remaining: 2 });
    expect(readQueue(s, key).map((q) => q.event.type)).toEqual(["back", "skip"]);

    const second = await replayQueue(s, key, async () => "sent");
    expect(second).toEqual({ sent: 2, rejected: 0, remaining: 0 });
    expect(s.getItem(key)).toBeNull();
  });

  it("keeps an event queued while an earlier one was being sent", async () => {
    const s = new MemoryStorage();
    const key = queueKey("ana", "v1");
    enqueue(s, key, { runId: RUN, event: { type: "skip" } });
    const sent: QueuedRunEvent[] = [];
    await replayQueue(s, key, async (q) => {
      if (sent.length === 0) enqueue(s, key, { runId: RUN, event: { type: "back" } });
      sent.push(q);
      return "sent";
    });
    expect(sent.map((q) => q.event.type)).toEqual(["skip", "back"]);
  });

  it("treats a damaged entry as empty rather than failing", () => {
    const s = new MemoryStorage();
    s.setItem(queueKey("ana", "v1"), "{not json");
    expect(readQueue(s, queueKey("ana", "v1"))).toEqual([]);
  });
});
