import { apiRoute } from "@/lib/api/route";
import { customerProfileEndpoint, updateCustomerEndpoint } from "@/lib/domain/customers/endpoints";
import { getCustomerProfile } from "@/lib/domain/customers/get-customer-profile";
import { updateCustomer } from "@/lib/domain/customers/update-customer";

export const GET = apiRoute(customerProfileEndpoint, async ({ actor, db, params }) => getCustomerProfile(db, actor, params.customerId!, { screen: "api" }));

export const PATCH = apiRoute(updateCustomerEndpoint, async ({ actor, db, params, body }) => updateCustomer(db, actor, params.customerId!, body));
