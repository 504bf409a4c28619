import { generateStores } from "./generate-stores";
import { ADMIN_EMAIL, demoApiToken, generateStoreUsers, managerEmail } from "./generate-users";
import { DEMO_SEED } from "./params";

/**
 * Sign-ins of the demo chain. Everyone shares one secret per role, so anyone trying the demo can sign in
 * as anyone: PIN 1234 for associates (staff numbers 1000 + 10 x store position + n: MAD01 1001-1003,
 * MAD02 1011-1013, BCN01 1021-1023 ...), a password for managers (manager.<store code>@...) and the admin.
 */
export const DEMO_PIN = "1234";
export const DEMO_MANAGER_PASSWORD = "manager-demo-1";
export const DEMO_ADMIN_PASSWORD = "admin-demo-1";

export type DemoCredentials = {
  storeCode: string;
  associates: { staffNumber: string; name: string; pin: string }[];
  manager: { email: string; name: string; password: string };
  admin: { email: string; password: string };
  /** Integration API token (Bearer). Only its SHA-256 hash is stored. */
  apiToken: string;
};

/** The first store's (MAD01) sign-ins, the admin's and the integration token for a seed. */
export function demoCredentials(seed: number = DEMO_SEED, associatesPerStore = 3): DemoCredentials {
  const [home] = generateStores(seed, 1);
  if (!home) throw new Error("no stores");
  const users = generateStoreUsers(seed, home, 0, associatesPerStore);
  const manager = users.find((u) => u.role === "manager");
  return {
    storeCode: home.code,
    associates: users.filter((u) => u.role === "associate").map((u) => ({ staffNumber: u.staffNumber ?? "", name: u.name, pin: DEMO_PIN })),
    manager: { email: managerEmail(home.code), name: manager?.name ?? "", password: DEMO_MANAGER_PASSWORD },
    admin: { email: ADMIN_EMAIL, password: DEMO_ADMIN_PASSWORD },
    apiToken: demoApiToken(seed),
  };
}

/** The demo install's sign-ins (seed DEMO_SEED). */
export const DEMO_CREDENTIALS: DemoCredentials = demoCredentials();
