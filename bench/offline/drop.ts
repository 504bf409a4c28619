/**
 * The outbox against the production server when the connection drops right after an order is sent:
 * the request reaches the server and is processed, the tablet never hears the answer, and the outbox sends it
 * again under the same Idempotency-Key. Each run must create exactly one order.
 *
 *   npm run build && npm run bench:offline-drop            100 runs (RUNS=n to change)
 *
 * The outbox code is the app's own (lib/offline/outbox, on fake-indexeddb in Node); the server is `next start`
 * on a fresh embedded demo database (scripts/e2e-server.mjs, port 3294).
 */
import "fake-indexeddb/auto";
import { DEMO_MANAGER_PASSWORD } from "@/lib/db/seed/demo-credentials";
import { startDemoServer } from "../support/demo-server";
import { drainOutbox } from "@/lib/offline/outbox/drain";
import { discard, enqueue, getRecord } from "@/lib/offline/outbox/store";
import type { PayloadOf } from "@/lib/offline/outbox/types";

const RUNS = Number(process.env.RUNS ?? 100);
const PORT = 3294;
const BASE = `http://localhost:${PORT}`;
let cookie = "";

function remember(res: Response) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const [name] = pair!.split("=");
    cookie = [...cookie.split("; ").filter((x) => x && !x.startsWith(`${name}=`)), pair].join("; ");
  }
}

const http: typeof fetch = async (url, init) => {
  const res = await fetch(new URL(String(url), BASE), { ...init, redirect: "manual", headers: { ...(init?.headers as Record<string, string>), cookie } });
  remember(res);
  return res;
};

async function signIn(email: string, password: string) {
  const { csrfToken } = (await (await http("/api/auth/csrf")).json()) as { csrfToken: string };
  await http("/api/auth/callback/password", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }).toString(),
  });
  const me = await http("/api/v1/me");
  if (me.status !== 200) throw new Error(`sign-in failed: ${me.status}`);
  return (await me.json()) as { name: string };
}

const { server } = await startDemoServer(PORT, ".data-bench-outbox");
try {
  await signIn("manager.mad01@demo.floorwalker.test", DEMO_MANAGER_PASSWORD);
  const userId = "bench-manager";
  let variantId = 1;
  let runs = 0;
  let created = 0;
  let duplicates = 0;
  let resent = 0;
  const ms: number[] = [];
  while (runs < RUNS) {
    // Today's price for the label, so the outbox's pre-flight check passes; a variant with no stock left is skipped.
    const quote = (await (await http("/api/v1/orders/quote", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(orderBody(variantId)) })).json()) as {
      ok: boolean;
      lines: { unitPriceCents: number }[];
    };
    if (!quote.ok) {
      variantId++;
      continue;
    }
    const phone = `6${String(50_000_000 + runs)}`;
    const payload: PayloadOf["order"] = {
      body: { ...orderBody(variantId), customer: { firstName: `Drop${runs}`, phone } },
      labels: [{ styleName: "-", colour: "-", size: "-", sku: "-", priceCents: quote.lines[0]!.unitPriceCents }],
      provisional: true,
    };
    const entry = await enqueue("order", { userId, payload });
    let dropped = false;
    // The answer to the order itself is lost after the server has processed it.
    const dropping: typeof fetch = async (url, init) => {
      const res = await http(url, init);
      if (!dropped && String(url) === "/api/v1/orders") {
        dropped = true;
        await res.arrayBuffer();
        throw new TypeError("Failed to fetch (connection dropped after send)");
      }
      return res;
    };
    const started = performance.now();
    await drainOutbox({ userId, fetch: dropping });
    const afterDrop = await getRecord(entry.id);
    if (afterDrop?.status === "attention") {
      await discard(entry.id); // stock ran out between quote and place: not a run, try the next variant
      variantId++;
      continue;
    }
    // Back online: the same request again (the entry's backoff is skipped, as on `online` or Send now).
    await drainOutbox({ userId, fetch: dropping, force: true });
    ms.push(performance.now() - started);
    const done = await getRecord(entry.id);
    if (done?.status !== "sent") throw new Error(`run ${runs}: entry is ${done?.status} (${done?.lastError})`);
    resent += done.attempts > 0 ? 1 : 0;
    const found = (await (await http(`/api/v1/orders?phone=${phone}`)).json()) as { orders: { number: string }[] };
    created += Math.min(found.orders.length, 1);
    duplicates += Math.max(0, found.orders.length - 1);
    if (found.orders[0]?.number !== done.result?.orderNumber) throw new Error(`run ${runs}: the outbox shows ${done.result?.orderNumber}, the server has ${found.orders[0]?.number}`);
    runs++;
  }
  ms.sort((a, b) => a - b);
  const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!.toFixed(0);
  console.log(`drop-after-send: ${runs} runs, ${created} orders created, ${duplicates} duplicates, ${resent} resent after the lost answer`);
  console.log(`time from first send to confirmed (incl. pre-flight quote and resend): p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${ms.at(-1)!.toFixed(0)} ms`);
  if (created !== runs || duplicates !== 0) process.exitCode = 1;
} finally {
  server.kill("SIGTERM");
}

function orderBody(variantId: number) {
  return {
    fulfilment: { kind: "delivery" as const, address: { name: "Bench", line1: "Calle Mayor 1", city: "Madrid", postcode: "28013", country: "ES" as const } },
    lines: [{ kind: "ship" as const, variantId, qty: 1, source: "best" as const }],
  };
}
