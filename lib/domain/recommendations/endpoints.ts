import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import {
  customerSuggestionsParams,
  customerSuggestionsQuery,
  rescueSuggestionsQuery,
  styleSuggestionsParams,
  styleSuggestionsQuery,
} from "./schemas";
import type { CustomerSuggestions, RescueSuggestions, StyleSuggestions } from "./types";

const REASON_CODES = [
  "other_colour", "bought_together", "same_customers", "same_last", "same_occasion", "same_fit", "similar",
  "favourite_colour", "favourite_brand", "popular_here",
] as const;

export const suggestionSchema = z.object({
  styleId: z.number().int(),
  code: z.string(),
  name: z.string(),
  brand: z.string(),
  category: z.string(),
  priceCents: z.number().int(),
  colour: z.string(),
  colourHex: z.string(),
  size: z.string().nullable(),
  variantId: z.number().int().nullable(),
  sizeBasis: z.enum(["asked", "matched", "profile", "any"]),
  availableHere: z.number().int(),
  bestSource: z
    .object({ storeId: z.number().int(), storeCode: z.string(), storeName: z.string(), promiseDate: z.string(), distanceKm: z.number() })
    .nullable(),
  reason: z.object({ code: z.enum(REASON_CODES), text: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }),
  kind: z.enum(["alternative", "goes_with", "for_customer", "rescue"]),
});

export const styleSuggestionsSchema = z.object({
  styleId: z.number().int(),
  storeId: z.number().int(),
  size: z.string().nullable(),
  personalised: z.boolean(),
  alternatives: z.array(suggestionSchema),
  goesWith: z.array(suggestionSchema),
});

export const customerSuggestionsSchema = z.object({
  customerId: z.string(),
  storeId: z.number().int(),
  personalisation: z.enum(["granted", "refused", "not_asked"]),
  personalised: z.boolean(),
  suggestions: z.array(suggestionSchema),
});

export const rescueSuggestionsSchema = z.object({
  styleId: z.number().int(),
  colour: z.string(),
  size: z.string(),
  storeId: z.number().int(),
  suggestions: z.array(suggestionSchema),
});

// The documented shapes must stay the DTOs the code returns: these fail to compile if the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _dtoChecks: [
  Same<z.infer<typeof styleSuggestionsSchema>, StyleSuggestions>,
  Same<z.infer<typeof customerSuggestionsSchema>, CustomerSuggestions>,
  Same<z.infer<typeof rescueSuggestionsSchema>, RescueSuggestions>,
] = [true, true, true];

const RULES =
  "Every suggestion is available in its size: availableHere > 0 units at `store` (bestSource null), or orderable from another store that ships, " +
  "bestSource giving the earliest promise date (YYYY-MM-DD) to the store's area. Nothing out of stock is ever listed. size is null (sizeBasis any) " +
  "when no size is known; availableHere then counts every size of the colour. reason.text is an English sentence the associate can say; " +
  "reason.code and reason.params let a client translate it. `store` defaults to the caller's working store (integration tokens must pass it). " +
  "Calls through the API record no usage events; the tablet records suggestion_shown / opened / taken itself.";

export const styleSuggestionsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/suggestions/style/{styleId}",
  tag: "Suggestions",
  summary: "Alternatives (other colours, similar styles) and goes-with (bought together) for the style on screen, in the size asked.",
  description:
    `${RULES} colour is the colour on screen (its other colours come first among alternatives); size the size asked for, which also picks ` +
    "matching socks and belts. customerId adds the customer's stored sizes and favourite colours and leaves out what they bought or declined, " +
    "unless they refused personalisation (then it is ignored and personalised is false).",
  permission: "suggestion:read",
  params: styleSuggestionsParams,
  query: styleSuggestionsQuery,
  response: styleSuggestionsSchema,
});

export const customerSuggestionsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/suggestions/customer/{customerId}",
  tag: "Suggestions",
  summary: "Suggestions for a customer: from their history, sizes and preferences unless they refused personalisation.",
  description:
    `${RULES} personalisation is the consent state (the latest personalisation record; never asked counts as not refused). When refused, ` +
    "nothing of the customer's is used: suggestions are item-based from styleId (the style in hand, with size) or the store's bestsellers.",
  permission: "suggestion:read",
  params: customerSuggestionsParams,
  query: customerSuggestionsQuery,
  response: customerSuggestionsSchema,
});

export const rescueSuggestionsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/suggestions/rescue",
  tag: "Suggestions",
  summary: "When a colour and size are nowhere: the nearest alternatives available in that size here or orderable with a promise date.",
  description: `${RULES} The same style in its other colours comes first, then the most similar styles.`,
  permission: "suggestion:read",
  query: rescueSuggestionsQuery,
  response: rescueSuggestionsSchema,
});
