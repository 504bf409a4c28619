import { z } from "zod";

/** Profile fields shared by the capture/update inputs and the DTOs (a file of its own, so neither imports the other). */
export const trimmed = (max: number, what: string) => z.string().trim().max(max, `Keep ${what} under ${max} characters.`);
export const optionalField = (max: number, what: string) =>
  trimmed(max, what)
    .optional()
    .transform((v) => v || undefined);

export const customerSizesSchema = z.object({
  shoe: optionalField(12, "a size"),
  tops: optionalField(12, "a size"),
  bottoms: optionalField(12, "a size"),
});

const preferenceList = z
  .array(trimmed(60, "each item").min(1))
  .max(20, "Keep it to 20 items.")
  .transform((list) => list.filter((v, i) => list.findIndex((x) => x.toLowerCase() === v.toLowerCase()) === i));
export const customerPreferencesSchema = z.object({
  brands: preferenceList.optional(),
  colours: preferenceList.optional(),
  fit: preferenceList.optional(),
  avoid: preferenceList.optional(),
});
