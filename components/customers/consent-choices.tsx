"use client";

import type { ConsentTextDto } from "@/lib/domain/consent/schemas";

/** Each purpose separately, off until the customer says yes, with the exact words they are agreeing to. */
export function ConsentChoices({ texts, chosen, onChange, large }: { texts: ConsentTextDto[]; chosen: Set<string>; onChange: (purpose: string, on: boolean) => void; large?: boolean }) {
  return (
    <div className="flex flex-col gap-3">
      {texts.map((text) => (
        <label key={text.purpose} className={`flex cursor-pointer items-start gap-3 rounded-xl border px-4 py-3 ${chosen.has(text.purpose) ? "border-brand-700 bg-brand-50" : "border-slate-300"}`}>
          <input type="checkbox" className={large ? "mt-1 h-8 w-8" : "mt-1 h-6 w-6"} checked={chosen.has(text.purpose)} onChange={(e) => onChange(text.purpose, e.target.checked)} />
          <span className={large ? "text-xl" : "text-base"}>{text.body}</span>
        </label>
      ))}
    </div>
  );
}
