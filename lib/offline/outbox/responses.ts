import type { CaptureCustomerResult, DuplicateCandidate } from "@/lib/domain/customers/schemas";
import type { OrderLineLabel, EntryKind, EntryResult, Problem } from "./types";
import type { OutOfStockDetails, QuoteResult } from "@/lib/domain/orders/schemas";

export type Outcome =
  | { kind: "sent"; result: EntryResult; followUp?: { customerId: string } }
  | { kind: "attention"; problem: Problem }
  /** Try again later: the server is busy or failing (5xx, 429, the same key still running). */
  | { kind: "retry"; error: string; retryAfterSeconds?: number }
  /** The request never got an answer: the network is gone; stop this pass. */
  | { kind: "offline"; error: string }
  /** The session ended: nothing is sent until the author signs in again. */
  | { kind: "signed_out" };

type ErrorBody = { error?: { code?: string; message?: string; fields?: Record<string, string>; details?: unknown } };

/** What a server answer means for an entry. Only a clear refusal asks the associate; nothing is dropped. */
export function interpret(kind: EntryKind, status: number, json: unknown, retryAfter: string | null): Outcome {
  if (status >= 200 && status < 300) return success(kind, json);
  const err = (json as ErrorBody | null)?.error;
  const message = err?.message ?? `The server answered ${status}.`;
  if (status === 401) return { kind: "signed_out" };
  if (status === 429 || status >= 500 || err?.code === "idempotency_in_progress" || status === 408) {
    const seconds = Number(retryAfter);
    return { kind: "retry", error: message, ...(Number.isFinite(seconds) && seconds > 0 ? { retryAfterSeconds: seconds } : {}) };
  }
  if (err?.code === "out_of_stock") {
    const details = err.details as OutOfStockDetails | undefined;
    return { kind: "attention", problem: { code: "out_of_stock", message, lines: (details?.lines ?? []).map((l) => ({ index: l.index, alternatives: l.alternatives })) } };
  }
  return { kind: "attention", problem: { code: "refused", message, ...(err?.fields ? { fields: err.fields } : {}) } };
}

function success(kind: EntryKind, json: unknown): Outcome {
  if (kind === "customer") {
    const r = json as CaptureCustomerResult;
    if (r.status === "duplicates") return { kind: "attention", problem: duplicatesProblem(r.duplicates) };
    const result: EntryResult = { customerId: r.customer.id, ...(r.status === "existing" ? { note: "existing" as const } : {}) };
    // The same contact belonged to someone already: the consents given at capture still have to be recorded for them.
    return r.status === "existing" && r.reason === "same_contact" ? { kind: "sent", result, followUp: { customerId: r.customer.id } } : { kind: "sent", result };
  }
  const body = json as { id?: string; number?: string };
  if (kind === "order") return { kind: "sent", result: { orderId: body.id, orderNumber: body.number } };
  if (kind === "hold") return { kind: "sent", result: { holdId: body.id } };
  return { kind: "sent", result: {} };
}

function duplicatesProblem(candidates: DuplicateCandidate[]): Problem {
  return { code: "duplicates", message: "This customer may already be known.", candidates };
}

/**
 * Checks an order made offline against today's stock and prices before placing it: a line whose source has run
 * out, or whose price moved, goes back to the associate with the next-best sources instead of being placed blind.
 */
export function checkQuote(quote: QuoteResult, labels: readonly OrderLineLabel[]): Problem | null {
  const gone = quote.lines.filter((l) => l.problem);
  if (gone.length) {
    const first = gone[0]!;
    return { code: "out_of_stock", message: first.problem!.message, lines: gone.map((l) => ({ index: l.index, alternatives: l.alternatives })) };
  }
  const moved = quote.lines
    .map((l) => ({ index: l.index, before: labels[l.index]?.priceCents ?? l.unitPriceCents, after: l.unitPriceCents }))
    .filter((l) => l.before !== l.after);
  if (moved.length) return { code: "price_changed", message: "The price changed since this order was taken.", lines: moved };
  return null;
}
