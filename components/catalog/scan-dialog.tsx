"use client";

import { useCallback, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import dynamic from "next/dynamic";

// The camera scanner loads when the associate asks for the camera.
const CameraScanner = dynamic(() => import("./camera-scanner").then((m) => m.CameraScanner), { ssr: false });
import { useBarcodeLookup } from "./use-barcode-lookup";
import { ScanNoticeView } from "./scan-notice";

/** Scan with the camera, or type the digits under the barcode. */
export function ScanDialog() {
  const t = useTranslations("catalog");
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [camera, setCamera] = useState(false);
  const [digits, setDigits] = useState("");
  const { lookup, notice, busy, clearNotice } = useBarcodeLookup();

  const close = useCallback(() => {
    dialog.current?.close();
    setOpen(false);
    setCamera(false);
  }, []);

  const onCode = useCallback(
    async (code: string) => {
      setCamera(false);
      if (await lookup(code, "camera")) close();
    },
    [lookup, close],
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await lookup(digits.trim(), "manual")) {
      setDigits("");
      close();
    }
  }

  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          clearNotice();
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t("scan")}
      </Button>
      <dialog ref={dialog} onClose={close} aria-labelledby="scan-title" className="m-auto w-[min(40rem,95vw)] rounded-3xl p-0 shadow-2xl backdrop:bg-slate-900/50">
        {open ? (
          <div className="flex flex-col gap-4 p-6">
            <div className="flex items-center justify-between">
              <h2 id="scan-title" className="text-2xl font-bold">
                {t("scanTitle")}
              </h2>
              <Button variant="ghost" onClick={close}>
                {t("close")}
              </Button>
            </div>
            {camera ? <CameraScanner onCode={onCode} /> : <Button onClick={() => setCamera(true)}>{t("useCamera")}</Button>}
            <form onSubmit={submit} className="flex items-end gap-3">
              <Field
                className="flex-1"
                label={t("barcodeDigits")}
                name="barcode"
                inputMode="numeric"
                autoComplete="off"
                maxLength={14}
                value={digits}
                onChange={(e) => setDigits(e.target.value.replace(/[^0-9]/g, ""))}
              />
              <Button type="submit" disabled={busy || digits.length < 8}>
                {t("findCode")}
              </Button>
            </form>
            <ScanNoticeView notice={notice} onClose={clearNotice} />
          </div>
        ) : null}
      </dialog>
    </>
  );
}
