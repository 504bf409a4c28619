"use client";

import { useEffect } from "react";
import { track } from "@/lib/usage/track";

/** Records that the style screen and its stores grid were shown (once per style and colour shown). */
export function ViewTracker({ styleId, colour }: { styleId: number; colour: string }) {
  useEffect(() => {
    track("style_view", { styleId });
  }, [styleId]);
  useEffect(() => {
    track("stock_grid_view", { styleId, colour });
  }, [styleId, colour]);
  return null;
}
