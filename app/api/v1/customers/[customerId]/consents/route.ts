import { apiRoute } from "@/lib/api/route";
import { withOptionalIdempotency } from "@/lib/api/optional-idempotency";
import { recordConsentEndpoint } from "@/lib/domain/consent/endpoints";
import { recordConsent } from "@/lib/domain/consent/record-consent";

export const POST = apiRoute(recordConsentEndpoint, async ({ actor, db, params, body, req }) => {
  const input = { ...body, customerId: params.customerId! };
  return withOptionalIdempotency(req, db, actor, { scope: "POST /customers/consents", body: input }, (d) => recordConsent(d, actor, input));
});
