"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import type { PresetKey, Range } from "./period";

type Props = {
  typed: Range;
  presets: { key: PresetKey; range: Range }[];
  activePreset: PresetKey | null;
  /** "", "store:12" or "region:Madrid"; options only for those who may choose. */
  scopeValue: string;
  scopeOptions: { value: string; label: string }[] | null;
};

function href(pathname: string, range: Range, scope: string): string {
  const qs = new URLSearchParams({ from: range.from, to: range.to });
  const [kind, value] = [scope.slice(0, scope.indexOf(":")), scope.slice(scope.indexOf(":") + 1)];
  if (scope && (kind === "store" || kind === "region")) qs.set(kind, value);
  return `${pathname}?${qs}`;
}

/** The period (presets or from/to) and, for head office, the store, region or chain; all kept in the URL. */
export function PeriodFilters({ typed, presets, activePreset, scopeValue, scopeOptions }: Props) {
  const t = useTranslations("dashboards");
  const pathname = usePathname();
  const router = useRouter();
  const [from, setFrom] = useState(typed.from);
  const [to, setTo] = useState(typed.to);
  const [scope, setScope] = useState(scopeValue);
  const [error, setError] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!from || !to) return setError(t("datesRequired"));
    if (from > to) return setError(t("endBeforeStart"));
    setError(null);
    router.push(href(pathname, { from, to }, scope));
  }

  return (
    <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <nav aria-label={t("presets")} className="flex flex-wrap gap-2">
        {presets.map((p) => (
          <Link
            key={p.key}
            href={href(pathname, p.range, scopeValue)}
            aria-current={activePreset === p.key ? "true" : undefined}
            className={`inline-flex min-h-12 items-center rounded-xl px-4 font-semibold ring-1 ${activePreset === p.key ? "bg-brand-700 text-white ring-brand-700" : "text-slate-900 ring-slate-300 hover:bg-slate-100"}`}
          >
            {t(`preset.${p.key}`)}
          </Link>
        ))}
      </nav>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3" noValidate>
        <Field label={t("from")} type="date" name="from" value={from} onChange={(e) => setFrom(e.target.value)} error={error ?? undefined} />
        <Field label={t("to")} type="date" name="to" value={to} onChange={(e) => setTo(e.target.value)} />
        {scopeOptions ? <SelectField label={t("scope")} name="scope" value={scope} onChange={(e) => setScope(e.target.value)} options={scopeOptions} /> : null}
        <Button type="submit">{t("apply")}</Button>
      </form>
    </div>
  );
}
