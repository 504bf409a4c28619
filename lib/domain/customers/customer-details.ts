import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { stores } from "@/lib/db/schema";
import type { CustomerRow } from "./load-customer";
import type { CustomerDetails } from "./schemas";

/** The editable part of a profile, with full contact details: only ever returned to a caller who is audited for it. */
export async function toCustomerDetails(db: DbOrTx, row: CustomerRow): Promise<CustomerDetails> {
  const [home] = row.homeStoreId == null ? [] : await db.select({ id: stores.id, code: stores.code, name: stores.name }).from(stores).where(eq(stores.id, row.homeStoreId)).limit(1);
  const p = row.preferences ?? {};
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    phone: row.phoneE164,
    email: row.emailNorm,
    homeStore: home ?? null,
    birthday: row.birthday,
    sizes: {
      ...(row.sizes?.shoe ? { shoe: row.sizes.shoe } : {}),
      ...(row.sizes?.tops ? { tops: row.sizes.tops } : {}),
      ...(row.sizes?.bottoms ? { bottoms: row.sizes.bottoms } : {}),
    },
    preferences: { brands: p.brands ?? [], colours: p.colours ?? [], fit: p.fit ?? [], avoid: p.avoid ?? [] },
    importantDates: row.importantDates ?? [],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
