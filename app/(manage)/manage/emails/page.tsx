import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { requirePageActor } from "@/lib/auth/session";
import { listEmails } from "@/lib/domain/email/list-emails";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("emails.title") };
}

/** Emails the app has sent or queued; without SMTP they are written as .eml files and read here. */
export default async function EmailsPage() {
  const actor = await requirePageActor("email:read", "/manage/emails");
  const t = await getT();
  const emails = await listEmails(await getDb(), actor, { limit: 100 });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("emails.title")}</h1>
      {emails.length === 0 ? <p>{t("emails.empty")}</p> : null}
      <table className="w-full rounded-2xl bg-white text-left ring-1 ring-slate-200">
        <thead>
          <tr className="text-sm text-slate-700">
            <th className="p-3">{t("emails.to")}</th>
            <th>{t("emails.subject")}</th>
            <th>{t("emails.status")}</th>
            <th>{t("emails.created")}</th>
          </tr>
        </thead>
        <tbody>
          {emails.map((e) => (
            <tr key={e.id} className="border-t border-slate-100">
              <td className="p-3">{e.to}</td>
              <td>
                <Link href={`/manage/emails/${e.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
                  {e.subject}
                </Link>
              </td>
              <td>{e.status}</td>
              <td>{e.createdAt.slice(0, 16).replace("T", " ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
