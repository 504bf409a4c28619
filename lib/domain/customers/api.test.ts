import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, isNotNull } from "drizzle-orm";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { apiTokens, auditLog } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { hashToken } from "@/lib/auth/password";
import { GET as findRoute, POST as captureRoute } from "@/app/api/v1/customers/route";
import { GET as profileRoute, PATCH as patchRoute } from "@/app/api/v1/customers/[customerId]/route";
import { POST as consentRoute } from "@/app/api/v1/customers/[customerId]/consents/route";
import { GET as listNotesRoute, POST as noteRoute } from "@/app/api/v1/customers/[customerId]/notes/route";
import { GET as exportRoute } from "@/app/api/v1/customers/[customerId]/export/route";
import { POST as eraseRoute } from "@/app/api/v1/customers/[customerId]/erase/route";
import { POST as mergeRoute } from "@/app/api/v1/customers/merge/route";
import { GET as clientBookRoute } from "@/app/api/v1/client-book/route";
import { GET as textsRoute, POST as publishRoute } from "@/app/api/v1/consent-texts/route";
import { captureCustomerAction, eraseCustomerAction, findCustomersAction, recordConsentAction, updateCustomerAction } from "./actions";
import { insertCustomer, loadTestBook, type TestBook } from "./test-book";

// Route handlers and actions read the signed-in person from the session; tests choose who that is.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));

let h: DbHandle;
let b: TestBook;
const TOKEN = "fw_test_customers_0123456789abcdef";

function req(method: string, url: string, body?: unknown, auth: "token" | "session" = "token") {
  return new Request(`http://localhost${url}`, {
    method,
    headers: { ...(auth === "token" ? { authorization: `Bearer ${TOKEN}` } : {}), "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
const params = (p: Record<string, string> = {}) => ({ params: Promise.resolve(p) });
const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: { code: string; fields?: Record<string, string> } } });

beforeAll(async () => {
  h = await createTestDb();
  b = await loadTestBook(h.db);
  await h.db.insert(apiTokens).values({ name: "CRM", prefix: "fw_test", tokenHash: hashToken(TOKEN), storeId: b.stores.MAD01 });
});
afterAll(async () => h?.close());

describe("customers API", () => {
  let id: string;

  it("captures: duplicates first (200, nothing saved), then created on confirmation; bad contact is a 422 per field", async () => {
    id = await insertCustomer(h.db, { firstName: "Irene", lastName: "Soler", phone: "+34677001122", homeStoreId: b.stores.MAD01 });
    const body = { clientId: randomUUID(), firstName: "Irene", lastName: "Soler", phone: "677 001 122" };
    const first = await json(await captureRoute(req("POST", "/api/v1/customers", body), params()));
    expect(first).toMatchObject({ status: 200, body: { status: "duplicates", duplicates: [{ customer: { id }, certain: true }] } });
    const other = { clientId: randomUUID(), firstName: "Irene", lastName: "Sola", phone: "677 009 999", confirmNotDuplicate: true };
    expect(await json(await captureRoute(req("POST", "/api/v1/customers", other), params()))).toMatchObject({ status: 200, body: { status: "created", customer: { id: other.clientId } } });
    const bad = await json(await captureRoute(req("POST", "/api/v1/customers", { ...body, phone: "677", email: "irene@" }), params()));
    expect(bad).toMatchObject({ status: 422, body: { error: { code: "validation_failed", fields: { phone: "Enter a mobile number like 612 345 678 or +34 612 345 678", email: "That email address is not valid" } } } });
  });

  it("finds as you type", async () => {
    const r = await json(await findRoute(req("GET", "/api/v1/customers?q=%2B34%20677%20001%20122"), params()));
    expect(r).toMatchObject({ status: 200, body: { match: "phone", hits: [{ id, phoneMasked: "+34 6•• ••• •22" }] } });
    expect(JSON.stringify(r.body)).not.toContain("677001122");
  });

  it("opens a profile and audits it with screen api and the token", async () => {
    const r = await json(await profileRoute(req("GET", `/api/v1/customers/${id}`), params({ customerId: id })));
    expect(r).toMatchObject({ status: 200, body: { id, phone: "+34677001122", consents: expect.any(Array), purchases: [] } });
    const [audit] = await h.db.select().from(auditLog).where(and(eq(auditLog.action, "customer.view"), eq(auditLog.entityId, id)));
    expect(audit).toMatchObject({ screen: "api", actorUserId: null });
    expect(audit?.actorTokenId).toBeTruthy();
    expect((await profileRoute(req("GET", "/api/v1/customers/not-a-uuid"), params({ customerId: "not-a-uuid" }))).status).toBe(422);
  });

  it("records consent, and an unknown purpose is a 422", async () => {
    const bad = await json(await consentRoute(req("POST", `/api/v1/customers/${id}/consents`, { purpose: "telepathy", decision: "granted", textId: b.texts.marketing_email }), params({ customerId: id })));
    expect(bad).toMatchObject({ status: 422, body: { error: { fields: { purpose: "Unknown consent purpose: use marketing_email, marketing_sms or personalisation." } } } });
    const ok = await json(await consentRoute(req("POST", `/api/v1/customers/${id}/consents`, { purpose: "marketing_email", decision: "granted", textId: b.texts.marketing_email }), params({ customerId: id })));
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual(expect.arrayContaining([expect.objectContaining({ purpose: "marketing_email", granted: true })]));
  });

  it("takes notes as text: script tags come back verbatim in JSON, a 5,000-character note is a field error", async () => {
    const script = "<script>document.location='https://evil.example'</script>";
    const res = await noteRoute(req("POST", `/api/v1/customers/${id}/notes`, { body: script }), params({ customerId: id }));
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await json(res)).toMatchObject({ status: 200, body: { note: { body: script }, suggestions: [] } });
    const long = await json(await noteRoute(req("POST", `/api/v1/customers/${id}/notes`, { body: "x".repeat(5000) }), params({ customerId: id })));
    expect(long).toMatchObject({ status: 422, body: { error: { fields: { body: "Keep the note under 2,000 characters." } } } });
    const list = await json(await listNotesRoute(req("GET", `/api/v1/customers/${id}/notes`), params({ customerId: id })));
    expect(list.body.notes).toEqual([expect.objectContaining({ body: script })]);
  });

  it("a note or consent resent with the same Idempotency-Key is written once and answered the same", async () => {
    const keyed = (url: string, body: unknown, key: string) => {
      const r = req("POST", url, body);
      r.headers.set("idempotency-key", key);
      return r;
    };
    const countNotes = async () => ((await json(await listNotesRoute(req("GET", `/api/v1/customers/${id}/notes`), params({ customerId: id })))).body.notes as unknown[]).length;
    const before = await countNotes();
    const noteKey = randomUUID();
    const first = await noteRoute(keyed(`/api/v1/customers/${id}/notes`, { body: "Wants the tan in 38 when it lands" }, noteKey), params({ customerId: id }));
    const again = await noteRoute(keyed(`/api/v1/customers/${id}/notes`, { body: "Wants the tan in 38 when it lands" }, noteKey), params({ customerId: id }));
    expect(first.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(await first.json());
    expect(await countNotes()).toBe(before + 1);
    // The same key for different content is refused, not silently replayed.
    const other = await json(await noteRoute(keyed(`/api/v1/customers/${id}/notes`, { body: "Something else" }, noteKey), params({ customerId: id })));
    expect(other).toMatchObject({ status: 422, body: { error: { code: "idempotency_mismatch" } } });

    const consentKey = randomUUID();
    const grant = { purpose: "marketing_sms", decision: "granted", textId: b.texts.marketing_sms };
    const c1 = await consentRoute(keyed(`/api/v1/customers/${id}/consents`, grant, consentKey), params({ customerId: id }));
    const c2 = await consentRoute(keyed(`/api/v1/customers/${id}/consents`, grant, consentKey), params({ customerId: id }));
    expect(c1.status).toBe(200);
    expect(c2.headers.get("idempotent-replayed")).toBe("true");
    expect(await c2.json()).toEqual(await c1.json());
  });

  it("patches fields", async () => {
    const r = await json(await patchRoute(req("PATCH", `/api/v1/customers/${id}`, { sizes: { shoe: "37" }, email: "Irene@Example.es" }), params({ customerId: id })));
    expect(r).toMatchObject({ status: 200, body: { email: "irene@example.es", sizes: { shoe: "37" } } });
  });

  it("keeps the client book, merge, export, erase and consent texts to the roles that may use them", async () => {
    expect((await clientBookRoute(req("GET", "/api/v1/client-book"), params())).status).toBe(403);
    session.actor = b.associateA;
    expect((await clientBookRoute(req("GET", "/api/v1/client-book", undefined, "session"), params())).status).toBe(403);
    session.actor = b.managerA;
    expect((await clientBookRoute(req("GET", `/api/v1/client-book?store=${b.stores.MAD02}`, undefined, "session"), params())).status).toBe(403);
    const own = await json(await clientBookRoute(req("GET", "/api/v1/client-book?q=irene", undefined, "session"), params()));
    expect(own).toMatchObject({ status: 200, body: { store: { code: "MAD01" }, total: 2 } });
    expect((await exportRoute(req("GET", `/api/v1/customers/${id}/export`, undefined, "session"), params({ customerId: id }))).status).toBe(403);
    expect((await publishRoute(req("POST", "/api/v1/consent-texts", { purpose: "marketing_email", body: "y".repeat(30) }, "session"), params())).status).toBe(403);
    const dupe = await insertCustomer(h.db, { firstName: "Irene", phone: "+34677001199", homeStoreId: b.stores.MAD01 });
    expect(await json(await mergeRoute(req("POST", "/api/v1/customers/merge", { survivorId: id, duplicateId: dupe }, "session"), params()))).toMatchObject({ status: 200, body: { survivorId: id, duplicateId: dupe } });

    session.actor = b.admin;
    const csv = await clientBookRoute(req("GET", `/api/v1/client-book?store=${b.stores.MAD01}&q=irene&format=csv`, undefined, "session"), params());
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect((await csv.text()).split("\r\n")[0]).toMatch(/^id,first_name,last_name,phone,email/);
    const published = await json(await publishRoute(req("POST", "/api/v1/consent-texts", { purpose: "personalisation", locale: "es", body: "Acepto que uséis mis compras y tallas para recomendarme productos." }, "session"), params()));
    expect(published).toMatchObject({ status: 200, body: { created: true, text: { purpose: "personalisation", locale: "es", version: 1 } } });
    const texts = await json(await textsRoute(req("GET", "/api/v1/consent-texts?locale=es"), params()));
    expect((texts.body.texts as { locale: string }[]).map((t) => t.locale)).toEqual(["en", "en", "es"]);
    const exported = await exportRoute(req("GET", `/api/v1/customers/${id}/export`, undefined, "session"), params({ customerId: id }));
    expect(exported.headers.get("content-disposition")).toContain(`customer-${id}.json`);
    expect(((await exported.json()) as { customers: unknown[] }).customers).toHaveLength(2);
    expect((await eraseRoute(req("POST", `/api/v1/customers/${id}/erase`, {}, "session"), params({ customerId: id }))).status).toBe(422);
    expect(await json(await eraseRoute(req("POST", `/api/v1/customers/${id}/erase`, { confirm: true }, "session"), params({ customerId: id })))).toMatchObject({ status: 200, body: { customerId: id } });
    expect(await h.db.$count(auditLog, and(eq(auditLog.action, "customer.erase"), isNotNull(auditLog.actorUserId)))).toBe(1);
    session.actor = null;
  });
});

describe("server actions", () => {
  it("check the session and permission, parse input, and return values the form can show", async () => {
    session.actor = null;
    expect(await findCustomersAction({ q: "irene" })).toMatchObject({ ok: false, error: { code: "unauthenticated" } });
    session.actor = b.associateA;
    const clientId = randomUUID();
    const bad = await captureCustomerAction({ clientId, firstName: "Olga", phone: "5" });
    expect(bad).toMatchObject({ ok: false, error: { code: "validation_failed", fields: { phone: "Enter a mobile number like 612 345 678 or +34 612 345 678" } } });
    const made = await captureCustomerAction({ clientId, firstName: "Olga", phone: "688 123 456", consents: [{ purpose: "personalisation", textId: b.texts.personalisation }] });
    expect(made).toMatchObject({ ok: true, data: { status: "created", consentsRecorded: 1 } });
    expect(await findCustomersAction({ q: "olga" })).toMatchObject({ ok: true, data: { match: "name", hits: [{ id: clientId }] } });
    expect(await updateCustomerAction({ customerId: clientId, sizes: { shoe: "40" } })).toMatchObject({ ok: true, data: { sizes: { shoe: "40" } } });
    expect(await recordConsentAction({ customerId: clientId, purpose: "personalisation", decision: "withdrawn" })).toMatchObject({ ok: true });
    expect(await eraseCustomerAction({ customerId: clientId, confirm: true })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    session.actor = null;
  });
});
