import { describe, expect, it } from "vitest";
import { emitToolEvent, onToolEvent, type ToolEvent } from "./tool-events";

describe("the tool-event bus", () => {
  it("delivers events emitted before anyone listened, then live ones, and stops after unsubscribing", () => {
    emitToolEvent({ action: "search" });
    const got: ToolEvent[] = [];
    const off = onToolEvent((e) => got.push(e));
    emitToolEvent({ action: "open_stores_grid", outcome: "only_elsewhere", data: { size: "38" } });
    off();
    emitToolEvent({ action: "hold" });
    expect(got).toEqual([{ action: "search" }, { action: "open_stores_grid", outcome: "only_elsewhere", data: { size: "38" } }]);
    // The one emitted with nobody listening waits for the next subscriber, once.
    const later: ToolEvent[] = [];
    const off2 = onToolEvent((e) => later.push(e));
    off2();
    expect(later).toEqual([{ action: "hold" }]);
  });
});
