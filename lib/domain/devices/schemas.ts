import { z } from "zod";

export const registerDeviceSchema = z.object({
  name: z.string().trim().min(1, "Give the tablet a name, for example 'Shoe wall'.").max(60, "Keep the name under 60 characters."),
  storeId: z.coerce.number().int().positive().optional(),
});

export const deviceIdSchema = z.object({ deviceId: z.string().uuid() });
