import type { Role } from "@/lib/db/schema/people";
import { FEMALE_NAMES, MALE_NAMES, SURNAMES } from "./data/names";
import type { StoreSeed } from "./generate-stores";
import { rngFor } from "./prng";

/** Which demo secret a user signs in with; the loader hashes each secret once. */
export type SecretKind = "associate_pin" | "manager_password" | "admin_password";

export type UserRow = {
  id: string;
  role: Role;
  name: string;
  email: string | null;
  staffNumber: string | null;
  homeStoreId: number | null;
  secret: SecretKind;
};

export const DEMO_EMAIL_DOMAIN = "demo.floorwalker.test";
export const ADMIN_EMAIL = `admin@${DEMO_EMAIL_DOMAIN}`;

/**
 * Staff numbers: 1000 + 10 x (store position) + n, n = 1..associatesPerStore. So the first store (MAD01)
 * has 1001, 1002, 1003; the second 1011, 1012, 1013; the 24th 1231...; up to 9 associates a store.
 */
export function staffNumber(storeIndex: number, n: number): string {
  return String(1000 + storeIndex * 10 + n);
}

export function managerEmail(storeCode: string): string {
  return `manager.${storeCode.toLowerCase()}@${DEMO_EMAIL_DOMAIN}`;
}

function personName(seed: number, key: string, index: number): string {
  const rng = rngFor(seed, "staff-name", key, index);
  const first = rng.chance(0.55) ? rng.pick(FEMALE_NAMES) : rng.pick(MALE_NAMES);
  return `${first} ${rng.pick(SURNAMES)}`;
}

/** One store's associates then its manager; ids come from the seed so reruns match. */
export function generateStoreUsers(seed: number, store: StoreSeed, storeIndex: number, associates: number): UserRow[] {
  if (associates > 9) throw new Error("the staff-number scheme allows at most 9 associates a store");
  const rows: UserRow[] = [];
  for (let n = 1; n <= associates; n++) {
    rows.push({
      id: rngFor(seed, "user", store.code, n).uuid(),
      role: "associate",
      name: personName(seed, store.code, n),
      email: null,
      staffNumber: staffNumber(storeIndex, n),
      homeStoreId: store.id,
      secret: "associate_pin",
    });
  }
  rows.push({
    id: rngFor(seed, "user", store.code, "manager").uuid(),
    role: "manager",
    name: personName(seed, store.code, 0),
    email: managerEmail(store.code),
    staffNumber: null,
    homeStoreId: store.id,
    secret: "manager_password",
  });
  return rows;
}

export function generateUsers(seed: number, stores: readonly StoreSeed[], associates: number): UserRow[] {
  const admin: UserRow = {
    id: rngFor(seed, "user", "admin").uuid(),
    role: "admin",
    name: "Head Office Admin",
    email: ADMIN_EMAIL,
    staffNumber: null,
    homeStoreId: null,
    secret: "admin_password",
  };
  return [admin, ...stores.flatMap((s, i) => generateStoreUsers(seed, s, i, associates))];
}

/** The demo integration token: derived from the seed, so the same install prints the same token. */
export function demoApiToken(seed: number): string {
  return `fw_demo_${rngFor(seed, "api-token").hex(24)}`;
}
