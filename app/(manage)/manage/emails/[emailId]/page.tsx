import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { requirePageActor } from "@/lib/auth/session";
import { readEmail } from "@/lib/domain/email/read-email";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";

export default async function EmailPage({ params }: { params: Promise<{ emailId: string }> }) {
  const actor = await requirePageActor("email:read");
  const id = z.uuid().safeParse((await params).emailId);
  if (!id.success) notFound();
  const email = await readEmail(await getDb(), actor, id.data).catch((e: unknown) => {
    if (isAppError(e) && e.status === 404) notFound();
    throw e;
  });
  const t = await getT();
  return (
    <article className="flex flex-col gap-3 rounded-2xl bg-white p-6 ring-1 ring-slate-200">
      <h1 className="text-2xl font-bold">{email.subject}</h1>
      <p className="text-slate-700">
        {t("emails.to")}: {email.to} · {email.status}
      </p>
      <pre className="whitespace-pre-wrap rounded-xl bg-slate-50 p-4 font-sans text-base">{email.bodyText}</pre>
    </article>
  );
}
