import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { bulkInsert, type Column } from "@/lib/db/bulk-insert";
import type { CustomerBatch } from "./generate-customer-batch";
import type { ConsentRecordSeed, NoteRow } from "./generate-consents";
import type { CustomerRow } from "./generate-customers";
import type { SaleLineRow, SaleRow } from "./generate-history";
import { inTransaction, type ChunkOptions } from "./in-transaction";
import type { ConsentTextIds } from "./load-reference";

const customerColumns: Column<CustomerRow>[] = [
  ["id", "uuid", (c) => c.id], ["first_name", "text", (c) => c.firstName], ["last_name", "text", (c) => c.lastName],
  ["phone_e164", "text", (c) => c.phoneE164], ["email_norm", "text", (c) => c.emailNorm], ["name_search", "text", (c) => c.nameSearch],
  ["home_store_id", "int", (c) => c.homeStoreId], ["sizes", "jsonb", (c) => JSON.stringify(c.sizes)],
  ["preferences", "jsonb", (c) => JSON.stringify(c.preferences)], ["important_dates", "jsonb", (c) => JSON.stringify(c.importantDates)],
  ["birthday", "date", (c) => c.birthday], ["created_by", "uuid", (c) => c.createdBy],
  ["created_at", "timestamptz", (c) => c.createdAt], ["updated_at", "timestamptz", (c) => c.updatedAt],
];

const saleColumns: Column<SaleRow>[] = [
  ["id", "uuid", (s) => s.id], ["channel", "text", (s) => s.channel], ["store_id", "int", (s) => s.storeId],
  ["customer_id", "uuid", (s) => s.customerId], ["user_id", "uuid", (s) => s.userId], ["total_cents", "int", (s) => s.totalCents],
  ["at", "timestamptz", (s) => s.at],
];

const lineColumns: Column<SaleLineRow>[] = [
  ["sale_id", "uuid", (l) => l.saleId], ["variant_id", "int", (l) => l.variantId], ["style_id", "int", (l) => l.styleId],
  ["qty", "int", (l) => l.qty], ["unit_price_cents", "int", (l) => l.unitPriceCents],
];

const noteColumns: Column<NoteRow>[] = [
  ["id", "uuid", (n) => n.id], ["customer_id", "uuid", (n) => n.customerId], ["body", "text", (n) => n.body],
  ["store_id", "int", (n) => n.storeId], ["created_by", "uuid", (n) => n.createdBy], ["created_at", "timestamptz", (n) => n.createdAt],
];

function consentColumns(texts: ConsentTextIds): Column<ConsentRecordSeed>[] {
  const text = (r: ConsentRecordSeed) => {
    const t = texts.get(r.purpose);
    if (!t) throw new Error(`no consent text for ${r.purpose}`);
    return t;
  };
  return [
    ["customer_id", "uuid", (r) => r.customerId], ["purpose", "text", (r) => r.purpose], ["decision", "text", (r) => r.decision],
    ["text_id", "int", (r) => text(r).id], ["text_version", "int", () => 1], ["text_hash", "text", (r) => text(r).hash],
    ["channel", "text", () => "assisted"], ["store_id", "int", (r) => r.storeId], ["captured_by", "uuid", (r) => r.capturedBy],
    ["at", "timestamptz", (r) => r.at],
  ];
}

export type CustomerCounts = { customers: number; sales: number; saleLines: number; consentRecords: number; notes: number };

/** One batch of customers with their history, consents and notes, in one transaction. */
export async function loadCustomerBatch(db: DbOrTx, batch: CustomerBatch, texts: ConsentTextIds, opts: ChunkOptions): Promise<CustomerCounts> {
  await inTransaction(db, async (tx) => {
    await bulkInsert(tx, "customers", customerColumns, batch.customers);
    await bulkInsert(tx, "sales", saleColumns, batch.sales);
    await bulkInsert(tx, "sale_lines", lineColumns, batch.lines);
    await bulkInsert(tx, "consent_records", consentColumns(texts), batch.consents);
    await bulkInsert(tx, "customer_notes", noteColumns, batch.notes);
  }, opts);
  return {
    customers: batch.customers.length,
    sales: batch.sales.length,
    saleLines: batch.lines.length,
    consentRecords: batch.consents.length,
    notes: batch.notes.length,
  };
}
