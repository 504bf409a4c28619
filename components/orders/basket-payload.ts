import type { Basket } from "@/lib/basket/basket-store";
import type { OrderLineInput } from "@/lib/domain/orders/schemas";

const POSTCODE = /^(0[1-9]|[1-4][0-9]|5[0-2])[0-9]{3}$/;

export function basketLines(b: Basket): OrderLineInput[] {
  return b.lines.map((l) =>
    l.kind === "take_now" ? { kind: "take_now", variantId: l.variantId, qty: l.qty } : { kind: "ship", variantId: l.variantId, qty: l.qty, source: l.source },
  );
}

/**
 * The fulfilment to send. For a quote before the address is complete, only the postcode matters
 * (it places the destination); without one, dates are quoted to this store's area.
 */
export function basketFulfilment(b: Basket, workingStoreId: number, forQuote = false) {
  if (b.fulfilment === "pickup") return { kind: "pickup" as const, storeId: b.pickupStoreId ?? workingStoreId };
  const a = b.address;
  if (forQuote) {
    if (!POSTCODE.test(a.postcode.trim())) return { kind: "pickup" as const, storeId: workingStoreId };
    // Only the postcode places the destination; the rest stays constant so typing does not re-quote.
    return { kind: "delivery" as const, address: { name: "-", line1: "-", city: "-", postcode: a.postcode.trim(), country: "ES" as const } };
  }
  return {
    kind: "delivery" as const,
    address: { name: a.name, line1: a.line1, line2: a.line2 || undefined, city: a.city, postcode: a.postcode.trim(), country: "ES" as const, phone: a.phone || undefined },
  };
}

export function basketCustomer(b: Basket) {
  const c = b.customer;
  return c.id ? { id: c.id } : { firstName: c.firstName, lastName: c.lastName || undefined, phone: c.phone || undefined, email: c.email || undefined };
}
