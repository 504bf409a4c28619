import { describe, expect, it } from "vitest";
import { createWedgeDetector } from "./wedge-detector";

function feed(keys: string[], gapMs: number) {
  const d = createWedgeDetector();
  let t = 1000;
  let out: string | null = null;
  for (const k of keys) {
    out = d.key(k, t) ?? out;
    t += gapMs;
  }
  return out;
}

describe("keyboard-wedge scanner detection", () => {
  it("recognises a fast burst of 13 digits ending in Enter", () => {
    expect(feed([..."8412345678905", "Enter"], 8)).toBe("8412345678905");
  });

  it("ignores the same digits typed by a person", () => {
    expect(feed([..."8412345678905", "Enter"], 180)).toBeNull();
  });

  it("ignores short bursts such as a PIN", () => {
    expect(feed([..."1234", "Enter"], 5)).toBeNull();
  });

  it("starts again after a pause, so slow typing before a scan does not pollute the code", () => {
    const d = createWedgeDetector();
    d.key("9", 0);
    d.key("9", 400);
    let t = 2000;
    let code: string | null = null;
    for (const k of [..."012345678905", "Enter"]) {
      code = d.key(k, t) ?? code;
      t += 5;
    }
    expect(code).toBe("012345678905");
  });

  it("drops a burst interrupted by another key", () => {
    expect(feed([..."841234", "a", ..."5678905", "Enter"], 5)).toBeNull();
  });
});
