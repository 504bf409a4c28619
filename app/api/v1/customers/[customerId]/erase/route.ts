import { apiRoute } from "@/lib/api/route";
import { eraseCustomerEndpoint } from "@/lib/domain/customers/endpoints";
import { eraseCustomer } from "@/lib/domain/customers/erase-customer";

export const POST = apiRoute(eraseCustomerEndpoint, async ({ actor, db, params }) => eraseCustomer(db, actor, params.customerId!));
