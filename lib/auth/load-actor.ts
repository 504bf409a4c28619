import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { apiTokens, devices, users } from "@/lib/db/schema";
import type { Actor } from "./actor";
import { hashToken } from "./password";

/**
 * Turns a session's claims into an actor, checking the database every time: a JWT cannot be revoked,
 * so a disabled user, a changed role (version bump) or a removed tablet ends the session here.
 */
export async function loadUserActor(db: Db, claims: { uid: string; sv: number; did: string | null }): Promise<Actor | null> {
  const [row] = await db
    .select({
      id: users.id,
      role: users.role,
      name: users.name,
      storeId: users.homeStoreId,
      sessionVersion: users.sessionVersion,
      disabledAt: users.disabledAt,
      deviceStoreId: devices.storeId,
      deviceDisabledAt: devices.disabledAt,
    })
    .from(users)
    .leftJoin(devices, claims.did ? eq(devices.id, claims.did) : sql`false`)
    .where(eq(users.id, claims.uid))
    .limit(1);
  if (!row || row.disabledAt || row.sessionVersion !== claims.sv) return null;
  const deviceOk = Boolean(claims.did && row.deviceStoreId != null && !row.deviceDisabledAt);
  // An associate exists only on a registered tablet: a removed tablet ends their session.
  if (row.role === "associate" && !deviceOk) return null;
  return {
    kind: "user",
    userId: row.id,
    role: row.role,
    name: row.name,
    storeId: row.storeId,
    deviceId: deviceOk ? claims.did : null,
    deviceStoreId: deviceOk ? row.deviceStoreId : null,
  };
}

/** How stale "last used" may get: writing it on every request made every call with one token queue on one row. */
const LAST_USED_RESOLUTION_MS = 60_000;

export async function loadTokenActor(db: Db, token: string): Promise<Actor | null> {
  const [row] = await db
    .select({ id: apiTokens.id, name: apiTokens.name, storeId: apiTokens.storeId, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.id, row.id));
  }
  return { kind: "token", tokenId: row.id, role: "integration", name: row.name, storeId: row.storeId, deviceId: null, deviceStoreId: null };
}
