import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { consentRecords, consentTexts, usageEvents } from "@/lib/db/schema";
import { insertCustomer, loadTestBook, type TestBook } from "@/lib/domain/customers/test-book";
import { currentConsentTexts } from "./current-consent-texts";
import { listConsentState } from "./list-consent-state";
import { consentTextHash, publishConsentText } from "./publish-consent-text";
import { recordConsent } from "./record-consent";
import type { ConsentStatus } from "./rules";

let h: DbHandle;
let b: TestBook;
let customerId: string;
const of = (state: ConsentStatus[], purpose: string) => state.find((s) => s.purpose === purpose)!;

beforeAll(async () => {
  h = await createTestDb();
  b = await loadTestBook(h.db);
  customerId = await insertCustomer(h.db, { firstName: "Inés", lastName: "Prieto", phone: "+34611000001", homeStoreId: b.stores.MAD01 });
});
afterAll(async () => h?.close());

describe("consent records", () => {
  it("start off for every purpose", async () => {
    const state = await listConsentState(h.db, [customerId]);
    expect(state.every((s) => !s.granted && s.decision === null)).toBe(true);
  });

  it("grant, withdraw and grant again: the latest record decides, each one kept with text, store, device and associate", async () => {
    let state = await recordConsent(h.db, b.associateA, { customerId, purpose: "marketing_email", decision: "granted", textId: b.texts.marketing_email, channel: "assisted" });
    expect(of(state, "marketing_email")).toMatchObject({ granted: true, decision: "granted", textId: b.texts.marketing_email, textVersion: 1, channel: "assisted" });
    expect(of(state, "marketing_sms").granted).toBe(false);

    // Withdrawing is as easy as granting: no text needed, it refers to the grant it withdraws.
    state = await recordConsent(h.db, b.associateB, { customerId, purpose: "marketing_email", decision: "withdrawn", channel: "self" });
    expect(of(state, "marketing_email")).toMatchObject({ granted: false, decision: "withdrawn", textId: b.texts.marketing_email, channel: "self" });

    state = await recordConsent(h.db, b.associateA, { customerId, purpose: "marketing_email", decision: "granted", textId: b.texts.marketing_email });
    expect(of(state, "marketing_email").granted).toBe(true);
    expect(await listConsentState(h.db, [customerId])).toEqual(state);

    const records = await h.db.select().from(consentRecords).where(eq(consentRecords.customerId, customerId)).orderBy(consentRecords.id);
    expect(records.map((r) => [r.decision, r.storeId, r.capturedBy])).toEqual([
      ["granted", b.stores.MAD01, b.associateA.kind === "user" ? b.associateA.userId : null],
      ["withdrawn", b.stores.MAD02, b.associateB.kind === "user" ? b.associateB.userId : null],
      ["granted", b.stores.MAD01, b.associateA.kind === "user" ? b.associateA.userId : null],
    ]);
    const [text] = await h.db.select().from(consentTexts).where(eq(consentTexts.id, b.texts.marketing_email));
    expect(records.every((r) => r.textHash === text!.textHash && r.textVersion === text!.version)).toBe(true);
    const events = await h.db.select().from(usageEvents).where(eq(usageEvents.type, "consent_recorded"));
    expect(events).toHaveLength(3);
    expect(JSON.stringify(events.map((e) => e.payload))).not.toMatch(/Inés|611000001/);
  });

  it("are append-only: the database refuses edits and deletes", async () => {
    await expect(h.db.execute(sql`UPDATE consent_records SET decision = 'granted' WHERE customer_id = ${customerId}`)).rejects.toThrow();
    await expect(h.db.execute(sql`DELETE FROM consent_records WHERE customer_id = ${customerId}`)).rejects.toThrow();
  });

  it("refuse an unknown purpose, a grant without its text, and a text of another purpose, with 422s naming the field", async () => {
    await expect(recordConsent(h.db, b.associateA, { customerId, purpose: "telepathy" as "marketing_sms", decision: "granted", textId: b.texts.marketing_sms })).rejects.toMatchObject({
      status: 422,
      fields: { purpose: "Unknown consent purpose: use marketing_email, marketing_sms or personalisation." },
    });
    await expect(recordConsent(h.db, b.associateA, { customerId, purpose: "marketing_sms", decision: "granted" })).rejects.toMatchObject({ status: 422, fields: { textId: expect.any(String) } });
    await expect(recordConsent(h.db, b.associateA, { customerId, purpose: "marketing_sms", decision: "granted", textId: b.texts.personalisation })).rejects.toMatchObject({
      status: 422,
      fields: { textId: "This text is for personalisation, not marketing_sms." },
    });
    await expect(recordConsent(h.db, b.associateA, { customerId: "00000000-0000-4000-8000-000000000000", purpose: "marketing_sms", decision: "withdrawn" })).rejects.toMatchObject({ status: 404 });
  });
});

describe("consent texts", () => {
  it("publishing makes a new version with its sha256; old versions stay as they were; the same words again change nothing", async () => {
    const before = await currentConsentTexts(h.db, "en");
    const old = before.find((t) => t.purpose === "marketing_sms")!;
    const body = "I would like text messages about offers and my orders. Reply STOP or ask in store to stop them at any time.";
    const { created, text } = await publishConsentText(h.db, b.admin, { purpose: "marketing_sms", locale: "en", body });
    expect(created).toBe(true);
    expect(text).toMatchObject({ purpose: "marketing_sms", version: old.version + 1, body, textHash: consentTextHash(body) });
    expect((await publishConsentText(h.db, b.admin, { purpose: "marketing_sms", body })).created).toBe(false);
    const [oldRow] = await h.db.select().from(consentTexts).where(eq(consentTexts.id, old.id));
    expect(oldRow).toMatchObject({ body: old.body, textHash: old.textHash, version: old.version });

    const after = await currentConsentTexts(h.db, "en");
    expect(after.map((t) => t.purpose)).toEqual(["marketing_email", "marketing_sms", "personalisation"]);
    expect(after.find((t) => t.purpose === "marketing_sms")?.id).toBe(text.id);

    // A record names the version it was given under.
    const state = await recordConsent(h.db, b.associateA, { customerId, purpose: "marketing_sms", decision: "granted", textId: text.id });
    expect(state.find((s) => s.purpose === "marketing_sms")).toMatchObject({ granted: true, textVersion: old.version + 1 });
  });

  it("fall back to English per purpose where a locale has no text yet", async () => {
    const es = "Quiero recibir ofertas y novedades por correo electrónico. Puedo darme de baja cuando quiera.";
    await publishConsentText(h.db, b.admin, { purpose: "marketing_email", locale: "es", body: es });
    const texts = await currentConsentTexts(h.db, "es");
    expect(texts.map((t) => [t.purpose, t.locale])).toEqual([["marketing_email", "es"], ["marketing_sms", "en"], ["personalisation", "en"]]);
  });

  it("only admins publish, and an unknown purpose is a 422", async () => {
    await expect(publishConsentText(h.db, b.managerA, { purpose: "marketing_email", body: "x".repeat(40) })).rejects.toMatchObject({ status: 403 });
    await expect(publishConsentText(h.db, b.admin, { purpose: "newsletter" as "marketing_email", body: "x".repeat(40) })).rejects.toMatchObject({ status: 422, fields: { purpose: expect.stringMatching(/Unknown consent purpose/) } });
  });
});
