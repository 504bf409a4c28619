import { formatPromise } from "@/lib/domain/orders/promise-date";

export type ConfirmationInput = {
  number: string;
  customerFirstName: string;
  sellingStoreName: string;
  fulfilment: "delivery" | "pickup";
  pickupStoreName: string | null;
  address: { name: string; line1: string; line2?: string; postcode: string; city: string } | null;
  promiseDate: string | null;
  totalCents: number;
  lines: { description: string; qty: number; unitPriceCents: number; kind: "ship" | "take_now"; promiseDate: string | null }[];
};

const money = (cents: number) => new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" }).format(cents / 100);
const day = (iso: string) => formatPromise(iso, "en-GB");

/** The confirmation email, plain text in English, with the promise date in the customer's words. */
export function orderConfirmationEmail(o: ConfirmationInput): { subject: string; text: string } {
  const when = o.promiseDate
    ? o.fulfilment === "pickup"
      ? `Ready to collect at ${o.pickupStoreName ?? "the store"} from ${day(o.promiseDate)}.`
      : `Arrives ${day(o.promiseDate)}.`
    : "";
  const items = o.lines.map((l) => {
    const what = `${l.description} × ${l.qty}, ${money(l.unitPriceCents * l.qty)}`;
    if (l.kind === "take_now") return `- ${what} (taken with you today)`;
    return `- ${what}${l.promiseDate ? ` (${o.fulfilment === "pickup" ? "ready" : "arrives"} ${day(l.promiseDate)})` : ""}`;
  });
  const address = o.address
    ? ["", "Delivery to:", o.address.name, o.address.line1, ...(o.address.line2 ? [o.address.line2] : []), `${o.address.postcode} ${o.address.city}`]
    : [];
  const text = [
    `Hello ${o.customerFirstName},`,
    "",
    `Thank you for your order ${o.number} at ${o.sellingStoreName}.`,
    ...(when ? ["", when] : []),
    "",
    "Your items:",
    ...items,
    "",
    `Total: ${money(o.totalCents)}`,
    ...address,
    "",
    `Keep your order number, ${o.number}, for any question about this order.`,
    "",
    "Floorwalker",
    "",
  ].join("\n");
  return { subject: `Your order ${o.number}${o.promiseDate ? `: ${o.fulfilment === "pickup" ? "ready" : "arrives"} ${day(o.promiseDate)}` : ""}`, text };
}
