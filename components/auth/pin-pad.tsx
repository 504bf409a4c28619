"use client";

import { useTranslations } from "use-intl";

const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];

/** A big numeric keypad: thumbs on a noisy floor, not a tiny keyboard. */
export function PinPad({ value, onChange, disabled }: { value: string; onChange: (v: string) => void; disabled?: boolean }) {
  const t = useTranslations("auth");
  const press = (d: string) => value.length < 8 && onChange(value + d);
  const key = "flex h-16 items-center justify-center rounded-2xl bg-white text-2xl font-semibold text-slate-900 shadow-sm ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-50";
  return (
    <div className="grid grid-cols-3 gap-3" role="group" aria-label={t("pinPad")}>
      {KEYS.map((d) => (
        <button key={d} type="button" className={key} disabled={disabled} onClick={() => press(d)}>
          {d}
        </button>
      ))}
      <button type="button" className={key} disabled={disabled || !value} onClick={() => onChange("")} aria-label={t("clearPin")}>
        {t("clear")}
      </button>
      <button type="button" className={key} disabled={disabled} onClick={() => press("0")}>
        0
      </button>
      <button type="button" className={key} disabled={disabled || !value} onClick={() => onChange(value.slice(0, -1))} aria-label={t("deleteDigit")}>
        ⌫
      </button>
    </div>
  );
}
