import { z } from "zod";
import { CAPTURES, STEP_ACTIONS, STEP_OUTCOMES } from "./document-constants";

export * from "./document-constants";

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, "Use lowercase letters, digits and dashes.");
// Lengths are checked by validateFlow so a draft with a long line still saves; this only bounds the payload.
const text = (max: number) => z.string().trim().min(1, "Write something here.").max(max);

export const questionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("choice"), choices: z.array(z.object({ id: slug, label: text(80) })).min(1, "Give at least one choice.").max(8) }),
  z.object({ kind: z.literal("free"), label: text(120), captures: z.enum(CAPTURES).optional() }),
]);

export const branchSchema = z.object({
  when: z.union([z.object({ answer: slug }).strict(), z.object({ outcome: z.enum(STEP_OUTCOMES) }).strict()]),
  goto: slug,
});

export const stepSchema = z.object({
  id: slug,
  say: text(1000),
  why: text(1000),
  question: questionSchema.optional(),
  action: z.enum(STEP_ACTIONS).optional(),
  /** null = this step ends the flow. */
  next: slug.nullable().optional(),
  branches: z.array(branchSchema).max(12).optional(),
});

export const flowDocumentSchema = z.object({
  title: text(120),
  description: text(500),
  steps: z.array(stepSchema).min(1, "A flow needs at least one step.").max(60),
  start: slug,
});

export type Question = z.infer<typeof questionSchema>;
export type Branch = z.infer<typeof branchSchema>;
export type Step = z.infer<typeof stepSchema>;
export type FlowDocument = z.infer<typeof flowDocumentSchema>;
