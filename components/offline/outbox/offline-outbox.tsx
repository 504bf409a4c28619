"use client";

import { useTranslations } from "use-intl";
import { useDeviceAssociate, useOutbox, useOutboxSync } from "@/lib/offline/outbox/use-outbox";
import type { PayloadOf } from "@/lib/offline/outbox/types";
import { Alert } from "@/components/ui/alert";
import { OfflineCaptureForm } from "./offline-capture-form";
import { OfflineOrderForm, type CapturedOffline } from "./offline-order-form";
import { OutboxList } from "./outbox-list";

/**
 * The offline page's working half: capture and order to home for the associate last signed in on this tablet,
 * and their outbox, which drains by itself when the network comes back.
 */
export function OfflineOutbox() {
  const t = useTranslations("outbox");
  const associate = useDeviceAssociate();
  const userId = associate?.userId ?? null;
  useOutboxSync(userId);
  const { mine, counts } = useOutbox(userId);
  if (!associate || !userId) return <Alert tone="info">{t("offline.noAssociate")}</Alert>;

  const captured: CapturedOffline[] = mine
    .filter((v) => v.record.kind === "customer" && v.record.status !== "sent" && v.payload)
    .map((v) => {
      const p = v.payload as PayloadOf["customer"];
      return { entryId: v.record.id, contact: { firstName: p.firstName, lastName: p.lastName, phone: p.phone, email: p.email } };
    });

  return (
    <div className="flex flex-col gap-6">
      <p className="text-lg font-semibold">{t("offline.signedInAs", { name: associate.name })}</p>
      <section aria-labelledby="offline-outbox-title" className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 id="offline-outbox-title" className="text-2xl font-semibold">
          {t("title")}
        </h2>
        <OutboxList userId={userId} views={mine} counts={counts} />
      </section>
      <OfflineCaptureForm userId={userId} />
      <OfflineOrderForm userId={userId} captured={captured} />
    </div>
  );
}
