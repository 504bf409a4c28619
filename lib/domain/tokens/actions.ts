"use server";

import { eq, sql } from "drizzle-orm";
import { action } from "@/lib/api/action";
import { hashToken, newToken } from "@/lib/auth/password";
import { apiTokens } from "@/lib/db/schema";
import { errors } from "@/lib/errors";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { createTokenSchema, tokenIdSchema } from "./schemas";

/** The plaintext token is returned once and never stored. */
export const createIntegrationToken = action("token:manage", createTokenSchema, async ({ name, storeId }, { actor, db }) => {
  const token = newToken("fw");
  const [row] = await db
    .insert(apiTokens)
    .values({ name, prefix: token.slice(0, 8), tokenHash: hashToken(token), storeId: storeId ?? null, createdBy: actor.kind === "user" ? actor.userId : null })
    .returning({ id: apiTokens.id });
  await writeAudit(db, actor, { action: "create", entity: "api_token", entityId: row!.id, screen: "manage" });
  return { id: row!.id, token };
});

export const revokeIntegrationToken = action("token:manage", tokenIdSchema, async ({ tokenId }, { actor, db }) => {
  const [row] = await db.update(apiTokens).set({ revokedAt: sql`now()` }).where(eq(apiTokens.id, tokenId)).returning({ id: apiTokens.id });
  if (!row) throw errors.notFound("That token");
  await writeAudit(db, actor, { action: "revoke", entity: "api_token", entityId: tokenId, screen: "manage" });
  return { id: tokenId };
});
