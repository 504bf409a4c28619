import { useId, type SelectHTMLAttributes } from "react";
import { cn } from "./cn";

type Option = { value: string | number; label: string };
type Props = SelectHTMLAttributes<HTMLSelectElement> & { label: string; options: Option[]; hint?: string; error?: string };

/** A labelled select with big touch targets; the options are data, the first may be "Any". */
export function SelectField({ label, options, hint, error, className, id, ...props }: Props) {
  const generated = useId();
  const selectId = id ?? generated;
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={selectId} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      <select
        id={selectId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${selectId}-error` : undefined}
        className={cn("min-h-12 rounded-xl border bg-white px-3 text-lg", error ? "border-red-700" : "border-slate-400")}
        {...props}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? <span className="text-sm text-brand-800">{hint}</span> : null}
      {error ? (
        <p id={`${selectId}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
