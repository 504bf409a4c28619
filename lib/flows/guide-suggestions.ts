import type { Suggestion } from "@/lib/domain/recommendations/types";

/** Two or three things to say, not ten: the guide sits in a narrow column beside the tool. */
export const GUIDE_SUGGESTIONS = 3;

/** What the guide asks for: "for this customer" when the visit has one, else the style in hand, else nothing. */
export type GuideSuggestionRequest =
  | { kind: "customer"; customerId: string; contextStyleId?: number; size?: string }
  | { kind: "style"; styleId: number; size?: string }
  | { kind: "none" };

/** The style screen's id from the address (`/styles/123?colour=…`), if the associate is on one. */
export function styleInHand(pathname: string | null): number | undefined {
  const m = /^\/styles\/(\d{1,9})(?:\/|$)/.exec(pathname ?? "");
  const id = m ? Number(m[1]) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

export function guideSuggestionRequest(run: { customerId: string | null; answers: { size?: string } }, pathname: string | null): GuideSuggestionRequest {
  const styleId = styleInHand(pathname);
  const size = run.answers.size?.trim() || undefined;
  if (run.customerId) return { kind: "customer", customerId: run.customerId, ...(styleId ? { contextStyleId: styleId } : {}), ...(size ? { size } : {}) };
  if (styleId) return { kind: "style", styleId, ...(size ? { size } : {}) };
  return { kind: "none" };
}

/** Without a customer: the closest alternatives first, then one thing that goes with it, no style twice. */
export function pickForGuide(alternatives: readonly Suggestion[], goesWith: readonly Suggestion[], limit = GUIDE_SUGGESTIONS): Suggestion[] {
  const picked: Suggestion[] = [];
  const seen = new Set<number>();
  const take = (s: Suggestion | undefined) => {
    if (!s || seen.has(s.styleId) || picked.length >= limit) return;
    seen.add(s.styleId);
    picked.push(s);
  };
  alternatives.slice(0, limit - 1).forEach(take);
  goesWith.forEach(take);
  alternatives.forEach(take);
  return picked;
}
