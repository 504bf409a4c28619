import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { customerIdParams } from "@/lib/domain/customers/schemas";
import { consentDecisionBodySchema, consentStateSchema, consentTextSchema, consentTextsQuerySchema, publishConsentTextResultSchema, publishConsentTextSchema } from "./schemas";

export const recordConsentEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/customers/{customerId}/consents",
  tag: "Consent",
  summary: "Record a consent decision (granted or withdrawn) for one purpose; returns the customer's consent state.",
  description:
    "Purposes: marketing_email, marketing_sms, personalisation (anything else is a 422). A grant names the textId the customer was shown; " +
    "a withdrawal may omit it. Records are append-only and keep the text version and hash, time, store, tablet and associate. " +
    "An optional Idempotency-Key header makes a resend after a lost answer return the first answer instead of recording twice.",
  permission: "consent:record",
  params: customerIdParams,
  body: consentDecisionBodySchema,
  response: consentStateSchema,
});

export const consentTextsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/consent-texts",
  tag: "Consent",
  summary: "The current wording per purpose in a locale (falling back to English), to show before asking.",
  permission: "consent:record",
  query: consentTextsQuerySchema,
  response: z.object({ texts: z.array(consentTextSchema) }),
});

export const publishConsentTextEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/consent-texts",
  tag: "Consent",
  summary: "Publish new wording for a purpose and locale as the next version (old versions are never edited). Admins only.",
  permission: "consent:texts:manage",
  body: publishConsentTextSchema,
  response: publishConsentTextResultSchema,
});
