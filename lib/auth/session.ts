import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { authOptions } from "./options";
import type { Actor } from "./actor";
import { loadUserActor } from "./load-actor";
import { can, type Permission } from "./permissions";

/** The signed-in person for this request, checked against the database (once per request). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  const u = session?.user;
  if (!u?.id) return null;
  return loadUserActor(await getDb(), { uid: u.id, sv: u.sv, did: u.did });
});

/** For pages: no session goes to sign-in; a missing permission shows the forbidden page. */
export async function requirePageActor(permission?: Permission, next?: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  if (permission && !can(actor.role, permission)) forbidden();
  return actor;
}
