import type { CaptureCustomerInput, DuplicateCandidate, NewCustomerInput } from "@/lib/domain/customers/schemas";
import type { OrderLineInput, SourceOption } from "@/lib/domain/orders/schemas";

export const ENTRY_KINDS = ["customer", "note", "consent", "hold", "order", "usage"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** pending: will be sent; attention: the server refused it and the associate decides; sent: done (payload wiped). */
export type EntryStatus = "pending" | "attention" | "sent";

/** AES-GCM ciphertext; the entry id is bound in as additional data, so a payload cannot be moved to another entry. */
export type Sealed = { iv: Uint8Array; data: ArrayBuffer };

/** What the server gave back, kept after the payload is wiped: enough to show "order 2025-000123 placed". */
export type EntryResult = { customerId?: string; orderId?: string; orderNumber?: string; holdId?: string; note?: "existing" | "picked" };

/** One entry as stored in IndexedDB. Only ids, times and states are in clear; anything about a customer is sealed. */
export type OutboxRecord = {
  /** The idempotency key (a UUID made when the work was started). */
  id: string;
  kind: EntryKind;
  /** The associate who made it; it is sent only while they are signed in. */
  userId: string;
  createdAt: number;
  /** Tie-break for entries made in the same millisecond. */
  seq: number;
  /** Another entry this one needs first (an order for a customer captured offline). */
  dependsOn: string | null;
  payload: Sealed | null;
  status: EntryStatus;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  /** Why the server refused it, sealed (duplicate candidates carry names). */
  problem: Sealed | null;
  result: EntryResult | null;
  sentAt: number | null;
  /** A request that could have created it has gone out: from then on only the same request is repeated. */
  sentOnce: boolean;
};

/** Order lines as the associate saw them offline: what to show, and the price to check again before placing. */
export type OrderLineLabel = { styleName: string; colour: string; size: string; sku: string; priceCents: number; sourceName?: string };

export type CustomerPayload = Omit<CaptureCustomerInput, "clientId">;
export type OrderPayload = {
  /** The place-order body; `customer` is filled at send time when it comes from `customerEntryId`. */
  body: { storeId?: number; customer?: { id: string } | NewCustomerInput; fulfilment: unknown; lines: OrderLineInput[] };
  /** Contact typed for the order; used if the linked capture was discarded, so the order is never stranded. */
  contact?: NewCustomerInput;
  labels: OrderLineLabel[];
  provisional: boolean;
};
export type NotePayload = { customerId?: string; body: string };
export type ConsentPayload = { customerId?: string; purpose: string; decision: "granted" | "withdrawn"; textId?: number; channel: "assisted" | "self" };
export type HoldPayload = { body: Record<string, unknown> };
export type UsagePayload = { events: { id: string; type: string; occurredAt: string; payload: Record<string, unknown> }[] };

export type PayloadOf = {
  customer: CustomerPayload;
  note: NotePayload;
  consent: ConsentPayload;
  hold: HoldPayload;
  order: OrderPayload;
  usage: UsagePayload;
};

/** What the associate must decide about a refused entry. */
export type Problem =
  | { code: "out_of_stock"; message: string; lines: { index: number; alternatives: SourceOption[] }[] }
  | { code: "price_changed"; message: string; lines: { index: number; before: number; after: number }[] }
  | { code: "duplicates"; message: string; candidates: DuplicateCandidate[] }
  | { code: "refused"; message: string; fields?: Record<string, string> };
