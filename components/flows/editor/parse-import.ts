import type { ZodType } from "zod";

export type ParsedImport<T> = { ok: true; value: T } | { ok: false; kind: "json" | "shape"; message: string };

/** Pasted or uploaded text to a flow export: bad JSON and a wrong shape each say where ("document.steps.2.say: ..."). */
export function parseImport<T>(text: string, schema: ZodType<T>): ParsedImport<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, kind: "json", message: e instanceof Error ? e.message : String(e) };
  }
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, value: r.data };
  const lines = r.error.issues.slice(0, 5).map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message));
  return { ok: false, kind: "shape", message: lines.join("; ") };
}
