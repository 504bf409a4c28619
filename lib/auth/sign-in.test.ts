import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "@/lib/db/testing";
import type { DbHandle } from "@/lib/db/client";
import { stores, users, usageEvents } from "@/lib/db/schema";
import { DEVICE_COOKIE, registerDevice } from "./device";
import { hashSecret } from "./password";
import { signInWithPassword, signInWithPin } from "./sign-in";
import { loadUserActor } from "./load-actor";
import { ACCOUNT_LIMIT, throttleDelay } from "./throttle";
import { throttleKeysFor } from "./sign-in";

// Cheap hash parameters keep the test fast; production uses the default cost.
const cheap = { N: 1024, r: 8, p: 1 };
let h: DbHandle;
let storeA: number;
let storeB: number;
let deviceCookieA: string;

beforeAll(async () => {
  h = await createTestDb();
  const base = { city: "X", region: "MD", address: "Calle 1", postcode: "28001", phone: "+34910000000", lat: 40.4, lng: -3.7, timezone: "Europe/Madrid", openingHours: { "0": [], "1": [], "2": [], "3": [], "4": [], "5": [], "6": [] } };
  const [a, b] = await h.db.insert(stores).values([{ ...base, code: "TA01", name: "Test A" }, { ...base, code: "TB01", name: "Test B" }]).returning({ id: stores.id });
  storeA = a!.id;
  storeB = b!.id;
  const pin = await hashSecret("1234", cheap);
  const pw = await hashSecret("correct horse", cheap);
  await h.db.insert(users).values([
    { role: "associate", name: "Ana A", staffNumber: "9001", homeStoreId: storeA, pinHash: pin },
    { role: "associate", name: "Bea B", staffNumber: "9002", homeStoreId: storeB, pinHash: pin },
    { role: "manager", name: "Mia M", email: "mia@test.example", homeStoreId: storeA, passwordHash: pw },
    { role: "manager", name: "Max M", email: "max@test.example", homeStoreId: storeA, passwordHash: pw },
  ]);
  const { token } = await registerDevice(h.db, { storeId: storeA, name: "Till", registeredBy: (await h.db.select().from(users).limit(1))[0]!.id });
  deviceCookieA = `${DEVICE_COOKIE}=${token}`;
});

afterAll(async () => h.close());

describe("associate PIN sign-in", () => {
  it("signs in an associate on a tablet of their own store and records a usage event", async () => {
    const user = await signInWithPin(h.db, { staffNumber: "9001", pin: "1234", switching: false, cookieHeader: deviceCookieA, ip: "10.0.0.1" });
    expect(user?.name).toBe("Ana A");
    expect(user?.deviceId).toBeTruthy();
    const events = await h.db.select().from(usageEvents).where(eq(usageEvents.userId, user!.id));
    expect(events.map((e) => e.type)).toContain("sign_in");
  });

  it("refuses a PIN sign-in without a registered tablet", async () => {
    expect(await signInWithPin(h.db, { staffNumber: "9001", pin: "1234", switching: false, ip: "10.0.0.1" })).toBeNull();
  });

  it("refuses an associate of another store on this store's tablet", async () => {
    expect(await signInWithPin(h.db, { staffNumber: "9002", pin: "1234", switching: false, cookieHeader: deviceCookieA, ip: "10.0.0.1" })).toBeNull();
  });

  it("refuses a wrong PIN", async () => {
    expect(await signInWithPin(h.db, { staffNumber: "9001", pin: "0000", switching: false, cookieHeader: deviceCookieA, ip: "10.0.0.2" })).toBeNull();
  });
});

describe("password sign-in", () => {
  it("accepts a manager's email in any case and refuses a wrong password", async () => {
    expect((await signInWithPassword(h.db, { email: " MIA@test.example ", password: "correct horse", ip: "10.0.0.3" }))?.name).toBe("Mia M");
    expect(await signInWithPassword(h.db, { email: "mia@test.example", password: "wrong", ip: "10.0.0.3" })).toBeNull();
  });
});

describe("throttling", () => {
  it("throttles after five failures, whether or not the account exists", async () => {
    for (const email of ["nobody@test.example", "max@test.example"]) {
      const keys = throttleKeysFor({ provider: "password", identifier: email, ip: `10.9.9.${email.length}` });
      for (let i = 0; i < ACCOUNT_LIMIT; i++) {
        expect(await throttleDelay(h.db, keys)).toBe(0);
        await signInWithPassword(h.db, { email, password: "bad", ip: `10.9.9.${email.length}` });
      }
      const wait = await throttleDelay(h.db, keys);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(15 * 60);
    }
  });
});

describe("session check on every request", () => {
  it("ends a session when the user is disabled or their session version moves on", async () => {
    const [ana] = await h.db.select().from(users).where(eq(users.staffNumber, "9001"));
    const device = await signInWithPin(h.db, { staffNumber: "9001", pin: "1234", switching: false, cookieHeader: deviceCookieA, ip: "10.0.0.5" });
    const claims = { uid: ana!.id, sv: ana!.sessionVersion, did: device!.deviceId };
    expect((await loadUserActor(h.db, claims))?.role).toBe("associate");
    await h.db.update(users).set({ sessionVersion: ana!.sessionVersion + 1 }).where(eq(users.id, ana!.id));
    expect(await loadUserActor(h.db, claims)).toBeNull();
    await h.db.update(users).set({ sessionVersion: ana!.sessionVersion, disabledAt: new Date() }).where(eq(users.id, ana!.id));
    expect(await loadUserActor(h.db, claims)).toBeNull();
  });

  it("ends an associate's session when there is no valid tablet", async () => {
    const [bea] = await h.db.select().from(users).where(eq(users.staffNumber, "9002"));
    expect(await loadUserActor(h.db, { uid: bea!.id, sv: bea!.sessionVersion, did: null })).toBeNull();
  });
});
