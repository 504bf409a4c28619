import { customerFor } from "./queue-rules";
import { quoteRequestFor, requestFor, type OutboxRequest } from "./requests";
import { checkQuote, interpret, type Outcome } from "./responses";
import { markSentOnce, readPayload } from "./store";
import type { OutboxRecord, PayloadOf } from "./types";
import type { QuoteResult } from "@/lib/domain/orders/schemas";

export type Fetch = typeof fetch;
export type SendOutcome = Outcome | { kind: "wait" };

/**
 * A request on a Wi-Fi that died mid-way can hang for minutes before the browser gives up, holding the drain (and
 * everything queued behind it) that long. With no answer by then it counts as offline and goes again under the same
 * Idempotency-Key, which the server answers once.
 */
export const SEND_TIMEOUT_MS = 30_000;

async function post(fetchFn: Fetch, req: OutboxRequest, key: string, timeoutMs: number): Promise<{ status: number; json: unknown; retryAfter: string | null } | { offline: string }> {
  const signal = AbortSignal.timeout(timeoutMs);
  const noAnswer = `No answer within ${timeoutMs / 1000} s.`;
  let res: Response;
  try {
    res = await fetchFn(req.url, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": key },
      body: JSON.stringify(req.body),
      credentials: "same-origin",
      cache: "no-store",
      signal,
    });
  } catch (e) {
    return { offline: signal.aborted ? noAnswer : e instanceof Error ? e.message : "network error" };
  }
  // An answer cut off mid-body (or not finished in time) is as good as no answer: the same request goes again.
  const json: unknown = await res.json().catch(() => undefined);
  if (json === undefined && (res.ok || signal.aborted)) return { offline: signal.aborted ? noAnswer : "The answer was cut off." };
  return { status: res.status, json: json ?? null, retryAfter: res.headers.get("retry-after") };
}

/** Sends one entry as the signed-in associate (the session cookie) and says what became of it. */
export async function sendEntry(record: OutboxRecord, byId: ReadonlyMap<string, OutboxRecord>, fetchFn: Fetch, timeoutMs = SEND_TIMEOUT_MS): Promise<{ outcome: SendOutcome; payload: unknown }> {
  const payload = await readPayload(record);
  if (!payload) return { outcome: { kind: "attention", problem: { code: "refused", message: "Nothing left to send." } }, payload };

  let customer: { id: string } | PayloadOf["order"]["contact"] | undefined;
  if (record.dependsOn) {
    const contact = record.kind === "order" ? (payload as PayloadOf["order"]).contact : undefined;
    const found = customerFor(byId.get(record.dependsOn), contact);
    if ("wait" in found) return { outcome: { kind: "wait" }, payload };
    if ("missing" in found) return { outcome: { kind: "attention", problem: { code: "refused", message: "The customer this was for was discarded." } }, payload };
    customer = found.ready;
  }

  if (record.kind === "order" && !record.sentOnce) {
    // Stock and prices are checked again before an order taken offline is placed (see checkQuote).
    const order = payload as PayloadOf["order"];
    const quoted = await post(fetchFn, quoteRequestFor(order), `${record.id}:quote`, timeoutMs);
    if ("offline" in quoted) return { outcome: { kind: "offline", error: quoted.offline }, payload };
    if (quoted.status !== 200) return { outcome: interpret("order", quoted.status, quoted.json, quoted.retryAfter), payload };
    const problem = checkQuote(quoted.json as QuoteResult, order.labels);
    if (problem) return { outcome: { kind: "attention", problem }, payload };
  }

  const req = requestFor(record.kind, record.id, payload as never, customer);
  if (!req) return { outcome: { kind: "attention", problem: { code: "refused", message: "This entry does not name a customer." } }, payload };
  if (record.kind === "order" || record.kind === "hold") await markSentOnce(record.id);
  const res = await post(fetchFn, req, record.id, timeoutMs);
  if ("offline" in res) return { outcome: { kind: "offline", error: res.offline }, payload };
  return { outcome: interpret(record.kind, res.status, res.json, res.retryAfter), payload };
}
