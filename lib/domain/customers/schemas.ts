import { z } from "zod";
import { normaliseEmail, normalisePhone } from "./normalise-contact";
import { consentChannelSchema, consentPurposeSchema } from "@/lib/domain/consent/schemas";
import { cleanNoteBody } from "./rules";
import { customerPreferencesSchema, customerSizesSchema, optionalField, trimmed } from "./profile-fields";

export { customerPreferencesSchema, customerSizesSchema } from "./profile-fields";

// Forms send "" for an untouched field; treat it as absent.
const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max).optional());

const PHONE_MESSAGE = "Enter a phone number like 612 345 678 (or +44 … for a foreign one).";
const EMAIL_MESSAGE = "Enter an email address like lucia@example.com.";

/** Contact details for finding a customer: a phone or an email, each in any usual spelling. */
export const contactSchema = z
  .object({ phone: optionalText(40), email: optionalText(254) })
  .superRefine((c, ctx) => {
    if (!c.phone && !c.email) ctx.addIssue({ code: "custom", path: ["phone"], message: "Give a phone number or an email address." });
    if (c.phone && !normalisePhone(c.phone)) ctx.addIssue({ code: "custom", path: ["phone"], message: PHONE_MESSAGE });
    if (c.email && !normaliseEmail(c.email)) ctx.addIssue({ code: "custom", path: ["email"], message: EMAIL_MESSAGE });
  });

/** A customer captured inline while ordering: a first name and a way to reach them. */
export const newCustomerSchema = z
  .object({
    firstName: z.string().trim().min(1, "Enter the customer's first name.").max(80),
    lastName: optionalText(120),
    phone: optionalText(40),
    email: optionalText(254),
  })
  .superRefine((c, ctx) => {
    if (!c.phone && !c.email) ctx.addIssue({ code: "custom", path: ["phone"], message: "Give a phone number or an email address." });
    if (c.phone && !normalisePhone(c.phone)) ctx.addIssue({ code: "custom", path: ["phone"], message: PHONE_MESSAGE });
    if (c.email && !normaliseEmail(c.email)) ctx.addIssue({ code: "custom", path: ["email"], message: EMAIL_MESSAGE });
  });

/** Every order names its customer: an existing one by id, or one captured inline (found or created by contact). */
export const customerRefSchema = z.union([z.object({ id: z.uuid("That customer id is not valid.") }).strict(), newCustomerSchema]);

export type ContactInput = z.infer<typeof contactSchema>;
export type NewCustomerInput = z.infer<typeof newCustomerSchema>;
export type CustomerRef = z.infer<typeof customerRefSchema>;

export const customerMatchSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  homeStoreId: z.number().int().nullable(),
});
/** What a contact lookup shows: who it is, not their details (the associate already has those). */
export type CustomerMatch = z.infer<typeof customerMatchSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Know the customer (issue 5): find, quick capture, profile, notes, client book, merge, data-subject rights.
// Shared by the server actions, the API and the tablet forms.
// ---------------------------------------------------------------------------------------------------------------

export const CAPTURE_PHONE_MESSAGE = "Enter a mobile number like 612 345 678 or +34 612 345 678";
export const CAPTURE_EMAIL_MESSAGE = "That email address is not valid";
export const CONTACT_REQUIRED_MESSAGE = "Enter a mobile number or an email address.";
export const NOTE_MAX_CHARS = 2000;

// Forms send "" for an untouched field: optional fields read it as absent, patch fields as "clear it".
// (transform rather than preprocess keeps the input type a string, which the tablet's forms rely on.)
const clearableField = (max: number, what: string) =>
  trimmed(max, what)
    .nullable()
    .optional()
    .transform((v) => (v === "" ? null : v));
const customerId = z.uuid("That is not a customer id.");
const optionalStoreId = z.coerce.number().int().positive("A store id is a positive number.").optional();

function isRealDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 1990-05-17.")
  .refine(isRealDay, "That date does not exist.");
const birthday = isoDay.refine((s) => s >= "1900-01-01" && s <= new Date().toISOString().slice(0, 10), "A birthday is between 1900 and today.");

const firstName = z
  .string({ error: "Enter the customer's first name." })
  .trim()
  .min(1, "Enter the customer's first name.")
  .max(80, "Keep the first name under 80 characters.");



export const importantDatesSchema = z
  .array(z.object({ label: trimmed(60, "the label").min(1, "Say what the date is, e.g. Anniversary."), date: isoDay }))
  .max(20, "Keep it to 20 dates.");

function checkContact(c: { phone?: string | null; email?: string | null }, ctx: z.RefinementCtx, required: boolean) {
  if (required && !c.phone && !c.email) ctx.addIssue({ code: "custom", path: ["phone"], message: CONTACT_REQUIRED_MESSAGE });
  if (c.phone && !normalisePhone(c.phone)) ctx.addIssue({ code: "custom", path: ["phone"], message: CAPTURE_PHONE_MESSAGE });
  if (c.email && !normaliseEmail(c.email)) ctx.addIssue({ code: "custom", path: ["email"], message: CAPTURE_EMAIL_MESSAGE });
}

/** One search box: a phone or email finds exactly (chain-wide), anything else matches names in the store's client book. */
export const findCustomersSchema = z.object({
  q: z.string({ error: "Type a phone number, an email or a name." }).trim().min(1, "Type a phone number, an email or a name.").max(100),
  /** Admins at a desk may name the store whose client book to search by name; everyone else searches their own. */
  storeId: optionalStoreId,
  limit: z.coerce.number().int().min(1).max(25).default(10),
});
export type FindCustomersInput = z.input<typeof findCustomersSchema>;

/**
 * Quick capture. `clientId` is generated on the tablet and becomes the customer's id, so an offline replay never
 * creates a second customer. With `confirmNotDuplicate: false` likely duplicates are returned instead of saving.
 */
export const captureCustomerSchema = z
  .object({
    clientId: z.uuid("clientId must be a UUID generated on the tablet."),
    firstName,
    lastName: optionalField(120, "the last name"),
    phone: optionalField(40, "the phone number"),
    email: optionalField(254, "the email address"),
    sizes: customerSizesSchema.optional(),
    preferences: customerPreferencesSchema.optional(),
    birthday: z
      .string()
      .optional()
      .transform((v) => v?.trim() || undefined)
      .pipe(birthday.optional()),
    importantDates: importantDatesSchema.optional(),
    /** Purposes the customer agreed to while being captured, each with the id of the text they were shown. */
    consents: z
      .array(z.object({ purpose: consentPurposeSchema, textId: z.number({ error: "Which consent text did the customer see?" }).int().positive() }))
      .max(3)
      .optional(),
    consentChannel: consentChannelSchema.default("assisted"),
    confirmNotDuplicate: z.boolean().default(false),
    /** Only for an admin at a desk; everyone else captures into their working store. */
    storeId: z.number().int().positive("A store id is a positive number.").optional(),
  })
  .superRefine((c, ctx) => checkContact(c, ctx, true));
export type CaptureCustomerInput = z.input<typeof captureCustomerSchema>;

const updateShape = {
  firstName: firstName.optional(),
  lastName: trimmed(120, "the last name").optional(),
  /** null or "" removes it; at least one of phone and email must remain. */
  phone: clearableField(40, "the phone number"),
  email: clearableField(254, "the email address"),
  /** Only the sizes named change; null or "" clears one. */
  sizes: z
    .object({
      shoe: clearableField(12, "a size"),
      tops: clearableField(12, "a size"),
      bottoms: clearableField(12, "a size"),
    })
    .optional(),
  /** Each list named replaces the stored one. */
  preferences: customerPreferencesSchema.optional(),
  importantDates: importantDatesSchema.optional(),
  birthday: z
    .string()
    .nullable()
    .optional()
    .transform((v) => (v === undefined ? undefined : v?.trim() || null))
    .pipe(birthday.nullable().optional()),
};
function checkUpdate(v: Record<string, unknown> & { phone?: string | null; email?: string | null }, ctx: z.RefinementCtx) {
  checkContact(v, ctx, false);
  if (!Object.keys(updateShape).some((k) => v[k] !== undefined)) ctx.addIssue({ code: "custom", path: ["_"], message: "Nothing to change." });
}
export const updateCustomerBodySchema = z.object(updateShape).superRefine(checkUpdate);
export const updateCustomerSchema = z.object({ customerId, ...updateShape }).superRefine(checkUpdate);
export type UpdateCustomerFields = z.input<typeof updateCustomerBodySchema>;
export type UpdateCustomerInput = z.input<typeof updateCustomerSchema>;

const noteBody = z
  .string({ error: "Write the note." })
  .transform(cleanNoteBody)
  .pipe(z.string().min(1, "Write the note.").max(NOTE_MAX_CHARS, "Keep the note under 2,000 characters."));
export const addNoteBodySchema = z.object({ body: noteBody });
export const addNoteSchema = z.object({ customerId, body: noteBody });
export type AddNoteInput = z.input<typeof addNoteSchema>;

export const profileOptionsSchema = z.object({
  /** Which screen asked, for the audit log: "profile", "order", "api" ... */
  screen: z
    .string()
    .trim()
    .regex(/^[a-z0-9_:/-]{1,60}$/i, "A screen name is 1-60 letters, digits, _ : / or -.")
    .default("profile"),
});
export type ProfileOptions = z.input<typeof profileOptionsSchema>;

export const customerIdParams = z.object({ customerId });
export const customerIdSchema = z.object({ customerId });

export const clientBookSchema = z.object({
  storeId: optionalStoreId,
  q: optionalField(100, "the search"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ClientBookInput = z.input<typeof clientBookSchema>;
export const clientBookQuerySchema = z.object({
  store: optionalStoreId,
  q: optionalField(100, "the search"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  format: z.enum(["json", "csv"]).default("json"),
});

export const mergeCustomersSchema = z
  .object({ survivorId: customerId, duplicateId: customerId })
  .refine((v) => v.survivorId !== v.duplicateId, { path: ["duplicateId"], message: "Choose two different customers." });
export type MergeCustomersInput = z.input<typeof mergeCustomersSchema>;

export const eraseCustomerBodySchema = z.object({ confirm: z.literal(true, "Confirm the erasure: it cannot be undone.") });
export const eraseCustomerSchema = z.object({ customerId, confirm: z.literal(true, "Confirm the erasure: it cannot be undone.") });

// --- DTOs: what crosses to the tablet and the API ---

// What the customer capability returns (DTOs) lives beside: one import path for both.
export * from "./dto-schemas";
