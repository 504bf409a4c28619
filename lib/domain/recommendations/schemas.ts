import { z } from "zod";
import { storeParam } from "@/lib/domain/catalog/schemas";

const blankAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const id = (what: string) => z.number({ error: `${what} is a number.` }).int().positive(`${what} is a positive number.`);
const sizeText = z.string().trim().min(1, "Choose a size.").max(20, "A size has at most 20 characters.");
const colourText = z.string({ error: "Choose a colour." }).trim().min(1, "Choose a colour.").max(60);
const customerId = z.uuid("That customer id is not valid.");
export const SUGGESTION_LIMIT_MAX = 20;
const limit = z.number().int().min(1).max(SUGGESTION_LIMIT_MAX).default(6);
const queryLimit = z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(SUGGESTION_LIMIT_MAX).optional());

/** suggestForStyle(): the style on screen, the colour and size in hand, the customer if known. */
export const styleSuggestionsInput = z.object({
  styleId: id("The style id"),
  storeId: id("The store id"),
  colour: colourText.optional(),
  size: sizeText.optional(),
  customerId: customerId.optional(),
  limit,
});

/** suggestForCustomer(): the customer, and the style the flow is on (with the size they asked for), if any. */
export const customerSuggestionsInput = z.object({
  customerId,
  storeId: id("The store id"),
  contextStyleId: id("The style id").optional(),
  size: sizeText.optional(),
  limit,
});

/** rescueSuggestions(): the colour and size the customer wanted and no store has. */
export const rescueSuggestionsInput = z.object({
  styleId: id("The style id"),
  colour: colourText,
  size: sizeText,
  storeId: id("The store id"),
  limit,
});

// ---- API (query strings) --------------------------------------------------------------------------------------

export const styleSuggestionsParams = z.object({ styleId: z.coerce.number().int().positive("A style id is a positive number.") });
export const customerSuggestionsParams = z.object({ customerId });

/** GET /api/v1/suggestions/style/{styleId} */
export const styleSuggestionsQuery = z.object({
  store: storeParam,
  colour: z.preprocess(blankAsUndefined, colourText.optional()),
  size: z.preprocess(blankAsUndefined, sizeText.optional()),
  customerId: z.preprocess(blankAsUndefined, customerId.optional()),
  limit: queryLimit,
});

/** GET /api/v1/suggestions/customer/{customerId} */
export const customerSuggestionsQuery = z.object({
  store: storeParam,
  styleId: z.preprocess(blankAsUndefined, z.coerce.number().int().positive("A style id is a positive number.").optional()),
  size: z.preprocess(blankAsUndefined, sizeText.optional()),
  limit: queryLimit,
});

/** GET /api/v1/suggestions/rescue */
export const rescueSuggestionsQuery = z.object({
  styleId: z.coerce.number({ error: "Give the style id." }).int().positive("A style id is a positive number."),
  colour: colourText,
  size: sizeText,
  store: storeParam,
  limit: queryLimit,
});

// ---- Server actions -------------------------------------------------------------------------------------------

/** Where the tablet showed the list: the screen itself, or the conversation guide during a flow. */
const shownIn = { inGuide: z.boolean().optional() };
export const showStyleSuggestionsSchema = styleSuggestionsInput.omit({ storeId: true }).extend(shownIn);
export const showCustomerSuggestionsSchema = customerSuggestionsInput.omit({ storeId: true }).extend(shownIn);
export const showRescueSuggestionsSchema = rescueSuggestionsInput.omit({ storeId: true });

const kind = z.enum(["alternative", "goes_with", "for_customer", "rescue"]);

/** The associate opened a suggestion (tapped it to see the style). */
export const suggestionOpenedSchema = z.object({
  styleId: id("The style id"),
  kind,
  fromStyleId: id("The style id").optional(),
  customerId: customerId.optional(),
});

/** A suggestion became a sale, an order or a hold. */
export const suggestionTakenSchema = suggestionOpenedSchema.extend({
  outcome: z.enum(["sale", "order", "hold"]),
  variantId: id("The variant id").optional(),
  orderId: z.uuid().optional(),
});
