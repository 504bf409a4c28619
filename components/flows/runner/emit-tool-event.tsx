"use client";

import { useEffect, useRef } from "react";
import { emitToolEvent, type ToolEvent } from "@/lib/flows/tool-events";

/** For server-rendered screens: tells the conversation guide that this screen's tool did its job. */
export function EmitToolEvent({ event }: { event: ToolEvent }) {
  const signature = JSON.stringify(event);
  useEffect(() => {
    emitToolEvent(JSON.parse(signature) as ToolEvent);
  }, [signature]);
  return null;
}

/**
 * Tells the guide once this spot has actually come into view (suggestions below the fold are not yet
 * "shown" to the customer just because they loaded).
 */
export function EmitWhenSeen({ event }: { event: ToolEvent }) {
  const spot = useRef<HTMLSpanElement>(null);
  const signature = JSON.stringify(event);
  useEffect(() => {
    const el = spot.current;
    if (!el) return;
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      emitToolEvent(JSON.parse(signature) as ToolEvent);
    });
    seen.observe(el);
    return () => seen.disconnect();
  }, [signature]);
  return <span ref={spot} aria-hidden className="block h-px" />;
}
