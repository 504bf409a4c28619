"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SignInProblem } from "./sign-in-problem";
import { signInWith, type SignInOutcome } from "@/lib/auth/client-sign-in";

/** Managers and admins: email and password. */
export function PasswordSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useTranslations("auth");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SignInOutcome | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const result = await signInWith("password", { email, password });
    setBusy(false);
    setOutcome(result);
    if (result.ok) onSignedIn();
    else setPassword("");
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      <Field label={t("email")} name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      <Field
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <SignInProblem outcome={outcome} invalid="invalidPassword" />
      <Button type="submit" disabled={busy || !email || !password}>
        {busy ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
