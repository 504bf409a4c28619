import { z } from "zod";

export const createTokenSchema = z.object({
  name: z.string().trim().min(1, "Name the system that will use this token.").max(80, "Keep the name under 80 characters."),
  storeId: z.coerce.number().int().positive().nullable().optional(),
});
export const tokenIdSchema = z.object({ tokenId: z.string().uuid() });
