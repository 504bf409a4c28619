import type { NewCustomerInput } from "@/lib/domain/customers/schemas";
import type { EntryKind, PayloadOf } from "./types";

export type OutboxRequest = { url: string; body: unknown };

type CustomerRef = { id: string } | NewCustomerInput;

/**
 * The API call for an entry. The entry id is the Idempotency-Key (and the capture's clientId), so a resend after
 * a lost answer is recognised by the server. `customer` is the resolved customer when the work names one captured offline.
 */
export function requestFor<K extends EntryKind>(kind: K, id: string, payload: PayloadOf[K], customer?: CustomerRef): OutboxRequest | null {
  switch (kind) {
    case "customer":
      return { url: "/api/v1/customers", body: { ...(payload as PayloadOf["customer"]), clientId: id } };
    case "order": {
      const p = payload as PayloadOf["order"];
      const who = customer ?? p.body.customer;
      return who ? { url: "/api/v1/orders", body: { ...p.body, customer: who } } : null;
    }
    case "hold": {
      const p = payload as PayloadOf["hold"];
      return { url: "/api/v1/holds", body: customer ? { ...p.body, customer } : p.body };
    }
    case "note": {
      const p = payload as PayloadOf["note"];
      const customerId = customer && "id" in customer ? customer.id : p.customerId;
      return customerId ? { url: `/api/v1/customers/${customerId}/notes`, body: { body: p.body } } : null;
    }
    case "consent": {
      const { customerId: own, ...decision } = payload as PayloadOf["consent"];
      const customerId = customer && "id" in customer ? customer.id : own;
      return customerId ? { url: `/api/v1/customers/${customerId}/consents`, body: decision } : null;
    }
    case "usage":
      return { url: "/api/v1/usage/events", body: payload };
  }
  return null;
}

/** The order as a quote request: same lines and destination, reserving nothing. */
export function quoteRequestFor(payload: PayloadOf["order"]): OutboxRequest {
  const { storeId, fulfilment, lines } = payload.body;
  return { url: "/api/v1/orders/quote", body: { ...(storeId ? { storeId } : {}), fulfilment, lines } };
}
