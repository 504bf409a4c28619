import { apiRoute } from "@/lib/api/route";
import { mergeCustomersEndpoint } from "@/lib/domain/customers/endpoints";
import { mergeCustomers } from "@/lib/domain/customers/merge-customers";

export const POST = apiRoute(mergeCustomersEndpoint, async ({ actor, db, body }) => mergeCustomers(db, actor, body));
