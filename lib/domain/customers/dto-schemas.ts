/** DTOs of the customer capability: what crosses to the tablet and the API (zod, so the OpenAPI document matches). */
import { z } from "zod";
import { consentStateSchema } from "@/lib/domain/consent/schemas";
import { customerPreferencesSchema } from "./profile-fields";

export const customerHitSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  /** "+34 6•• ••• •78": full contact details only in the (audited) profile. */
  phoneMasked: z.string().nullable(),
  emailMasked: z.string().nullable(),
  homeStoreCode: z.string().nullable(),
  lastVisit: z.string().nullable(),
});
export type CustomerHit = z.infer<typeof customerHitSchema>;

export const findResultSchema = z.object({
  /** How the query was read; "incomplete" = a phone or email still being typed. */
  match: z.enum(["phone", "email", "name", "incomplete"]),
  hits: z.array(customerHitSchema),
});
export type FindCustomersResult = z.infer<typeof findResultSchema>;

export const duplicateReasonSchema = z.enum(["same_phone", "same_email", "similar_name", "phone_last4", "email_local_part", "email_domain"]);
export const duplicateCandidateSchema = z.object({
  customer: customerHitSchema,
  /** 0..1; 1 = same phone or email. */
  score: z.number(),
  certain: z.boolean(),
  reasons: z.array(duplicateReasonSchema),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;

export const captureResultSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("created"), customer: customerHitSchema, consentsRecorded: z.number().int() }),
  /** Nothing saved: show these, then let the associate pick one or capture again with confirmNotDuplicate. */
  z.object({ status: z.literal("duplicates"), duplicates: z.array(duplicateCandidateSchema) }),
  /** Nothing new saved: this clientId was already captured (replay), or a customer with this phone/email exists. */
  z.object({ status: z.literal("existing"), reason: z.enum(["replay", "same_contact"]), customer: customerHitSchema, message: z.string() }),
]);
export type CaptureCustomerResult = z.infer<typeof captureResultSchema>;

const sizesOut = z.object({ shoe: z.string().optional(), tops: z.string().optional(), bottoms: z.string().optional() });
const preferencesOut = z.object({ brands: z.array(z.string()), colours: z.array(z.string()), fit: z.array(z.string()), avoid: z.array(z.string()) });
const storeRef = z.object({ id: z.number().int(), code: z.string(), name: z.string() });

export const customerDetailsSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  /** E.164 */
  phone: z.string().nullable(),
  email: z.string().nullable(),
  homeStore: storeRef.nullable(),
  birthday: z.string().nullable(),
  sizes: sizesOut,
  preferences: preferencesOut,
  importantDates: z.array(z.object({ label: z.string(), date: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CustomerDetails = z.infer<typeof customerDetailsSchema>;

export const noteSchema = z.object({
  id: z.string(),
  /** Plain text, stored verbatim: render it as text, never as HTML. */
  body: z.string(),
  createdAt: z.string(),
  storeCode: z.string().nullable(),
  authorName: z.string().nullable(),
});
export type CustomerNote = z.infer<typeof noteSchema>;

export const noteSuggestionSchema = z.object({
  field: z.enum(["sizes.shoe", "sizes.tops", "sizes.bottoms", "preferences.colours", "preferences.brands", "preferences.fit", "preferences.avoid"]),
  value: z.string(),
  label: z.string(),
  evidence: z.string(),
});
export const addNoteResultSchema = z.object({
  note: noteSchema,
  /** Sizes and preferences read from the note that the profile does not have yet, to accept in one tap. */
  suggestions: z.array(noteSuggestionSchema),
  /** The update that accepting every suggestion makes (send it to PATCH / updateCustomerAction), or null. */
  suggestedUpdate: z.object({ sizes: sizesOut.optional(), preferences: customerPreferencesSchema.optional() }).nullable(),
});
export type AddNoteResult = z.infer<typeof addNoteResultSchema>;

export const purchaseSchema = z.object({
  id: z.string(),
  channel: z.enum(["store", "online", "order"]),
  at: z.string(),
  store: storeRef.nullable(),
  orderNumber: z.string().nullable(),
  totalCents: z.number().int(),
  lines: z.array(
    z.object({ styleId: z.number().int(), styleName: z.string(), brand: z.string(), colour: z.string(), size: z.string(), qty: z.number().int(), unitPriceCents: z.number().int() }),
  ),
});
export const openOrderSchema = z.object({
  id: z.string(),
  number: z.string(),
  status: z.string(),
  fulfilment: z.enum(["delivery", "pickup"]),
  promiseDate: z.string().nullable(),
  totalCents: z.number().int(),
  createdAt: z.string(),
  store: storeRef,
});
export const activeHoldSchema = z.object({
  id: z.string(),
  kind: z.enum(["decide", "pickup"]),
  store: storeRef,
  styleId: z.number().int(),
  styleName: z.string(),
  colour: z.string(),
  size: z.string(),
  qty: z.number().int(),
  expiresAt: z.string(),
});
export const lostSaleSummarySchema = z.object({
  id: z.string(),
  at: z.string(),
  store: storeRef,
  styleId: z.number().int(),
  styleName: z.string().nullable(),
  colour: z.string().nullable(),
  size: z.string().nullable(),
  reason: z.string(),
});

export const customerProfileSchema = customerDetailsSchema.extend({
  notes: z.array(noteSchema),
  consents: consentStateSchema,
  purchases: z.array(purchaseSchema),
  openOrders: z.array(openOrderSchema),
  activeHolds: z.array(activeHoldSchema),
  lostSales: z.array(lostSaleSummarySchema),
  stats: z.object({ purchaseCount: z.number().int(), spentCents: z.number().int(), lastVisit: z.string().nullable() }),
});
export type CustomerProfile = z.infer<typeof customerProfileSchema>;

export const clientBookRowSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  phoneMasked: z.string().nullable(),
  emailMasked: z.string().nullable(),
  homeStoreCode: z.string().nullable(),
  createdAt: z.string(),
  lastVisit: z.string().nullable(),
  purchaseCount: z.number().int(),
  spentCents: z.number().int(),
  marketingEmail: z.boolean(),
  marketingSms: z.boolean(),
  personalisation: z.boolean(),
});
export type ClientBookRow = z.infer<typeof clientBookRowSchema>;
export const clientBookResultSchema = z.object({
  /** null: every store (admins only). */
  store: storeRef.nullable(),
  q: z.string().nullable(),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  rows: z.array(clientBookRowSchema),
});
export type ClientBookResult = z.infer<typeof clientBookResultSchema>;

export const mergeResultSchema = z.object({
  survivorId: z.string(),
  duplicateId: z.string(),
  moved: z.object({
    sales: z.number().int(),
    orders: z.number().int(),
    holds: z.number().int(),
    notes: z.number().int(),
    consentRecords: z.number().int(),
    lostSales: z.number().int(),
    flowRuns: z.number().int(),
  }),
  filled: z.array(z.string()),
});
export type MergeCustomersResult = z.infer<typeof mergeResultSchema>;

export const eraseResultSchema = z.object({
  customerId: z.string(),
  /** The customer and every record merged into them. */
  erasedIds: z.array(z.string()),
  erasedAt: z.string(),
  removed: z.object({ notes: z.number().int(), emails: z.number().int(), orderAddresses: z.number().int(), redactedLogEntries: z.number().int() }),
});
export type EraseCustomerResult = z.infer<typeof eraseResultSchema>;

const anyRow = z.record(z.string(), z.unknown());
export const customerExportSchema = z.object({
  format: z.literal("floorwalker.customer-export.v1"),
  exportedAt: z.string(),
  customerId: z.string(),
  customers: z.array(anyRow),
  notes: z.array(anyRow),
  consents: z.array(anyRow),
  sales: z.array(anyRow),
  orders: z.array(anyRow),
  holds: z.array(anyRow),
  lostSales: z.array(anyRow),
  auditEntries: z.array(anyRow),
});
export type CustomerExport = z.infer<typeof customerExportSchema>;
