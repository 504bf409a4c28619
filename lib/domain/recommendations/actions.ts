"use server";

import { action } from "@/lib/api/action";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { resolveOriginStore } from "@/lib/domain/stock/origin-store";
import { recordUsageBy } from "@/lib/domain/usage/record-usage";
import { markResponded, markShown } from "./record-impressions";
import { rescueSuggestions } from "./rescue-suggestions";
import {
  showCustomerSuggestionsSchema,
  showRescueSuggestionsSchema,
  showStyleSuggestionsSchema,
  suggestionOpenedSchema,
  suggestionTakenSchema,
} from "./schemas";
import { suggestForCustomer } from "./suggest-for-customer";
import { suggestForStyle } from "./suggest-for-style";
import type { Suggestion } from "./types";

/**
 * The tablet's way to suggestions: each serves the list for the tablet's store and records "suggestion_shown" with
 * what was shown (the API serves the same lists without recording, since integrations show nothing to anyone).
 */
async function shown(db: Db, actor: Actor, surface: "style" | "customer" | "rescue" | "guide", list: Suggestion[], extra: { fromStyleId?: number; customerId?: string; personalised?: boolean }) {
  if (list.length === 0) return;
  await recordUsageBy(db, actor, "suggestion_shown", { surface, ...extra, shown: list.map((s) => [s.styleId, s.kind, s.reason.code]) });
  // Declined-tracking is about the customer, so it is kept only when they allow personalisation.
  if (extra.customerId && extra.personalised) await markShown(db, extra.customerId, list.map((s) => s.styleId), new Date());
}

export const showStyleSuggestions = action("suggestion:read", showStyleSuggestionsSchema, async ({ inGuide, ...input }, { actor, db }) => {
  const result = await suggestForStyle(db, { ...input, storeId: resolveOriginStore(actor, undefined) });
  await shown(db, actor, inGuide ? "guide" : "style", [...result.alternatives, ...result.goesWith], { fromStyleId: input.styleId, customerId: input.customerId, personalised: result.personalised });
  return result;
});

export const showCustomerSuggestions = action("suggestion:read", showCustomerSuggestionsSchema, async ({ inGuide, ...input }, { actor, db }) => {
  const result = await suggestForCustomer(db, { ...input, storeId: resolveOriginStore(actor, undefined) });
  await shown(db, actor, inGuide ? "guide" : "customer", result.suggestions, { fromStyleId: input.contextStyleId, customerId: input.customerId, personalised: result.personalised });
  return result;
});

export const showRescueSuggestions = action("suggestion:read", showRescueSuggestionsSchema, async (input, { actor, db }) => {
  const result = await rescueSuggestions(db, { ...input, storeId: resolveOriginStore(actor, undefined) });
  await shown(db, actor, "rescue", result.suggestions, { fromStyleId: input.styleId });
  return result;
});

/** The associate tapped a suggestion to look at it. */
export const recordSuggestionOpened = action("suggestion:read", suggestionOpenedSchema, async (input, { actor, db }) => {
  await recordUsageBy(db, actor, "suggestion_opened", input);
  if (input.customerId) await markResponded(db, input.customerId, input.styleId, "opened", new Date());
  return { ok: true as const };
});

/** A suggestion became a sale, an order or a hold: the numerator of the acceptance rate. */
export const recordSuggestionTaken = action("suggestion:read", suggestionTakenSchema, async (input, { actor, db }) => {
  await recordUsageBy(db, actor, "suggestion_taken", input);
  if (input.customerId) await markResponded(db, input.customerId, input.styleId, "taken", new Date());
  return { ok: true as const };
});
