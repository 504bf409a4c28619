"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "use-intl";
import type { RunEvent } from "@/lib/domain/flows/rules";
import type { FlowRunDto } from "@/lib/domain/flows/schemas";
import { publishRunAnswers } from "@/lib/flows/runner-context";
import { useActiveRuns } from "@/lib/flows/use-active-runs";
import { fetchActiveRuns, fetchRunnableFlows, flowsKey, pendingCount, replayPending, RunnerError, runsKey, sendRunEvent, startRun } from "@/lib/flows/run-client";
import { onToolEvent, type ToolEvent } from "@/lib/flows/tool-events";
import { startNewVisit } from "@/lib/flows/visit";

/** Which script to offer when a conversation starts with no script running. */
const SUGGEST_ON: Partial<Record<ToolEvent["action"], string>> = { find_customer: "welcome", capture_customer: "welcome", lookup_order: "after-sales" };
const ANNOUNCE_MS = 8000;

/**
 * The runner's state and commands: runs come from the server (so they survive reloads, screens and
 * switches); every event goes through one queue so the server sees them in the order they were made.
 */
export function useRunner(userId: string, storeId: number | null) {
  const t = useTranslations("flowRunner");
  const qc = useQueryClient();
  const { visitId, query, run } = useActiveRuns(userId);
  useEffect(() => publishRunAnswers(run?.answers), [run?.answers]);
  const flows = useQuery({ queryKey: flowsKey, queryFn: () => fetchRunnableFlows(storeId), enabled: !!visitId && !run, staleTime: 300_000 });
  const [finished, setFinished] = useState<FlowRunDto | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(0);
  const [suggestion, setSuggestion] = useState<{ slug: string; customerId?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const chain = useRef<Promise<void>>(Promise.resolve());

  const enqueueWork = useCallback((work: () => Promise<void>) => {
    const next = chain.current.then(work).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    chain.current = next;
    return next;
  }, []);

  const announce = useCallback((text: string) => {
    setAnnouncement(text);
    setTimeout(() => setAnnouncement((a) => (a === text ? "" : a)), ANNOUNCE_MS);
  }, []);

  /** Puts the server's answer in the cache; a finished run leaves the list and says so. */
  const apply = useCallback(
    (vid: string, before: FlowRunDto, after: FlowRunDto | null, tool?: ToolEvent) => {
      setPending(pendingCount(userId));
      if (!after) return;
      setError(null);
      qc.setQueryData<FlowRunDto[]>(runsKey(userId, vid), (runs = []) =>
        after.status === "active" ? runs.map((r) => (r.id === after.id ? after : r)) : runs.filter((r) => r.id !== after.id),
      );
      if (after.status === "finished") setFinished(after);
      const moved = after.step?.id !== before.step?.id || after.status !== before.status;
      if (tool && moved) {
        const outcome = tool.outcome ? t("outcomeSuffix", { outcome: t(`outcomes.${tool.outcome}`) }) : "";
        announce(t("advanced", { tool: t(`tools.${tool.action}`), outcome }));
      }
    },
    [userId, qc, t, announce],
  );

  const send = useCallback(
    (event: RunEvent, tool?: ToolEvent) =>
      enqueueWork(async () => {
        if (!visitId) return;
        const runs = await qc.ensureQueryData({ queryKey: runsKey(userId, visitId), queryFn: () => fetchActiveRuns(visitId) });
        const target = runs.at(-1);
        if (!target) {
          const slug = tool ? SUGGEST_ON[tool.action] : undefined;
          if (slug && tool?.outcome !== "declined") setSuggestion({ slug, ...(tool?.data?.customerId ? { customerId: tool.data.customerId } : {}) });
          return;
        }
        apply(visitId, target, await sendRunEvent(userId, visitId, target.id, event), tool);
      }),
    [enqueueWork, visitId, qc, userId, apply],
  );

  // Tools report what they did; a running script decides on the server whether that finishes its step.
  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  }, [send]);
  useEffect(() => {
    if (!visitId) return;
    return onToolEvent((e) => void sendRef.current({ type: "tool", ...e }, e));
  }, [visitId]);

  // Events made offline go out when the connection is back (and on start, and every 20 s while any wait).
  useEffect(() => {
    const replay = () =>
      void enqueueWork(async () => {
        if (pendingCount(userId) === 0) return;
        if (await replayPending(userId)) await qc.invalidateQueries({ queryKey: ["flow-runs", userId] });
        setPending(pendingCount(userId));
      });
    replay();
    window.addEventListener("online", replay);
    const timer = setInterval(replay, 20_000);
    return () => {
      window.removeEventListener("online", replay);
      clearInterval(timer);
    };
  }, [userId, enqueueWork, qc]);

  const start = useCallback(
    async (flowId: string, customerId?: string) => {
      if (!visitId) return;
      setBusy(true);
      try {
        const started = await startRun(flowId, visitId, customerId);
        qc.setQueryData<FlowRunDto[]>(runsKey(userId, visitId), (runs = []) => [...runs.filter((r) => r.id !== started.id), started]);
        setFinished(null);
        setSuggestion(null);
        setError(null);
      } catch (e) {
        setError(e instanceof RunnerError && e.message === "offline" ? t("startOffline") : (e as Error).message);
      } finally {
        setBusy(false);
      }
    },
    [visitId, qc, userId, t],
  );

  /** The customer leaves: close their scripts and start a fresh visit for the next one. */
  const newCustomer = useCallback(() => {
    if (!visitId) return;
    const open = qc.getQueryData<FlowRunDto[]>(runsKey(userId, visitId)) ?? [];
    for (const r of open) void enqueueWork(async () => apply(visitId, r, await sendRunEvent(userId, visitId, r.id, { type: "abandon" })));
    startNewVisit(localStorage, userId);
    setFinished(null);
    setSuggestion(null);
    setError(null);
  }, [visitId, qc, userId, enqueueWork, apply]);

  return { visitId, query, run, flows, finished, announcement, error, pending, suggestion, busy, send, start, newCustomer, dismissFinished: () => setFinished(null), dismissSuggestion: () => setSuggestion(null) };
}

export type Runner = ReturnType<typeof useRunner>;
