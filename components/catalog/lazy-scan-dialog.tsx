"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";

function ScanButtonPlaceholder() {
  const t = useTranslations("catalog");
  return (
    <Button variant="secondary" disabled>
      {t("scan")}
    </Button>
  );
}

// The scan dialog (manual digits, camera) loads just after the screen; the keyboard-wedge scanner works at once.
export const LazyScanDialog = dynamic(() => import("./scan-dialog").then((m) => m.ScanDialog), { ssr: false, loading: ScanButtonPlaceholder });
