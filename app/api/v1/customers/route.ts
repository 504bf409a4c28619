import { apiRoute } from "@/lib/api/route";
import { captureCustomer } from "@/lib/domain/customers/capture-customer";
import { captureCustomerEndpoint, findCustomersEndpoint } from "@/lib/domain/customers/endpoints";
import { findCustomers } from "@/lib/domain/customers/find-customers";

export const GET = apiRoute(findCustomersEndpoint, async ({ actor, db, query }) => findCustomers(db, actor, query));

export const POST = apiRoute(captureCustomerEndpoint, async ({ actor, db, body }) => captureCustomer(db, actor, body));
