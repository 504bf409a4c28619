"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/api/action";

/** A button that runs one server action for a table row, then refreshes; errors are shown beside it. */
export function RowActionButton<I>({ label, input, run, variant = "secondary", confirmText }: {
  label: string;
  input: I;
  run: (input: I) => Promise<ActionResult<unknown>>;
  variant?: "secondary" | "danger";
  confirmText?: string;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant={variant}
        disabled={busy}
        onClick={async () => {
          if (confirmText && !window.confirm(confirmText)) return;
          setBusy(true);
          const res = await run(input);
          setBusy(false);
          if (res.ok) {
            setError(null);
            router.refresh();
          } else setError(res.error.message);
        }}
      >
        {label}
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-red-800">
          {error}
        </span>
      ) : null}
    </span>
  );
}
