"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "use-intl";
import { findCustomersAction } from "@/lib/domain/customers/actions";
import { Field } from "@/components/ui/field";

/** One field: a phone or email finds exactly across the chain; a name searches this store's client book. */
export function CustomerFinder() {
  const t = useTranslations("customers");
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const id = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(id);
  }, [text]);
  const { data, isFetching } = useQuery({
    queryKey: ["customers", q],
    enabled: q.length >= 2,
    queryFn: async () => {
      const res = await findCustomersAction({ q });
      if (!res.ok) throw new Error(res.error.fields?.q ?? res.error.message);
      return res.data;
    },
  });
  return (
    <div className="flex flex-col gap-3">
      <Field label={t("findLabel")} hint={t("findHint")} type="search" value={text} maxLength={100} onChange={(e) => setText(e.target.value)} autoComplete="off" />
      {q.length >= 2 && data ? (
        data.hits.length === 0 ? (
          <p role="status" className="text-base text-slate-700">
            {data.match === "incomplete" ? t("keepTyping") : t("noMatch")}
          </p>
        ) : (
          <ul className="flex flex-col gap-2" aria-label={t("results")}>
            {data.hits.map((h) => (
              <li key={h.id}>
                <Link href={`/customers/${h.id}`} className="flex min-h-14 flex-wrap items-center gap-3 rounded-xl bg-white px-4 py-2 ring-1 ring-slate-200 hover:ring-brand-700">
                  <span className="text-lg font-semibold">
                    {h.firstName} {h.lastName}
                  </span>
                  <span className="text-slate-700">{[h.phoneMasked, h.emailMasked].filter(Boolean).join(" · ")}</span>
                  {h.homeStoreCode ? <span className="ml-auto text-sm text-slate-600">{h.homeStoreCode}</span> : null}
                </Link>
              </li>
            ))}
          </ul>
        )
      ) : isFetching ? (
        <p role="status">{t("searching")}</p>
      ) : null}
    </div>
  );
}
