import { loadavg } from "node:os";

export const log = (m: string) => process.stderr.write(`[bench:dashboard ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const load1 = () => Number(loadavg()[0]!.toFixed(2));

export type Stats = { n: number; p50: number; p95: number; max: number };

export function stats(values: number[]): Stats {
  const xs = [...values].sort((a, b) => a - b);
  const q = (p: number) => (xs.length ? xs[Math.min(xs.length - 1, Math.max(0, Math.ceil(p * xs.length) - 1))]! : NaN);
  return { n: xs.length, p50: q(0.5), p95: q(0.95), max: xs[xs.length - 1] ?? NaN };
}

export function table(head: string[], body: (string | number)[][]): string {
  const cells = body.map((r) => r.map((v) => (typeof v === "number" ? v.toLocaleString("en", { maximumFractionDigits: 1 }) : v)));
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((b) => String(b[i] ?? "").length)));
  const line = (r: (string | number)[]) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

export const localDay = (d: Date) => d.toLocaleDateString("en-CA", { timeZone: "Europe/Madrid" });
export const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
