import { apiRoute } from "@/lib/api/route";
import { recordConsentEndpoint } from "@/lib/domain/consent/endpoints";
import { recordConsent } from "@/lib/domain/consent/record-consent";

export const POST = apiRoute(recordConsentEndpoint, async ({ actor, db, params, body }) => recordConsent(db, actor, { ...body, customerId: params.customerId! }));
