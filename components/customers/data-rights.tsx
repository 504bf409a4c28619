"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { eraseCustomerAction, exportCustomerAction } from "@/lib/domain/customers/actions";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

/** Data-subject requests (admins): everything as JSON, or erasure. Both are audited on the server. */
export function DataRights({ customerId }: { customerId: string }) {
  const t = useTranslations("customers");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="rights" className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="rights" className="text-xl font-semibold">
        {t("rightsTitle")}
      </h2>
      <Button
        variant="secondary"
        onClick={async () => {
          const res = await exportCustomerAction({ customerId });
          if (!res.ok) return setError(res.error.message);
          const url = URL.createObjectURL(new Blob([JSON.stringify(res.data, null, 2)], { type: "application/json" }));
          const a = Object.assign(document.createElement("a"), { href: url, download: `customer-${customerId}.json` });
          a.click();
          URL.revokeObjectURL(url);
        }}
      >
        {t("export")}
      </Button>
      <Button
        variant="danger"
        onClick={async () => {
          if (!window.confirm(t("confirmErase"))) return;
          const res = await eraseCustomerAction({ customerId, confirm: true });
          if (res.ok) router.push("/customers");
          else setError(res.error.message);
        }}
      >
        {t("erase")}
      </Button>
      {error ? <Alert>{error}</Alert> : null}
    </section>
  );
}
