import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { barcodeParams, searchApiQuery, styleIdParams } from "./schemas";
import type { BarcodeLookup, SearchResult, StyleDetail } from "./types";

const swatch = z.object({ name: z.string(), hex: z.string() });
export const styleHitSchema = z.object({
  styleId: z.number().int(),
  code: z.string(),
  name: z.string(),
  brand: z.string(),
  category: z.string(),
  priceCents: z.number().int(),
  image: z.string().nullable(),
  colours: z.array(swatch),
  availableHere: z.number().int(),
  matched: z.object({ variantId: z.number().int(), sku: z.string(), ean: z.string(), colour: z.string(), size: z.string() }).optional(),
});
export const searchResultSchema = z.object({
  query: z.string(),
  hits: z.array(styleHitSchema),
  facets: z.object({ categories: z.array(z.string()), colours: z.array(z.string()) }),
});
const variantInfo = z.object({ variantId: z.number().int(), size: z.string(), sizeOrder: z.number().int(), sku: z.string(), ean: z.string(), priceCents: z.number().int() });
export const styleDetailSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  brand: z.string(),
  category: z.string(),
  department: z.string(),
  gender: z.string(),
  description: z.string(),
  materials: z.string(),
  priceCents: z.number().int(),
  attributes: z.record(z.string(), z.string()),
  images: z.array(z.string()),
  sizes: z.array(z.string()),
  colours: z.array(swatch.extend({ variants: z.array(variantInfo) })),
});
export const barcodeLookupSchema = z.union([
  z.object({ found: z.literal(true), styleId: z.number().int(), variantId: z.number().int(), colour: z.string(), size: z.string() }),
  z.object({ found: z.literal(false), code: z.string() }),
]);

// The documented shapes must stay the DTOs the code returns: these fail to compile if the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _dtoChecks: [Same<z.infer<typeof searchResultSchema>, SearchResult>, Same<z.infer<typeof styleDetailSchema>, StyleDetail>, Same<z.infer<typeof barcodeLookupSchema>, BarcodeLookup>] = [true, true, true];

export const searchEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/catalog/search",
  tag: "Catalogue",
  summary: "Search styles by name, brand, style code, colour, SKU or barcode; typo-tolerant, best match first.",
  description:
    "q is 1-100 characters. Exact SKU, EAN and style code matches come first. availableHere sums available units (on hand - reserved) at `store`, " +
    "which defaults to the caller's working store (integration tokens must pass it). priceMin/priceMax are in euro cents; size keeps styles with that size available at the store.",
  permission: "catalog:read",
  query: searchApiQuery,
  response: searchResultSchema,
});

export const barcodeEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/catalog/barcode/{code}",
  tag: "Catalogue",
  summary: "Look up a barcode (EAN-13, UPC-A or EAN-8; check digit verified).",
  description: "A malformed code (wrong length, letters, bad check digit) is a 422. An unknown but valid code is 200 with found: false.",
  permission: "catalog:read",
  params: barcodeParams,
  response: barcodeLookupSchema,
});

export const styleEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/styles/{styleId}",
  tag: "Catalogue",
  summary: "A style with its size run, colours and variants (SKU, EAN, price).",
  permission: "catalog:read",
  params: styleIdParams,
  response: styleDetailSchema,
});
