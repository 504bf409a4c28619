import { z } from "zod";

/** Query strings send "" for an empty field; treat it as absent. */
const blankAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalText = (max: number, what: string) =>
  z.preprocess(blankAsUndefined, z.string().trim().max(max, `${what} can be at most ${max} characters.`).optional());
const optionalCents = (what: string) =>
  z.preprocess(blankAsUndefined, z.coerce.number().int(`${what} is a whole number of cents.`).min(0, `${what} cannot be negative.`).max(100_000_000).optional());

export const SEARCH_MAX_CHARS = 100;

export const searchTextSchema = z
  .string({ error: "Type something to search for." })
  .trim()
  .min(1, "Type something to search for.")
  .max(SEARCH_MAX_CHARS, `Search text can be at most ${SEARCH_MAX_CHARS} characters.`);

export const searchFiltersSchema = z
  .object({
    category: optionalText(60, "Category"),
    colour: optionalText(60, "Colour"),
    size: optionalText(20, "Size"),
    priceMinCents: optionalCents("The lowest price"),
    priceMaxCents: optionalCents("The highest price"),
  })
  .refine((f) => f.priceMinCents === undefined || f.priceMaxCents === undefined || f.priceMinCents <= f.priceMaxCents, {
    message: "The lowest price must not be above the highest.",
    path: ["priceMaxCents"],
  });

export const searchLimitSchema = z.number().int().min(1).max(50).default(20);

export const barcodeSchema = z.string({ error: "Enter or scan a barcode." }).trim().min(1, "Enter or scan a barcode.").max(40, "That is too long for a barcode.");

export const storeParam = z.preprocess(blankAsUndefined, z.coerce.number().int().positive("A store id is a positive number.").optional());

/** GET /api/v1/catalog/search */
export const searchApiQuery = z
  .object({
    q: searchTextSchema,
    category: optionalText(60, "Category"),
    colour: optionalText(60, "Colour"),
    size: optionalText(20, "Size"),
    priceMin: optionalCents("priceMin"),
    priceMax: optionalCents("priceMax"),
    limit: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1, "limit is 1 to 50.").max(50, "limit is 1 to 50.").optional()),
    store: storeParam,
  })
  .refine((f) => f.priceMin === undefined || f.priceMax === undefined || f.priceMin <= f.priceMax, {
    message: "priceMin must not be above priceMax.",
    path: ["priceMax"],
  });

export const barcodeParams = z.object({ code: barcodeSchema });
export const styleIdParams = z.object({ styleId: z.coerce.number().int().positive("A style id is a positive number.") });
