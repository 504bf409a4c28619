"use client";

import { useTranslations } from "use-intl";
import { Alert } from "@/components/ui/alert";
import type { SignInOutcome } from "@/lib/auth/client-sign-in";

/** Why a sign-in did not work, in the same words whichever way the person signs in. */
export function SignInProblem({ outcome, invalid }: { outcome: SignInOutcome | null; invalid: "invalidPin" | "invalidPassword" }) {
  const t = useTranslations("auth");
  if (!outcome || outcome.ok) return null;
  const message =
    outcome.reason === "throttled"
      ? t("throttled", { minutes: Math.max(1, Math.ceil((outcome.retryAfter ?? 60) / 60)) })
      : outcome.reason === "network"
        ? t("networkError")
        : t(invalid);
  return <Alert>{message}</Alert>;
}
