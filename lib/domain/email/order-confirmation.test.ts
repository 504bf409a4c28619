import { describe, expect, it } from "vitest";
import { orderConfirmationEmail } from "./order-confirmation";

const base = {
  number: "FW-7K3P9Q",
  customerFirstName: "Lucía",
  sellingStoreName: "Floorwalker Madrid Centro",
  fulfilment: "delivery" as const,
  pickupStoreName: null,
  address: { name: "Lucía García", line1: "Calle Mayor 1", postcode: "28013", city: "Madrid" },
  promiseDate: "2025-11-24",
  totalCents: 25990,
  lines: [
    { description: "Aria Leather Ankle Boot, Black, size 38", qty: 1, unitPriceCents: 12995, kind: "ship" as const, promiseDate: "2025-11-24" },
    { description: "Aria Leather Ankle Boot, Tan, size 38", qty: 1, unitPriceCents: 12995, kind: "take_now" as const, promiseDate: "2025-11-21" },
  ],
};

describe("order confirmation email", () => {
  it("tells the customer when it arrives, in words", () => {
    const { subject, text } = orderConfirmationEmail(base);
    expect(subject).toBe("Your order FW-7K3P9Q: arrives Monday 24 November");
    expect(text).toContain("Hello Lucía,");
    expect(text).toContain("Arrives Monday 24 November.");
    expect(text).toContain("- Aria Leather Ankle Boot, Black, size 38 × 1, €129.95 (arrives Monday 24 November)");
    expect(text).toContain("(taken with you today)");
    expect(text).toContain("Total: €259.90");
    expect(text).toContain("28013 Madrid");
  });

  it("says where to collect a pickup and shows no address", () => {
    const { subject, text } = orderConfirmationEmail({ ...base, fulfilment: "pickup", pickupStoreName: "BCN01 Barcelona Diagonal", address: null });
    expect(subject).toContain("ready Monday 24 November");
    expect(text).toContain("Ready to collect at BCN01 Barcelona Diagonal from Monday 24 November.");
    expect(text).not.toContain("Delivery to:");
  });
});
