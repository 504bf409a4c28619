"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { updateCustomerAction } from "@/lib/domain/customers/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

type Sizes = { shoe?: string; tops?: string; bottoms?: string };

/** Sizes remembered for next time: the stores grid and suggestions start from them. */
export function SizesEditor({ customerId, sizes }: { customerId: string; sizes: Sizes }) {
  const t = useTranslations("customers");
  const router = useRouter();
  const [draft, setDraft] = useState({ shoe: sizes.shoe ?? "", tops: sizes.tops ?? "", bottoms: sizes.bottoms ?? "" });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const dirty = draft.shoe !== (sizes.shoe ?? "") || draft.tops !== (sizes.tops ?? "") || draft.bottoms !== (sizes.bottoms ?? "");

  async function save(e: FormEvent) {
    e.preventDefault();
    const res = await updateCustomerAction({ customerId, sizes: { shoe: draft.shoe || null, tops: draft.tops || null, bottoms: draft.bottoms || null } });
    if (res.ok) {
      setFields({});
      setSaved(true);
      router.refresh();
    } else setFields(res.error.fields ?? { "sizes.shoe": res.error.message });
  }

  return (
    <form onSubmit={save} className="flex flex-wrap items-end gap-3">
      <Field className="w-28" label={t("shoeSize")} value={draft.shoe} maxLength={12} onChange={(e) => (setDraft({ ...draft, shoe: e.target.value }), setSaved(false))} error={fields["sizes.shoe"]} />
      <Field className="w-28" label={t("topsSize")} value={draft.tops} maxLength={12} onChange={(e) => (setDraft({ ...draft, tops: e.target.value }), setSaved(false))} error={fields["sizes.tops"]} />
      <Field className="w-28" label={t("bottomsSize")} value={draft.bottoms} maxLength={12} onChange={(e) => (setDraft({ ...draft, bottoms: e.target.value }), setSaved(false))} error={fields["sizes.bottoms"]} />
      <Button type="submit" variant="secondary" disabled={!dirty}>
        {t("saveSizes")}
      </Button>
      {saved ? <span role="status" className="text-emerald-800">{t("saved")}</span> : null}
    </form>
  );
}
