"use server";

import { action } from "@/lib/api/action";
import { recordUsageBy } from "@/lib/domain/usage/record-usage";
import { findCustomerByContact } from "./find-or-create-customer";
import { publishConsentText } from "@/lib/domain/consent/publish-consent-text";
import { recordConsent } from "@/lib/domain/consent/record-consent";
import { publishConsentTextSchema, recordConsentSchema } from "@/lib/domain/consent/schemas";
import { addNote } from "./add-note";
import { captureCustomer } from "./capture-customer";
import { eraseCustomer } from "./erase-customer";
import { exportCustomer } from "./export-customer";
import { findCustomers } from "./find-customers";
import { mergeCustomers } from "./merge-customers";
import { updateCustomer } from "./update-customer";
import {
  addNoteSchema,
  captureCustomerSchema,
  contactSchema,
  customerIdSchema,
  eraseCustomerSchema,
  findCustomersSchema,
  mergeCustomersSchema,
  updateCustomerSchema,
  type CustomerMatch,
} from "./schemas";

/** "Is this customer already known?" while capturing one inline: exact phone or email, chain-wide. */
export const findCustomerByContactAction = action("customer:find", contactSchema, async (contact, { actor, db }): Promise<CustomerMatch | null> => {
  const found = await findCustomerByContact(db, contact);
  if (found) await recordUsageBy(db, actor, "customer_found", { customerId: found.id, by: contact.phone ? "phone" : "email" });
  return found ? { id: found.id, firstName: found.firstName, lastName: found.lastName, homeStoreId: found.homeStoreId } : null;
});

// --- Know the customer (issue 5). Thin: the wrapper checks session, permission and input; the domain does the rest
// (including store scope, which it takes from the actor: the tablet's store, else the person's home store). ---

/** The search box, as you type. */
export const findCustomersAction = action("customer:find", findCustomersSchema, async (input, { actor, db }) => findCustomers(db, actor, input));

/** Quick capture; with confirmNotDuplicate false, likely duplicates come back first (status "duplicates"). */
export const captureCustomerAction = action("customer:create", captureCustomerSchema, async (input, { actor, db }) => captureCustomer(db, actor, input));

export const updateCustomerAction = action("customer:update", updateCustomerSchema, async ({ customerId, ...fields }, { actor, db }) =>
  updateCustomer(db, actor, customerId, fields),
);

export const addNoteAction = action("customer:update", addNoteSchema, async (input, { actor, db }) => addNote(db, actor, input));

export const recordConsentAction = action("consent:record", recordConsentSchema, async (input, { actor, db }) => recordConsent(db, actor, input));

export const mergeCustomersAction = action("customer:merge", mergeCustomersSchema, async (input, { actor, db }) => mergeCustomers(db, actor, input));

export const exportCustomerAction = action("customer:export", customerIdSchema, async ({ customerId }, { actor, db }) => exportCustomer(db, actor, customerId));

export const eraseCustomerAction = action("customer:erase", eraseCustomerSchema, async ({ customerId }, { actor, db }) => eraseCustomer(db, actor, customerId));

export const publishConsentTextAction = action("consent:texts:manage", publishConsentTextSchema, async (input, { actor, db }) => publishConsentText(db, actor, input));

