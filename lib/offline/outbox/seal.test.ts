import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { outboxDb } from "./db";
import { deviceSealKey, generateSealKey, seal, unseal } from "./seal";

describe("sealing personal data at rest", () => {
  it("round-trips a payload with a key that cannot be exported", async () => {
    const key = await generateSealKey();
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey("raw", key)).rejects.toThrow();
    const payload = { firstName: "Lucía", phone: "+34612345678", consents: [{ purpose: "marketing_email", textId: 3 }] };
    const sealed = await seal(key, payload, "entry-1");
    expect(new TextDecoder().decode(sealed.data)).not.toContain("Lucía");
    expect(await unseal(key, sealed, "entry-1")).toEqual(payload);
  });

  it("refuses a ciphertext moved to another entry, or opened with another key", async () => {
    const key = await generateSealKey();
    const sealed = await seal(key, { phone: "+34612345678" }, "entry-1");
    await expect(unseal(key, sealed, "entry-2")).rejects.toThrow();
    await expect(unseal(await generateSealKey(), sealed, "entry-1")).rejects.toThrow();
  });

  it("keeps one device key in IndexedDB across uses, still non-extractable", async () => {
    const db = await outboxDb();
    const [a, b] = await Promise.all([deviceSealKey(db), deviceSealKey(db)]);
    const again = await deviceSealKey(db);
    expect(again.extractable).toBe(false);
    const sealed = await seal(a, { email: "l@example.com" }, "e");
    expect(await unseal(b, sealed, "e")).toEqual({ email: "l@example.com" });
    expect(await unseal(again, sealed, "e")).toEqual({ email: "l@example.com" });
  });
});
