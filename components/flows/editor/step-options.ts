import type { Step } from "@/lib/domain/flows/document";

type T = (key: "stepOption" | "missingStep", values: Record<string, string | number>) => string;

/** The steps as <select> options ("3. What size do you usually take?"), plus the current value if it names a deleted step. */
export function stepOptions(steps: Step[], t: T, current?: string, exclude?: string): { value: string; label: string }[] {
  const short = (s: string) => (s.length > 48 ? `${s.slice(0, 47)}…` : s);
  const options = steps.flatMap((s, i) => (s.id === exclude ? [] : [{ value: s.id, label: t("stepOption", { n: i + 1, say: short(s.say) || s.id }) }]));
  if (current && !steps.some((s) => s.id === current)) options.push({ value: current, label: t("missingStep", { id: current }) });
  return options;
}
