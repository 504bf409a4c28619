import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import {
  addNoteBodySchema,
  addNoteResultSchema,
  captureCustomerSchema,
  captureResultSchema,
  clientBookQuerySchema,
  clientBookResultSchema,
  contactSchema,
  customerDetailsSchema,
  customerExportSchema,
  customerIdParams,
  customerMatchSchema,
  customerProfileSchema,
  eraseCustomerBodySchema,
  eraseResultSchema,
  findCustomersSchema,
  findResultSchema,
  mergeCustomersSchema,
  mergeResultSchema,
  noteSchema,
  updateCustomerBodySchema,
} from "./schemas";

export const lookupCustomerEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/customers/lookup",
  tag: "Customers",
  summary: "The customer with this exact phone or email, chain-wide (phone wins), or null.",
  permission: "customer:find",
  query: contactSchema,
  response: z.object({ customer: customerMatchSchema.nullable() }),
});

// --- Know the customer (issue 5) ---

export const findCustomersEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/customers",
  tag: "Customers",
  summary: "Find customers from one search string, as you type: exact phone or email chain-wide, else names in the store's client book.",
  description:
    "A phone (any usual spelling; Spain by default) or an email matches exactly across the chain. Anything else is matched as a name, " +
    "accent- and typo-tolerant, among the customers whose home store is the caller's working store (admins may pass storeId, or search " +
    "the chain). `match` says how q was read; `incomplete` means a phone or email still being typed. Contact details come back masked; " +
    "merged and erased customers never appear.",
  permission: "customer:find",
  query: findCustomersSchema,
  response: findResultSchema,
});

export const captureCustomerEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/customers",
  tag: "Customers",
  summary: "Quick capture: first name and a phone or email, optional sizes, preferences, birthday and consents.",
  description:
    "Always 200; `status` says what happened. `duplicates`: nothing saved, likely duplicates listed (same phone/email = certain; close name " +
    "+ partial contact = likely); show them, then send again with confirmNotDuplicate: true to save. `created`: saved with id = clientId. " +
    "`existing`: nothing new saved, because this clientId was already captured (`replay`, e.g. an offline resend) or a live customer " +
    "already has this phone or email (`same_contact`); that customer is returned. Invalid phone/email are a 422 naming the field.",
  permission: "customer:create",
  body: captureCustomerSchema,
  response: captureResultSchema,
  maxBodyBytes: 32_000,
});

export const customerProfileEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/customers/{customerId}",
  tag: "Customers",
  summary: "A customer's profile: contact, sizes, preferences, notes, consents, purchases across channels, open orders, holds, lost sales.",
  description: "Every call is written to the audit log (screen \"api\"). A merged id returns the surviving customer; an erased one is a 404.",
  permission: "customer:find",
  params: customerIdParams,
  response: customerProfileSchema,
});

export const updateCustomerEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/api/v1/customers/{customerId}",
  tag: "Customers",
  summary: "Change profile fields: names, phone/email (normalised; 409 if another customer has it), sizes (merged), preferences, dates.",
  permission: "customer:update",
  params: customerIdParams,
  body: updateCustomerBodySchema,
  response: customerDetailsSchema,
  maxBodyBytes: 32_000,
});

export const addNoteEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/customers/{customerId}/notes",
  tag: "Customers",
  summary: "Add a plain-text note (max 2,000 characters); returns the sizes and preferences it mentions, to accept in one tap.",
  description: "An optional Idempotency-Key header makes a resend after a lost answer return the first answer instead of adding the note twice.",
  permission: "customer:update",
  params: customerIdParams,
  body: addNoteBodySchema,
  response: addNoteResultSchema,
  maxBodyBytes: 32_000,
});

export const listNotesEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/customers/{customerId}/notes",
  tag: "Customers",
  summary: "A customer's notes, newest first (audited).",
  permission: "customer:find",
  params: customerIdParams,
  response: z.object({ notes: z.array(noteSchema) }),
});

export const exportCustomerEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/customers/{customerId}/export",
  tag: "Customers",
  summary: "Everything held about a customer as one JSON document (data-subject access request). Admins only; audited.",
  permission: "customer:export",
  params: customerIdParams,
  response: customerExportSchema,
});

export const eraseCustomerEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/customers/{customerId}/erase",
  tag: "Customers",
  summary: "Erase a customer's personal data everywhere (irreversible; sales and orders keep their amounts). Admins only; audited.",
  description: "The body must be { \"confirm\": true }.",
  permission: "customer:erase",
  params: customerIdParams,
  body: eraseCustomerBodySchema,
  response: eraseResultSchema,
});

export const mergeCustomersEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/customers/merge",
  tag: "Customers",
  summary: "Merge a duplicate into the customer to keep: history, notes, consents and lost sales move; missing fields are filled.",
  description: "Managers: the survivor must be in their store's client book, and the duplicate too unless it has the same phone or email.",
  permission: "customer:merge",
  body: mergeCustomersSchema,
  response: mergeResultSchema,
});

export const clientBookEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/client-book",
  tag: "Customers",
  summary: "A store's client book, a page at a time, with visit, spend and consent columns; format=csv for a spreadsheet.",
  description: "Managers see their own store only (another store is a 403); admins pass store, or omit it for the whole chain. Audited.",
  permission: "customer:list",
  query: clientBookQuerySchema,
  response: clientBookResultSchema,
});
