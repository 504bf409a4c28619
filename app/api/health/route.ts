import { sql } from "drizzle-orm";
import { getDbHandle } from "@/lib/db/client";

/** For load balancers: the app is up and its database answers. */
export async function GET() {
  try {
    const { db, driver } = await getDbHandle();
    await db.execute(sql`select 1`);
    return Response.json({ ok: true, driver });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
