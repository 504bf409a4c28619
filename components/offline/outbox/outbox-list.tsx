"use client";

import { useSyncExternalStore } from "react";
import { useTranslations } from "use-intl";
import { drainOutbox } from "@/lib/offline/outbox/drain";
import { makeDue } from "@/lib/offline/outbox/store";
import { useSendingIds, type EntryView } from "@/lib/offline/outbox/use-outbox";
import type { waitingCounts } from "@/lib/offline/outbox/queue-rules";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { OutboxEntry } from "./outbox-entry";

function subscribeOnline(cb: () => void) {
  window.addEventListener("online", cb);
  window.addEventListener("offline", cb);
  return () => {
    window.removeEventListener("online", cb);
    window.removeEventListener("offline", cb);
  };
}

type Props = { userId: string; views: EntryView[]; counts: ReturnType<typeof waitingCounts> };

/** The associate's outbox: what waits, what needs them, what was sent (with the order number). */
export function OutboxList({ userId, views, counts }: Props) {
  const t = useTranslations("outbox");
  const sending = useSendingIds();
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  const unsent = new Set(views.filter((v) => v.record.status !== "sent").map((v) => v.record.id));
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-lg font-semibold" data-testid="outbox-waiting">
          {t("waiting", { count: counts.mine })}
        </p>
        <Button
          className="ml-auto"
          disabled={!online || counts.mine === 0 || sending.size > 0}
          onClick={async () => {
            await makeDue(userId);
            await drainOutbox({ userId, force: true });
          }}
        >
          {sending.size > 0 ? t("sending") : t("sendNow")}
        </Button>
      </div>
      {!online && counts.mine > 0 ? <Alert tone="info">{t("offlineHint")}</Alert> : null}
      {counts.others > 0 ? <p className="text-slate-700">{t("othersWaiting", { count: counts.others })}</p> : null}
      {views.length === 0 ? <p className="text-slate-700">{t("empty")}</p> : null}
      <ul className="flex flex-col gap-3">
        {views.map((v) => (
          <OutboxEntry key={v.record.id} view={v} sending={sending.has(v.record.id)} waitingForCustomer={!!v.record.dependsOn && unsent.has(v.record.dependsOn)} />
        ))}
      </ul>
    </div>
  );
}
