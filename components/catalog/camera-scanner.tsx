"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "use-intl";

type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
type DetectorCtor = new (opts: { formats: string[] }) => Detector;

const FORMATS = ["ean_13", "upc_a", "ean_8", "upc_e"];

/**
 * Reads EAN/UPC codes with the camera: the browser's BarcodeDetector where it exists,
 * otherwise ZXing, loaded only when the camera is opened so it never weighs on first load.
 */
export function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const t = useTranslations("catalog");
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    let stopZxing: (() => void) | null = null;
    const done = (code: string) => {
      if (stopped) return;
      stopped = true;
      onCode(code);
    };

    async function start() {
      if (!navigator.mediaDevices?.getUserMedia) {
        setProblem(t("cameraUnavailable"));
        return;
      }
      const Native = (window as unknown as { BarcodeDetector?: DetectorCtor }).BarcodeDetector;
      try {
        if (Native) {
          stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
          const el = video.current!;
          el.srcObject = stream;
          await el.play();
          const detector = new Native({ formats: FORMATS });
          const tick = async () => {
            if (stopped) return;
            const found = await detector.detect(el).catch(() => []);
            if (found[0]?.rawValue) done(found[0].rawValue);
            else requestAnimationFrame(tick);
          };
          void tick();
        } else {
          const [{ BrowserMultiFormatReader }, { BarcodeFormat, DecodeHintType }] = await Promise.all([import("@zxing/browser"), import("@zxing/library")]);
          const hints = new Map([[DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.EAN_13, BarcodeFormat.UPC_A, BarcodeFormat.EAN_8, BarcodeFormat.UPC_E]]]);
          const reader = new BrowserMultiFormatReader(hints);
          const controls = await reader.decodeFromVideoDevice(undefined, video.current!, (result) => {
            if (result) done(result.getText());
          });
          stopZxing = () => controls.stop();
        }
      } catch {
        setProblem(t("cameraDenied"));
      }
    }
    void start();
    return () => {
      stopped = true;
      stream?.getTracks().forEach((tr) => tr.stop());
      stopZxing?.();
    };
  }, [onCode, t]);

  return (
    <div className="flex flex-col gap-2">
      <video ref={video} muted playsInline className="aspect-video w-full rounded-xl bg-slate-900" aria-label={t("cameraView")} />
      {problem ? (
        <p role="status" className="text-base text-amber-900">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
