import { z } from "zod";
import { CAPTURES, STEP_ACTIONS, STEP_OUTCOMES, flowDocumentSchema, type FlowDocument, type Question, type StepAction, type StepOutcome } from "./document";
import type { FlowProblem } from "./validate-flow";

export const flowIdSchema = z.object({ flowId: z.uuid("A flow id is a UUID.") });
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, "Use lowercase letters, digits and dashes.");
const storeIds = z.array(z.number().int().positive()).max(500).nullable();

/** A new flow (no flowId: slug and name required) or the draft of an existing one. */
export const saveDraftInputSchema = z.object({
  flowId: z.uuid().optional(),
  slug: slug.optional(),
  name: z.string().trim().min(1).max(80),
  document: flowDocumentSchema,
});
export type SaveDraftInput = z.infer<typeof saveDraftInputSchema>;

export const assignStoresInputSchema = flowIdSchema.extend({ storeIds });
export type AssignStoresInput = z.infer<typeof assignStoresInputSchema>;

/** The exchange format of export and import. */
export const flowExportSchema = z.object({ slug, name: z.string().trim().min(1).max(80), document: flowDocumentSchema });
export type FlowExport = z.infer<typeof flowExportSchema>;

const visitId = z.string().trim().min(1).max(80);
export const startRunInputSchema = z.object({ flowId: z.uuid(), visitId, customerId: z.uuid().optional() });
export type StartRunInput = z.infer<typeof startRunInputSchema>;

export const runEventSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("tool"),
    action: z.enum(STEP_ACTIONS),
    outcome: z.enum(STEP_OUTCOMES).optional(),
    data: z.object({ size: z.string().max(20).optional(), occasion: z.string().max(80).optional(), customerId: z.uuid().optional() }).optional(),
  }),
  z.object({ type: z.literal("answer"), stepId: slug, value: z.string().max(200) }),
  z.object({ type: z.literal("done"), outcome: z.enum(STEP_OUTCOMES).optional() }),
  z.object({ type: z.literal("skip") }),
  z.object({ type: z.literal("back") }),
  z.object({ type: z.literal("abandon") }),
]);
export const runEventInputSchema = z.object({ runId: z.uuid(), event: runEventSchema });
export const activeRunsInputSchema = z.object({ visitId });

export type FlowStatus = "draft" | "published" | "archived";
export type FlowSummaryDto = {
  id: string;
  slug: string;
  name: string;
  status: FlowStatus;
  currentVersion: number | null;
  storeIds: number[] | null;
  description: string;
  updatedAt: string;
};
export type FlowDetailDto = FlowSummaryDto & { published: FlowDocument | null; draft: FlowDocument | null; problems: FlowProblem[] };

/** outcomes: what the step's tool can find that picks its branch; finishing it by hand names one. */
export type RunStepDto = { id: string; say: string; why: string; question: Question | null; action: StepAction | null; outcomes: StepOutcome[] };
export type FlowRunDto = {
  id: string;
  flowId: string;
  flowName: string;
  version: number;
  visitId: string;
  status: "active" | "finished" | "abandoned";
  customerId: string | null;
  step: RunStepDto | null;
  answers: Partial<Record<(typeof CAPTURES)[number], string>>;
  declinedCapture: boolean;
  canGoBack: boolean;
  progress: { done: number; total: number; percent: number };
  startedAt: string;
  updatedAt: string;
};

export type FlowFunnelDto = {
  flowId: string;
  runsStarted: number;
  finished: number;
  abandoned: number;
  steps: { stepId: string; reached: number; completed: number; skipped: number }[];
};

const summary = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  status: z.enum(["draft", "published", "archived"]),
  currentVersion: z.number().nullable(),
  storeIds: z.array(z.number()).nullable(),
  description: z.string(),
  updatedAt: z.string(),
});
/** Response shapes for the OpenAPI document. */
export const flowSummarySchema = summary;
export const flowListResponseSchema = z.object({ flows: z.array(summary) });
export const flowDetailSchema = summary.extend({
  published: flowDocumentSchema.nullable(),
  draft: flowDocumentSchema.nullable(),
  problems: z.array(z.object({ stepId: z.string().optional(), field: z.string(), message: z.string() })),
});
