/** Table parts the offline matrix and stores grid share: the size header and a cell of available units. */
export function SizeHead({ first, sizes, size }: { first: string; sizes: readonly string[]; size?: string }) {
  return (
    <thead>
      <tr>
        <th scope="col" className="text-left text-sm text-slate-700">
          {first}
        </th>
        {sizes.map((s) => (
          <th key={s} scope="col" className={`min-w-11 text-sm ${s === size ? "text-brand-700 underline" : "text-slate-700"}`}>
            {s}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function AvailableCell({ available, label, marked }: { available: number; label: string; marked: boolean }) {
  return (
    <td
      aria-label={label}
      className={`min-h-12 min-w-11 rounded-lg py-3 text-base font-semibold ${available > 0 ? "bg-emerald-50 text-emerald-900" : "bg-slate-100 text-slate-700"} ${
        marked ? "ring-2 ring-brand-700" : ""
      }`}
    >
      {available}
    </td>
  );
}
