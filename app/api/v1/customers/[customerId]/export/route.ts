import { apiRoute } from "@/lib/api/route";
import { exportCustomerEndpoint } from "@/lib/domain/customers/endpoints";
import { exportCustomer } from "@/lib/domain/customers/export-customer";

export const GET = apiRoute(exportCustomerEndpoint, async ({ actor, db, params }) => {
  const doc = await exportCustomer(db, actor, params.customerId!);
  return Response.json(doc, { headers: { "content-disposition": `attachment; filename="customer-${doc.customerId}.json"`, "cache-control": "no-store" } });
});
