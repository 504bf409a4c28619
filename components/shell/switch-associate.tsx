"use client";

import { useRef } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { StaffSignIn } from "@/components/auth/staff-sign-in";

/**
 * Switching keeps the screen the customer is looking at: the session changes under it
 * and the page re-renders for the new associate, with no navigation.
 */
export function SwitchAssociate({ associates }: { associates: { staffNumber: string; name: string }[] }) {
  const t = useTranslations("shell");
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  return (
    <>
      <Button variant="secondary" onClick={() => dialog.current?.showModal()}>
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
          <StaffSignIn
            associates={associates}
            switching
            onSignedIn={() => {
              dialog.current?.close();
              router.refresh();
            }}
          />
        </div>
      </dialog>
    </>
  );
}
