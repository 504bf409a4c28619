import { apiRoute } from "@/lib/api/route";
import { currentConsentTexts } from "@/lib/domain/consent/current-consent-texts";
import { consentTextsEndpoint, publishConsentTextEndpoint } from "@/lib/domain/consent/endpoints";
import { publishConsentText } from "@/lib/domain/consent/publish-consent-text";

export const GET = apiRoute(consentTextsEndpoint, async ({ db, query }) => ({ texts: await currentConsentTexts(db, query.locale) }));

export const POST = apiRoute(publishConsentTextEndpoint, async ({ actor, db, body }) => publishConsentText(db, actor, body));
