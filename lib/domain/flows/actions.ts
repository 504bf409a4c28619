"use server";

import { z } from "zod";
import { action } from "@/lib/api/action";
import { applyRunEvent } from "./apply-run-event";
import { archiveFlow } from "./archive-flow";
import { assignStores } from "./assign-stores";
import { exportFlow } from "./export-flow";
import { flowFunnel } from "./flow-funnel";
import { importFlow } from "./import-flow";
import { listActiveRuns } from "./list-active-runs";
import { listFlows } from "./list-flows";
import { publishFlow } from "./publish-flow";
import { saveDraft } from "./save-draft";
import { startRun } from "./start-run";
import { activeRunsInputSchema, assignStoresInputSchema, flowExportSchema, flowIdSchema, runEventInputSchema, saveDraftInputSchema, startRunInputSchema } from "./schemas";

export const listFlowsAction = action("flow:read", z.object({}), (_input, { actor, db }) => listFlows(db, actor));

/** Starts (or resumes) a flow for the visit the tablet is in. */
export const startRunAction = action("flow:run", startRunInputSchema, (input, { actor, db }) => startRun(db, actor, input));

/** A tool used, a question answered, a step done, skipped or gone back; returns the run as it now stands. */
export const runEventAction = action("flow:run", runEventInputSchema, ({ runId, event }, { actor, db }) => applyRunEvent(db, actor, runId, event));

export const getActiveRunsAction = action("flow:run", activeRunsInputSchema, ({ visitId }, { actor, db }) => listActiveRuns(db, actor, visitId));

export const saveDraftAction = action("flow:edit", saveDraftInputSchema, (input, { actor, db }) => saveDraft(db, actor, input));

/** Refuses with `error.details.problems` when the draft is not ready. */
export const publishFlowAction = action("flow:edit", flowIdSchema, ({ flowId }, { actor, db }) => publishFlow(db, actor, flowId));

export const archiveFlowAction = action("flow:edit", flowIdSchema, ({ flowId }, { actor, db }) => archiveFlow(db, actor, flowId));

export const assignStoresAction = action("flow:edit", assignStoresInputSchema, (input, { actor, db }) => assignStores(db, actor, input));

export const importFlowAction = action("flow:import", flowExportSchema, (input, { actor, db }) => importFlow(db, actor, input));

export const exportFlowAction = action("flow:import", flowIdSchema, ({ flowId }, { db }) => exportFlow(db, flowId));

export const flowFunnelAction = action("flow:edit", flowIdSchema, ({ flowId }, { actor, db }) => flowFunnel(db, actor, flowId));
