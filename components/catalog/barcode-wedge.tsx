"use client";

import { useEffect, useRef } from "react";
import { createWedgeDetector } from "./wedge-detector";
import { useBarcodeLookup } from "./use-barcode-lookup";
import { ScanNoticeView } from "./scan-notice";

function isEditable(el: EventTarget | null): el is HTMLInputElement | HTMLTextAreaElement {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
}

/**
 * Listens for a hardware scanner anywhere in the app, without the search box being focused.
 * Inside a text field other than the search box, a scan is left to the field (it may be a form).
 */
export function BarcodeWedge() {
  const detector = useRef(createWedgeDetector());
  const { lookup, notice, clearNotice } = useBarcodeLookup();

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      const target = e.target;
      const inSearch = target instanceof HTMLElement && target.closest("[data-search-box]") !== null;
      if (isEditable(target) && !inSearch) return;
      const pending = detector.current.pending();
      const code = detector.current.key(e.key, e.timeStamp || performance.now());
      if (!code) return;
      e.preventDefault();
      e.stopPropagation();
      // The scanner typed into the search box: take its digits back out.
      if (inSearch && isEditable(target) && target.value.endsWith(pending)) {
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
        setter?.call(target, target.value.slice(0, -pending.length));
        target.dispatchEvent(new Event("input", { bubbles: true }));
      }
      void lookup(code, "wedge");
    }
    window.addEventListener("keydown", onKeyDown, true);
    // Marks that scans are being listened for (tests wait on it instead of guessing when hydration ends).
    document.documentElement.dataset.scanner = "ready";
    return () => {
      window.removeEventListener("keydown", onKeyDown, true);
      delete document.documentElement.dataset.scanner;
    };
  }, [lookup]);

  return notice ? (
    <div className="fixed inset-x-4 bottom-4 z-40 mx-auto max-w-2xl">
      <ScanNoticeView notice={notice} onClose={clearNotice} />
    </div>
  ) : null;
}
