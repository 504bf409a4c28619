import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { canonicalJson, checkIdempotencyKey, requestHash } from "./request-hash";

describe("canonicalJson", () => {
  it("sorts keys at every level and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });
  it("drops undefined members like JSON.stringify", () => {
    expect(canonicalJson({ a: undefined, b: "x" })).toBe('{"b":"x"}');
  });
});

describe("requestHash", () => {
  it("is the same for the same body whatever the key order", () => {
    expect(requestHash({ lines: [{ variantId: 1, qty: 1 }], storeId: 2 })).toBe(requestHash({ storeId: 2, lines: [{ qty: 1, variantId: 1 }] }));
  });
  it("differs when anything meaningful differs", () => {
    const a = requestHash({ lines: [{ variantId: 1, qty: 1, source: 3 }] });
    expect(requestHash({ lines: [{ variantId: 1, qty: 1, source: 4 }] })).not.toBe(a);
    expect(requestHash({ lines: [{ variantId: 1, qty: 2, source: 3 }] })).not.toBe(a);
  });
  it("is a hex SHA-256", () => {
    expect(requestHash({})).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("checkIdempotencyKey", () => {
  it("accepts a UUID", () => {
    expect(checkIdempotencyKey(" 1b4e28ba-2fa1-11d2-883f-0016d3cca427 ")).toBe("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
  });
  it("requires one, with its own code", () => {
    expect(() => checkIdempotencyKey(null)).toThrow(AppError);
    try {
      checkIdempotencyKey("");
    } catch (e) {
      expect((e as AppError).code).toBe("idempotency_key_required");
      expect((e as AppError).status).toBe(400);
    }
  });
  it("rejects keys that are too short or not plain ASCII", () => {
    expect(() => checkIdempotencyKey("short")).toThrow(/8 to 128/);
    expect(() => checkIdempotencyKey("clé idempotente")).toThrow(/8 to 128/);
  });
});
