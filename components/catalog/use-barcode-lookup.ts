"use client";

import { useCallback, useState } from "react";
import { useRouter } from "next/navigation";
import type { BarcodeLookup } from "@/lib/domain/catalog/types";
import { track } from "@/lib/usage/track";
import { emitToolEvent } from "@/lib/flows/tool-events";
import { styleHref } from "./style-href";

export type ScanSource = "wedge" | "camera" | "manual";
export type ScanNotice = { kind: "unknown"; code: string } | { kind: "invalid"; code: string; message: string } | { kind: "error"; message: string } | null;

/** Looks a scanned code up and opens the style on its colour and size; an unknown code is said plainly. */
export function useBarcodeLookup() {
  const router = useRouter();
  const [notice, setNotice] = useState<ScanNotice>(null);
  const [busy, setBusy] = useState(false);

  const lookup = useCallback(
    async (code: string, source: ScanSource): Promise<boolean> => {
      setBusy(true);
      try {
        const res = await fetch(`/api/v1/catalog/barcode/${encodeURIComponent(code)}`);
        const body = (await res.json()) as BarcodeLookup | { error: { message: string } };
        if (res.status === 404) {
          track("scan", { source, found: false });
          setNotice({ kind: "unknown", code });
          return false;
        }
        if ("error" in body) {
          track("scan", { source, found: false, valid: false });
          setNotice(res.status === 422 || res.status === 400 ? { kind: "invalid", code, message: body.error.message } : { kind: "error", message: body.error.message });
          return false;
        }
        track("scan", { source, found: body.found, ...(body.found ? { styleId: body.styleId } : {}) });
        if (!body.found) {
          setNotice({ kind: "unknown", code });
          return false;
        }
        setNotice(null);
        emitToolEvent({ action: "scan" });
        router.push(styleHref(body.styleId, body.colour, body.size));
        return true;
      } catch {
        setNotice({ kind: "error", message: "" });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [router],
  );

  return { lookup, notice, busy, clearNotice: () => setNotice(null) };
}
