import { z } from "zod";

export const emailSummarySchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  kind: z.string(),
  refId: z.string().nullable(),
  status: z.enum(["queued", "sent", "failed"]),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export const emailDetailSchema = emailSummarySchema.extend({ bodyText: z.string() });
export type EmailSummary = z.infer<typeof emailSummarySchema>;
export type EmailDetail = z.infer<typeof emailDetailSchema>;

export const listEmailsQuerySchema = z.object({
  status: z.enum(["queued", "sent", "failed"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListEmailsQuery = z.infer<typeof listEmailsQuerySchema>;
