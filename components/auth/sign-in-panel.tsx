"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { StaffSignIn } from "./staff-sign-in";
import { PasswordSignIn } from "./password-sign-in";

type Props = { device: { storeName: string; name: string } | null; associates: { staffNumber: string; name: string }[]; next: string };

export function SignInPanel({ device, associates, next }: Props) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [mode, setMode] = useState<"pin" | "password">(device ? "pin" : "password");
  const done = () => {
    router.replace(next);
    router.refresh();
  };
  return (
    <div className="flex flex-col gap-6">
      {device ? (
        <p className="text-base text-slate-700">{t("tabletOf", { store: device.storeName, device: device.name })}</p>
      ) : (
        <p className="rounded-xl bg-amber-50 px-4 py-3 text-base text-amber-950 ring-1 ring-amber-300">{t("tabletNotRegistered")}</p>
      )}
      {mode === "pin" && device ? <StaffSignIn associates={associates} onSignedIn={done} /> : <PasswordSignIn onSignedIn={done} />}
      {device ? (
        <Button variant="ghost" onClick={() => setMode(mode === "pin" ? "password" : "pin")}>
          {mode === "pin" ? t("useEmail") : t("usePin")}
        </Button>
      ) : null}
    </div>
  );
}
