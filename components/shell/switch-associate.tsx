"use client";

import { useRef, useState } from "react";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";

// The PIN pad and sign-in client load when the dialog first opens, not with every floor screen
// (the service worker precaches the chunk, so it opens offline too).
const StaffSignIn = dynamic(() => import("@/components/auth/staff-sign-in").then((m) => m.StaffSignIn));

/**
 * Switching keeps the screen the customer is looking at: the session changes under it
 * and the page re-renders for the new associate, with no navigation.
 */
export function SwitchAssociate({ associates }: { associates: { staffNumber: string; name: string }[] }) {
  const t = useTranslations("shell");
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          setOpened(true);
          dialog.current?.showModal();
        }}
      >
        {t("switchAssociate")}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="switch-title"
        className="m-auto w-[min(60rem,96vw)] rounded-3xl p-0 shadow-2xl backdrop:bg-slate-900/50"
      >
        <div className="flex flex-col gap-4 p-6">
          <div className="flex items-center justify-between">
            <h2 id="switch-title" className="text-2xl font-bold">
              {t("switchAssociate")}
            </h2>
            <Button variant="ghost" onClick={() => dialog.current?.close()}>
              {t("cancel")}
            </Button>
          </div>
          {opened ? (
            <StaffSignIn
              associates={associates}
              switching
              onSignedIn={() => {
                dialog.current?.close();
                router.refresh();
              }}
            />
          ) : null}
        </div>
      </dialog>
    </>
  );
}
