import "server-only";
import { getDb } from "@/lib/db/client";
import { errorResponse } from "@/lib/api/error-response";
import { errors } from "@/lib/errors";
import { DEVICE_COOKIE, parseCookie } from "./device";
import { throttleKeysFor } from "./sign-in";
import { throttleDelay } from "./throttle";

/** Returns a 429 response when this sign-in attempt is throttled, else null. */
export async function guardSignIn(req: Request): Promise<Response | null> {
  const provider = /\/api\/auth\/callback\/(staff|password)$/.exec(new URL(req.url).pathname)?.[1];
  if (!provider) return null;
  const form = new URLSearchParams(await req.clone().text());
  const keys = throttleKeysFor({
    provider,
    identifier: (provider === "staff" ? form.get("staffNumber") : form.get("email")) ?? "",
    ip: req.headers.get("x-forwarded-for") ?? req.headers.get("x-real-ip") ?? "local",
    deviceToken: parseCookie(req.headers.get("cookie"), DEVICE_COOKIE),
  });
  const wait = await throttleDelay(await getDb(), keys);
  if (wait <= 0) return null;
  const minutes = Math.max(1, Math.ceil(wait / 60));
  // The same words whether or not the account exists.
  return errorResponse(errors.rateLimited(wait, `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`));
}
