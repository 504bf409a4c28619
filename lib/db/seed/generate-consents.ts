import { createHash } from "node:crypto";
import type { ConsentPurpose } from "@/lib/db/schema/customers";
import type { CustomerProfile } from "./generate-customers";
import type { SaleRow } from "./generate-history";
import type { HistoryContext } from "./history-context";

export type ConsentTextRow = { purpose: ConsentPurpose; version: number; locale: string; body: string; textHash: string };

export type ConsentRecordSeed = {
  customerId: string;
  purpose: ConsentPurpose;
  decision: "granted" | "withdrawn";
  storeId: number | null;
  capturedBy: string | null;
  at: string;
};

export type NoteRow = { id: string; customerId: string; body: string; storeId: number; createdBy: string | null; createdAt: string };

const BODIES: Record<ConsentPurpose, string> = {
  marketing_email:
    "I would like to receive news, offers and event invitations from us by email. I can unsubscribe at any time with the link in any email or by asking in store.",
  marketing_sms:
    "I would like to receive offers and order reminders from us by text message. I can stop them at any time by replying STOP or by asking in store.",
  personalisation:
    "I agree that you may use my purchase history and the sizes and preferences I share to suggest products that suit me, in store and online. I can withdraw this at any time.",
};

export function generateConsentTexts(): ConsentTextRow[] {
  return (Object.keys(BODIES) as ConsentPurpose[]).map((purpose) => ({
    purpose,
    version: 1,
    locale: "en",
    body: BODIES[purpose],
    textHash: createHash("sha256").update(BODIES[purpose]).digest("hex"),
  }));
}

/** ~60% of customers agreed to something when first served; a few later withdrew one purpose. */
export function generateConsents(p: CustomerProfile, sales: SaleRow[], asOf: Date): ConsentRecordSeed[] {
  const { rng, row } = p;
  const first = sales[0];
  if (!first || !rng.chance(0.6)) return [];
  const base = { customerId: row.id, storeId: first.storeId ?? row.homeStoreId, capturedBy: first.userId };
  const granted: ConsentPurpose[] = [];
  if (rng.chance(0.85)) granted.push("personalisation");
  if (row.emailNorm && rng.chance(0.7)) granted.push("marketing_email");
  if (row.phoneE164 && rng.chance(0.45)) granted.push("marketing_sms");
  if (granted.length === 0) granted.push("personalisation");
  const records: ConsentRecordSeed[] = granted.map((purpose) => ({ ...base, purpose, decision: "granted", at: first.at }));
  if (rng.chance(0.08)) {
    const from = new Date(first.at).getTime();
    const at = new Date(from + rng.next() * (asOf.getTime() - from)).toISOString();
    records.push({ ...base, purpose: rng.pick(granted), decision: "withdrawn", at });
  }
  return records;
}

const NOTE_TEMPLATES = [
  "Prefers {colour} and asks about new {brand} arrivals.",
  "Shoe size {shoe}; likes a roomy toe box, check the last before suggesting.",
  "Buying for a wedding in the spring, wants something smart but comfortable.",
  "Walks a lot for work: always ask about cushioning.",
  "Asked to be told when the winter boots arrive.",
  "Happy to order to home; prefers delivery on Saturdays.",
];

/** A handful of associates' notes on regulars. */
export function generateNotes(ctx: HistoryContext, p: CustomerProfile, sales: SaleRow[]): NoteRow[] {
  const { rng, row } = p;
  if (sales.length < 3 || !rng.chance(0.08)) return [];
  const sale = rng.pick(sales);
  const staff = ctx.associates[p.homeIndex] ?? [];
  const body = rng
    .pick(NOTE_TEMPLATES)
    .replace("{colour}", (p.favColours[0] ?? "black").toLowerCase())
    .replace("{brand}", p.favBrands[0] ?? "new")
    .replace("{shoe}", p.sizes.shoe);
  return [{ id: rng.uuid(), customerId: row.id, body, storeId: row.homeStoreId, createdBy: staff.length > 0 ? rng.pick(staff) : null, createdAt: sale.at }];
}
