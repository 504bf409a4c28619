import { apiRoute } from "@/lib/api/route";
import { assertStoreAccess } from "@/lib/auth/scope";
import { storeStaffEndpoint } from "@/lib/domain/stores/endpoints";
import { listStaff } from "@/lib/domain/staff/queries";

export const GET = apiRoute(storeStaffEndpoint, async ({ actor, db, params }) => {
  const storeId = Number(params.storeId);
  assertStoreAccess(actor, storeId);
  const staff = await listStaff(db, storeId);
  return { staff: staff.map(({ id, name, role, staffNumber, disabled }) => ({ id, name, role, staffNumber, disabled })) };
});
