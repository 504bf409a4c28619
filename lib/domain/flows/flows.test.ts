import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { flowVersions, flows, usageEvents } from "@/lib/db/schema";
import { createTestChain, type TestChain } from "@/lib/domain/orders/test-chain";
import type { AppError } from "@/lib/errors";
import { abandonStaleRuns } from "./abandon-stale-runs";
import { applyRunEvent } from "./apply-run-event";
import { assignStores } from "./assign-stores";
import type { FlowDocument } from "./document";
import { ensureShippedFlows } from "./ensure-shipped-flows";
import { exportFlow } from "./export-flow";
import { flowFunnel } from "./flow-funnel";
import { getFlow } from "./get-flow";
import { importFlow } from "./import-flow";
import { listActiveRuns } from "./list-active-runs";
import { listFlows } from "./list-flows";
import { publishFlow } from "./publish-flow";
import { saveDraft } from "./save-draft";
import { SHIPPED_FLOWS } from "./shipped-flows";
import { startRun } from "./start-run";

let h: DbHandle;
let c: TestChain;
let manager: Actor;
const t0 = new Date("2026-11-23T10:00:00Z");
const at = (s: number) => new Date(t0.getTime() + s * 1000);
const twoSteps = (say = "Hello!"): FlowDocument => ({
  title: "Quick hello",
  description: "Say hello.",
  start: "hi",
  steps: [
    { id: "hi", say, why: "Be friendly.", next: "bye" },
    { id: "bye", say: "Bye!", why: "Be friendly.", next: null },
  ],
});
const flowId = async (slug: string) => (await h.db.select({ id: flows.id }).from(flows).where(eq(flows.slug, slug)))[0]!.id;

beforeAll(async () => {
  h = await createTestDb();
  c = await createTestChain(h.db);
  if (c.associate.kind !== "user") throw new Error("the test chain associate is a person");
  manager = { ...c.associate, role: "manager", name: "Manager" };
});
afterAll(async () => h?.close());

describe("flows", () => {
  it("install the shipped flows once, as published version 1", async () => {
    const counts = await Promise.all([ensureShippedFlows(h.db), ensureShippedFlows(h.db)]);
    expect(counts.sort()).toEqual([0, SHIPPED_FLOWS.length]);
    const versions = await h.db.select().from(flowVersions);
    expect(versions).toHaveLength(SHIPPED_FLOWS.length);
    expect((await listFlows(h.db, c.associate)).map((f) => f.slug)).toContain("find-it");
  });

  it("show associates only published flows assigned to their store", async () => {
    const draft = await saveDraft(h.db, manager, { slug: "draft-only", name: "Draft only", document: twoSteps() });
    const welcome = await flowId("welcome");
    await assignStores(h.db, c.admin, { flowId: welcome, storeIds: [c.stores.MAD02] });
    const slugs = (await listFlows(h.db, c.associate)).map((f) => f.slug);
    expect(slugs).not.toContain("draft-only");
    expect(slugs).not.toContain("welcome");
    expect((await listFlows(h.db, c.associateAtMad02)).map((f) => f.slug)).toContain("welcome");
    expect((await listFlows(h.db, manager)).map((f) => f.slug)).toContain("draft-only");
    await expect(getFlow(h.db, c.associate, draft.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(assignStores(h.db, manager, { flowId: welcome, storeIds: null })).rejects.toMatchObject({ code: "forbidden" });
    // The MAD01 manager adds and removes MAD01; MAD02 keeps the flow throughout and cannot be dropped by them.
    expect((await assignStores(h.db, manager, { flowId: welcome, storeIds: [c.stores.MAD02, c.stores.MAD01] })).storeIds).toEqual([c.stores.MAD01, c.stores.MAD02].sort((a, b) => a - b));
    await expect(assignStores(h.db, manager, { flowId: welcome, storeIds: [c.stores.MAD01] })).rejects.toMatchObject({ code: "forbidden" });
    expect((await assignStores(h.db, manager, { flowId: welcome, storeIds: [c.stores.MAD02] })).storeIds).toEqual([c.stores.MAD02]);
    await assignStores(h.db, c.admin, { flowId: welcome, storeIds: null });
  });

  it("refuse to publish an invalid flow, saying why", async () => {
    const bad = await saveDraft(h.db, manager, { slug: "too-long", name: "Too long", document: twoSteps("x".repeat(200)) });
    expect(bad.problems).toEqual([{ stepId: "hi", field: "say", message: expect.stringMatching(/too long for the panel/) }]);
    const err = (await publishFlow(h.db, manager, bad.id).catch((e: AppError) => e)) as AppError;
    expect(err).toMatchObject({ code: "validation_failed", status: 422, details: { problems: [{ stepId: "hi", field: "say" }] } });
    expect(err.message).toMatch(/too long for the panel/);
    expect(await h.db.select().from(flowVersions).where(eq(flowVersions.flowId, bad.id))).toEqual([]);
  });

  it("publish a new immutable version; a run in progress keeps its version, a new run gets the new one", async () => {
    const created = await saveDraft(h.db, manager, { slug: "hello", name: "Hello", document: twoSteps() });
    const v1 = await publishFlow(h.db, manager, created.id);
    expect(v1).toMatchObject({ status: "published", currentVersion: 1 });
    const visit = randomUUID();
    const old = await startRun(h.db, c.associate, { flowId: created.id, visitId: visit }, t0);
    expect(old).toMatchObject({ version: 1, step: { id: "hi", say: "Hello!" } });

    await saveDraft(h.db, manager, { flowId: created.id, name: "Hello", document: twoSteps("Good morning!") });
    const v2 = await publishFlow(h.db, manager, created.id);
    expect(v2).toMatchObject({ currentVersion: 2, published: { steps: [{ say: "Good morning!" }, {}] } });
    const [first] = await h.db.select().from(flowVersions).where(and(eq(flowVersions.flowId, created.id), eq(flowVersions.version, 1)));
    expect((first!.document as FlowDocument).steps[0]!.say).toBe("Hello!");

    // Same visit, same flow: the active run comes back, still on version 1.
    expect(await startRun(h.db, c.associate, { flowId: created.id, visitId: visit })).toMatchObject({ id: old.id, version: 1, step: { say: "Hello!" } });
    const next = await applyRunEvent(h.db, c.associate, old.id, { type: "done" }, at(3));
    expect(next).toMatchObject({ version: 1, step: { id: "bye" } });
    const fresh = await startRun(h.db, c.associate, { flowId: created.id, visitId: randomUUID() });
    expect(fresh).toMatchObject({ version: 2, step: { say: "Good morning!" } });
  });

  it("record every start, step shown, answer, completion, skip and finish as usage events, timed", async () => {
    const id = await flowId("find-it");
    const visit = randomUUID();
    const run = await startRun(h.db, c.associate, { flowId: id, visitId: visit }, t0);
    await applyRunEvent(h.db, c.associate, run.id, { type: "answer", stepId: "looking-for", value: "Ankle boots" }, at(4));
    await applyRunEvent(h.db, c.associate, run.id, { type: "answer", stepId: "size", value: "38" }, at(6));
    await applyRunEvent(h.db, c.associate, run.id, { type: "skip" }, at(7));
    let dto = await applyRunEvent(h.db, c.associate, run.id, { type: "tool", action: "open_stores_grid", outcome: "only_elsewhere" }, at(20));
    expect(dto).toMatchObject({ step: { id: "offer-elsewhere" }, answers: { size: "38" } });
    expect(await listActiveRuns(h.db, c.associate, visit)).toMatchObject([{ id: run.id }]);
    await applyRunEvent(h.db, c.associate, run.id, { type: "answer", stepId: "offer-elsewhere", value: "hold" }, at(25));
    dto = await applyRunEvent(h.db, c.associate, run.id, { type: "tool", action: "hold" }, at(40));
    expect(dto).toMatchObject({ status: "finished", step: null, progress: { percent: 100 } });

    const events = await h.db
      .select({ type: usageEvents.type, payload: usageEvents.payload, userId: usageEvents.userId, storeId: usageEvents.storeId })
      .from(usageEvents)
      .where(sql`${usageEvents.payload}->>'runId' = ${run.id}`)
      .orderBy(usageEvents.id);
    expect(events.map((e) => `${e.type}:${(e.payload.stepId as string | undefined) ?? ""}`)).toEqual([
      "flow_started:",
      "flow_step_shown:looking-for",
      "flow_answer:looking-for",
      "flow_step_completed:looking-for",
      "flow_step_shown:size",
      "flow_answer:size",
      "flow_step_completed:size",
      "flow_step_shown:occasion",
      "flow_step_skipped:occasion",
      "flow_step_shown:search",
      "flow_step_completed:search",
      "flow_step_shown:offer-elsewhere",
      "flow_answer:offer-elsewhere",
      "flow_step_completed:offer-elsewhere",
      "flow_step_shown:hold-it",
      "flow_step_completed:hold-it",
      "flow_finished:hold-it",
    ]);
    expect(events[0]).toMatchObject({ userId: actorUserId(c.associate), storeId: c.stores.MAD01 });
    const completedSearch = events.find((e) => e.type === "flow_step_completed" && e.payload.stepId === "search")!;
    expect(completedSearch.payload).toMatchObject({ via: "tool", outcome: "only_elsewhere", ms: 13_000 });
    // Free-text answers are never stored in usage events.
    expect(JSON.stringify(events)).not.toContain("Ankle boots");
    await expect(applyRunEvent(h.db, c.associate, run.id, { type: "skip" })).rejects.toMatchObject({ code: "conflict" });
    await expect(applyRunEvent(h.db, c.associateAtMad02, run.id, { type: "skip" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("abandon stale runs once, and count the funnel from usage events", async () => {
    const id = await flowId("add-on");
    const a = await startRun(h.db, c.associate, { flowId: id, visitId: randomUUID() }, t0);
    await applyRunEvent(h.db, c.associate, a.id, { type: "tool", action: "show_suggestions" }, at(5));
    await applyRunEvent(h.db, c.associate, a.id, { type: "answer", stepId: "interested", value: "no" }, at(9));
    await applyRunEvent(h.db, c.associate, a.id, { type: "done" }, at(12));
    const b = await startRun(h.db, c.associateAtMad02, { flowId: id, visitId: randomUUID() }, t0);
    await applyRunEvent(h.db, c.associateAtMad02, b.id, { type: "skip" }, at(2));
    expect(await abandonStaleRuns(h.db, at(3600), at(3600))).toBeGreaterThanOrEqual(1);
    expect(await abandonStaleRuns(h.db, at(3600), at(3600))).toBe(0);

    const funnel = await flowFunnel(h.db, c.admin, id);
    expect(funnel).toMatchObject({ runsStarted: 2, finished: 1, abandoned: 1 });
    expect(funnel.steps).toEqual([
      { stepId: "suggest", reached: 2, completed: 1, skipped: 1 },
      { stepId: "interested", reached: 2, completed: 1, skipped: 0 },
      { stepId: "added", reached: 0, completed: 0, skipped: 0 },
      { stepId: "close", reached: 1, completed: 1, skipped: 0 },
    ]);
    // A manager sees their own store's runs only.
    expect(await flowFunnel(h.db, manager, id)).toMatchObject({ runsStarted: 1, finished: 1, abandoned: 0 });
  });

  it("export and import a flow as JSON, as a draft", async () => {
    const exported = await exportFlow(h.db, await flowId("welcome"));
    const imported = await importFlow(h.db, c.admin, { ...exported, slug: "welcome-copy", name: "Welcome (copy)" });
    expect(imported).toMatchObject({ slug: "welcome-copy", status: "draft", currentVersion: null, draft: exported.document, problems: [] });
    const again = await importFlow(h.db, c.admin, { ...exported, slug: "welcome-copy", name: "Welcome again" });
    expect(again).toMatchObject({ id: imported.id, name: "Welcome again" });
  });
});
