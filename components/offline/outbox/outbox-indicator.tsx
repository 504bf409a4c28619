"use client";

import { useEffect, useLayoutEffect, useRef } from "react";
import { useTranslations } from "use-intl";
import { setAssociate } from "@/lib/offline/outbox/associate";
import { refreshConsentTexts } from "@/lib/offline/outbox/consent-texts-cache";
import { useOutbox, useOutboxSync } from "@/lib/offline/outbox/use-outbox";
import { Button } from "@/components/ui/button";
import { OutboxList } from "./outbox-list";

type Props = { userId: string; name: string; storeId: number | null };

/**
 * In the top bar of every signed-in screen: remembers on the tablet who is signed in (for the offline page),
 * keeps the consent wording for offline capture, drains the outbox, and shows "3 waiting to send" when it is not empty.
 */
export function OutboxIndicator({ userId, name, storeId }: Props) {
  const t = useTranslations("outbox");
  const dialog = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => setAssociate({ userId, name, storeId }), [userId, name, storeId]);
  useEffect(() => void refreshConsentTexts(), [userId]);
  useOutboxSync(userId);
  const { mine, counts } = useOutbox(userId);
  return (
    <>
      {counts.mine > 0 ? (
        <Button variant="secondary" className={counts.attention ? "border-red-700 text-red-900" : ""} onClick={() => dialog.current?.showModal()} data-testid="outbox-count">
          {t("waiting", { count: counts.mine })}
          {counts.attention ? ` · ${t("needsYou", { count: counts.attention })}` : ""}
        </Button>
      ) : null}
      <dialog ref={dialog} aria-labelledby="outbox-title" className="m-auto w-[min(48rem,96vw)] rounded-3xl p-0 shadow-2xl backdrop:bg-slate-900/50">
        <div className="flex flex-col gap-4 p-6">
          <div className="flex items-center justify-between">
            <h2 id="outbox-title" className="text-2xl font-bold">
              {t("title")}
            </h2>
            <Button variant="ghost" onClick={() => dialog.current?.close()}>
              {t("close")}
            </Button>
          </div>
          <OutboxList userId={userId} views={mine} counts={counts} />
        </div>
      </dialog>
    </>
  );
}
