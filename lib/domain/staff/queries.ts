import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { stores, users } from "@/lib/db/schema";

export type StaffCard = { staffNumber: string; name: string };

/** The associates a store's tablet offers on its sign-in and switch screens (names and staff numbers only). */
export async function listStoreAssociates(db: Db, storeId: number): Promise<StaffCard[]> {
  const rows = await db
    .select({ staffNumber: users.staffNumber, name: users.name })
    .from(users)
    .where(and(eq(users.homeStoreId, storeId), eq(users.role, "associate"), isNull(users.disabledAt)))
    .orderBy(asc(users.name));
  return rows.filter((r): r is StaffCard => r.staffNumber !== null);
}

export type StaffMember = {
  id: string;
  name: string;
  role: string;
  staffNumber: string | null;
  email: string | null;
  storeCode: string | null;
  disabled: boolean;
  lastSignInAt: string | null;
};

/** Staff of one store, or of every store when storeId is null (admins). */
export async function listStaff(db: Db, storeId: number | null): Promise<StaffMember[]> {
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      staffNumber: users.staffNumber,
      email: users.email,
      storeCode: stores.code,
      disabledAt: users.disabledAt,
      lastSignInAt: users.lastSignInAt,
    })
    .from(users)
    .leftJoin(stores, eq(stores.id, users.homeStoreId))
    .where(storeId == null ? undefined : eq(users.homeStoreId, storeId))
    .orderBy(asc(stores.code), asc(users.role), asc(users.name))
    .limit(2000);
  return rows.map(({ disabledAt, lastSignInAt, ...r }) => ({
    ...r,
    disabled: disabledAt !== null,
    lastSignInAt: lastSignInAt?.toISOString() ?? null,
  }));
}
