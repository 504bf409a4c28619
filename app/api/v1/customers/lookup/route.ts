import { apiRoute } from "@/lib/api/route";
import { lookupCustomerEndpoint } from "@/lib/domain/customers/endpoints";
import { findCustomerByContact } from "@/lib/domain/customers/find-or-create-customer";

export const GET = apiRoute(lookupCustomerEndpoint, async ({ db, query }) => {
  const found = await findCustomerByContact(db, query);
  return { customer: found ? { id: found.id, firstName: found.firstName, lastName: found.lastName, homeStoreId: found.homeStoreId } : null };
});
