"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("shell");
  const tOutbox = useTranslations("outbox");
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="ghost"
      disabled={busy}
      onClick={async () => {
        // Unsent work stays on the tablet for this associate's next sign-in; say so before leaving.
        const [{ readAssociate, setAssociate }, { unsentCount }] = await Promise.all([import("@/lib/offline/outbox/associate"), import("@/lib/offline/outbox/store")]);
        const waiting = await unsentCount(readAssociate()?.userId ?? null);
        if (waiting > 0 && !window.confirm(tOutbox("signOutWarning", { count: waiting }))) return;
        setBusy(true);
        // Loaded on the tap: signing out is rare next to every screen that carries this button.
        const { signOutNow } = await import("@/lib/auth/client-sign-in");
        await signOutNow();
        setAssociate(null);
        // A full reload on purpose: nothing of this person's screens or caches survives on a shared tablet.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/login");
      }}
    >
      {t("signOut")}
    </Button>
  );
}
