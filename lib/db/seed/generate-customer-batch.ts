import { generateConsents, generateNotes, type ConsentRecordSeed, type NoteRow } from "./generate-consents";
import { generateCustomerProfile, type CustomerRow } from "./generate-customers";
import { generateHistory, type SaleLineRow, type SaleRow } from "./generate-history";
import type { HistoryContext } from "./history-context";

export type CustomerBatch = {
  customers: CustomerRow[];
  sales: SaleRow[];
  lines: SaleLineRow[];
  consents: ConsentRecordSeed[];
  notes: NoteRow[];
};

/** Customers [from, to) with their histories: each customer has its own stream, so batches are independent. */
export function generateCustomerBatch(ctx: HistoryContext, from: number, to: number): CustomerBatch {
  const batch: CustomerBatch = { customers: [], sales: [], lines: [], consents: [], notes: [] };
  for (let i = from; i < to; i++) {
    const profile = generateCustomerProfile(ctx, i);
    const { sales, lines } = generateHistory(ctx, profile);
    const first = sales[0];
    const last = sales[sales.length - 1];
    // The client book entry was created at the first purchase, by whoever served it.
    if (first) {
      profile.row.createdAt = first.at;
      profile.row.createdBy = first.userId;
    }
    if (last) profile.row.updatedAt = last.at;
    batch.customers.push(profile.row);
    batch.sales.push(...sales);
    batch.lines.push(...lines);
    batch.consents.push(...generateConsents(profile, sales, ctx.params.asOf));
    batch.notes.push(...generateNotes(ctx, profile, sales));
  }
  return batch;
}
