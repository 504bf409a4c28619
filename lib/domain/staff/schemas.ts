import { z } from "zod";

export const userIdSchema = z.object({ userId: z.string().uuid() });
export const setDisabledSchema = z.object({ userId: z.string().uuid(), disabled: z.boolean() });
export const setRoleSchema = z.object({ userId: z.string().uuid(), role: z.enum(["associate", "manager", "admin"]) });
