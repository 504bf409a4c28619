"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SignInProblem } from "./sign-in-problem";
import { signInWith, type SignInOutcome } from "@/lib/auth/client-sign-in";
import { PinPad } from "./pin-pad";

type Associate = { staffNumber: string; name: string };

/** Tap your name, enter your PIN. Used by the sign-in screen and by "Switch associate". */
export function StaffSignIn({ associates, switching, onSignedIn }: { associates: Associate[]; switching?: boolean; onSignedIn: () => void }) {
  const t = useTranslations("auth");
  const [staffNumber, setStaffNumber] = useState("");
  const [pin, setPin] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SignInOutcome | null>(null);
  const chosen = associates.find((a) => a.staffNumber === staffNumber);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!staffNumber || !pin) return;
    setBusy(true);
    const result = await signInWith("staff", { staffNumber, pin, switching: switching ? "1" : "0" });
    setBusy(false);
    setOutcome(result);
    if (result.ok) onSignedIn();
    else setPin("");
  }

  return (
    <form onSubmit={submit} className="grid gap-6 md:grid-cols-[1fr_20rem]">
      <div className="flex flex-col gap-5">
      {associates.length > 0 ? (
        <fieldset>
          <legend className="mb-2 text-base font-semibold text-slate-800">{t("whoAreYou")}</legend>
          <div className="grid grid-cols-2 gap-3">
            {associates.map((a) => (
              <button
                key={a.staffNumber}
                type="button"
                aria-pressed={staffNumber === a.staffNumber}
                onClick={() => {
                  setStaffNumber(a.staffNumber);
                  setOutcome(null);
                }}
                className={`min-h-16 rounded-2xl border px-4 py-2 text-left ${staffNumber === a.staffNumber ? "border-brand-700 bg-brand-50 ring-2 ring-brand-700" : "border-slate-300 bg-white hover:bg-slate-100"}`}
              >
                <span className="block text-lg font-semibold">{a.name}</span>
                <span className="block text-sm text-slate-600">{t("staffNumberShort", { number: a.staffNumber })}</span>
              </button>
            ))}
          </div>
        </fieldset>
      ) : null}
      <Field
        label={t("staffNumber")}
        name="staffNumber"
        inputMode="numeric"
        autoComplete="username"
        value={staffNumber}
        onChange={(e) => setStaffNumber(e.target.value.trim())}
        hint={chosen ? t("signingInAs", { name: chosen.name }) : undefined}
      />
      <Field
        label={t("pin")}
        name="pin"
        type="password"
        inputMode="numeric"
        autoComplete="current-password"
        value={pin}
        onChange={(e) => setPin(e.target.value.replace(/\D/g, ""))}
      />
      </div>
      <div className="flex flex-col gap-4">
      <PinPad value={pin} onChange={setPin} disabled={busy} />
      <SignInProblem outcome={outcome} invalid="invalidPin" />
      <Button type="submit" disabled={busy || !staffNumber || pin.length < 4}>
        {busy ? t("signingIn") : switching ? t("switchTo") : t("signIn")}
      </Button>
      </div>
    </form>
  );
}
