import { z } from "zod";
import { CONSENT_CHANNELS, CONSENT_DECISIONS, CONSENT_PURPOSES } from "./rules";

export const UNKNOWN_PURPOSE_MESSAGE = "Unknown consent purpose: use marketing_email, marketing_sms or personalisation.";

export const consentPurposeSchema = z.enum(CONSENT_PURPOSES, { error: UNKNOWN_PURPOSE_MESSAGE });
export const consentDecisionSchema = z.enum(CONSENT_DECISIONS, { error: "Say whether the customer agrees (granted) or withdraws." });
export const consentChannelSchema = z.enum(CONSENT_CHANNELS, { error: "Channel is assisted (the associate asked) or self (the customer ticked it)." });
const textId = z.number({ error: "Which consent text did the customer see?" }).int().positive("Which consent text did the customer see?");
const locale = z
  .string()
  .trim()
  .regex(/^[a-z]{2}(-[A-Z]{2})?$/, "A locale looks like en or es-ES.")
  .default("en");

/**
 * A consent decision. Granting names the text the customer saw; a withdrawal may omit it (it then refers to the
 * text of the grant it withdraws), so withdrawing is never harder than agreeing.
 */
export const consentDecisionBodySchema = z
  .object({
    purpose: consentPurposeSchema,
    decision: consentDecisionSchema,
    textId: textId.optional(),
    channel: consentChannelSchema.default("assisted"),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "granted" && v.textId === undefined) ctx.addIssue({ code: "custom", path: ["textId"], message: "Show the consent text and send its id." });
  });
export const recordConsentSchema = z.object({ customerId: z.uuid("That is not a customer id.") }).and(consentDecisionBodySchema);
export type RecordConsentInput = z.input<typeof recordConsentSchema>;

export const consentTextsQuerySchema = z.object({ locale });

export const publishConsentTextSchema = z.object({
  purpose: consentPurposeSchema,
  locale,
  body: z
    .string()
    .trim()
    .min(20, "A consent text says what the customer agrees to, in at least 20 characters.")
    .max(5000, "Keep the consent text under 5,000 characters."),
});
export type PublishConsentTextInput = z.input<typeof publishConsentTextSchema>;

export const consentTextSchema = z.object({
  id: z.number().int(),
  purpose: consentPurposeSchema,
  version: z.number().int(),
  locale: z.string(),
  body: z.string(),
  textHash: z.string(),
  createdAt: z.string(),
});
export type ConsentTextDto = z.infer<typeof consentTextSchema>;

export const consentStatusSchema = z.object({
  purpose: consentPurposeSchema,
  granted: z.boolean(),
  decision: consentDecisionSchema.nullable(),
  textId: z.number().int().nullable(),
  textVersion: z.number().int().nullable(),
  channel: consentChannelSchema.nullable(),
  at: z.string().nullable(),
});
export const consentStateSchema = z.array(consentStatusSchema);

export const publishConsentTextResultSchema = z.object({ created: z.boolean(), text: consentTextSchema });
export type PublishConsentTextResult = z.infer<typeof publishConsentTextResultSchema>;
