import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { requirePageActor } from "@/lib/auth/session";
import { listClientBook } from "@/lib/domain/customers/list-client-book";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatPrice } from "@/lib/i18n/format";
import { Field } from "@/components/ui/field";
import { MergeForm } from "@/components/customers/merge-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("clientBook.title") };
}

const query = z.object({ q: z.string().trim().max(100).optional().catch(undefined), page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });

/** The store's client book (managers: their store; admins: the chain), with CSV export and merging duplicates. */
export default async function ClientBookPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("customer:list", "/manage/customers");
  const { q, page } = query.parse(await searchParams);
  const t = await getT();
  const locale = await getLocale();
  const book = await listClientBook(await getDb(), actor, { q: q || undefined, page, pageSize: 50 });
  const csv = `/api/v1/client-book?${new URLSearchParams({ format: "csv", ...(q ? { q } : {}), ...(book.store ? { store: String(book.store.id) } : {}) })}`;
  const pages = Math.max(1, Math.ceil(book.total / book.pageSize));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-bold">{book.store ? t("clientBook.titleStore", { store: book.store.name }) : t("clientBook.title")}</h1>
        <a href={csv} className="ml-auto inline-flex min-h-12 items-center rounded-xl px-4 font-semibold text-brand-800 underline">
          {t("clientBook.csv")}
        </a>
      </div>
      <form method="get" className="flex items-end gap-3">
        <Field label={t("clientBook.search")} name="q" defaultValue={q ?? ""} />
        <button type="submit" className="min-h-12 rounded-xl bg-brand-700 px-5 font-semibold text-white">
          {t("clientBook.apply")}
        </button>
      </form>
      <p>{t("clientBook.count", { total: book.total })}</p>
      <div className="overflow-x-auto rounded-2xl bg-white ring-1 ring-slate-200">
        <table className="w-full text-left">
          <thead>
            <tr className="text-sm text-slate-700">
              <th className="p-3">{t("clientBook.name")}</th>
              <th>{t("clientBook.contact")}</th>
              <th>{t("clientBook.purchases")}</th>
              <th>{t("clientBook.lastVisit")}</th>
              <th>{t("clientBook.consent")}</th>
            </tr>
          </thead>
          <tbody>
            {book.rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-100">
                <td className="p-3">
                  <Link href={`/customers/${r.id}`} className="font-semibold text-brand-800 underline">
                    {r.firstName} {r.lastName}
                  </Link>
                  <span className="block font-mono text-xs text-slate-600">{r.id}</span>
                </td>
                <td>{[r.phoneMasked, r.emailMasked].filter(Boolean).join(" · ")}</td>
                <td>
                  {r.purchaseCount} · {formatPrice(r.spentCents, locale)}
                </td>
                <td>{r.lastVisit?.slice(0, 10) ?? "—"}</td>
                <td>{[r.marketingEmail ? t("clientBook.email") : null, r.marketingSms ? t("clientBook.sms") : null, r.personalisation ? t("clientBook.personal") : null].filter(Boolean).join(", ") || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t("clientBook.pages")} className="flex gap-3">
        {page > 1 ? <Link className="inline-flex min-h-12 items-center rounded-xl px-4 ring-1 ring-slate-300" href={`?${new URLSearchParams({ ...(q ? { q } : {}), page: String(page - 1) })}`}>{t("clientBook.previous")}</Link> : null}
        <span className="inline-flex min-h-12 items-center">{t("clientBook.pageOf", { page, pages })}</span>
        {page < pages ? <Link className="inline-flex min-h-12 items-center rounded-xl px-4 ring-1 ring-slate-300" href={`?${new URLSearchParams({ ...(q ? { q } : {}), page: String(page + 1) })}`}>{t("clientBook.next")}</Link> : null}
      </nav>
      <MergeForm candidates={book.rows.map((r) => ({ id: r.id, label: [`${r.firstName} ${r.lastName}`.trim(), r.phoneMasked, r.emailMasked, r.homeStoreCode].filter(Boolean).join(" · ") }))} />
    </div>
  );
}
