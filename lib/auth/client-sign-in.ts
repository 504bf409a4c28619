/** Browser-side sign-in against next-auth's credentials callback, keeping our 429 answer readable. */
export type SignInOutcome = { ok: true } | { ok: false; reason: "invalid" | "throttled" | "network"; retryAfter?: number };

export async function signInWith(provider: "staff" | "password", fields: Record<string, string>): Promise<SignInOutcome> {
  try {
    const csrf = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
    const res = await fetch(`/api/auth/callback/${provider}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-auth-return-redirect": "1" },
      body: new URLSearchParams({ ...fields, csrfToken: csrf.csrfToken, json: "true", callbackUrl: window.location.href }),
    });
    if (res.status === 429) return { ok: false, reason: "throttled", retryAfter: Number(res.headers.get("retry-after") ?? "60") };
    const data = (await res.json().catch(() => ({}))) as { url?: string };
    const failed = !res.ok || !data.url || new URL(data.url, window.location.origin).searchParams.has("error");
    return failed ? { ok: false, reason: "invalid" } : { ok: true };
  } catch {
    return { ok: false, reason: "network" };
  }
}

export async function signOutNow(): Promise<void> {
  const csrf = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: csrf.csrfToken, json: "true", callbackUrl: "/login" }),
  });
}
