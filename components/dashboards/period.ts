/** Date ranges for the dashboards: presets, filling gaps between days. Pure, shared by server and client. */

export const PRESETS = ["last7", "last30", "thisMonth"] as const;
export type PresetKey = (typeof PRESETS)[number];
export type Range = { from: string; to: string };

const DAY = 86_400_000;
const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A preset as whole local days ending today (inclusive). */
export function presetRange(key: PresetKey, today: string): Range {
  if (key === "thisMonth") return { from: `${today.slice(0, 7)}-01`, to: today };
  return { from: iso(ms(today) - (key === "last7" ? 6 : 29) * DAY), to: today };
}

export function activePreset(range: Range, today: string): PresetKey | null {
  return PRESETS.find((k) => {
    const p = presetRange(k, today);
    return p.from === range.from && p.to === range.to;
  }) ?? null;
}

/** Every day of the range in order, each with the row for that day or zeros, so a trend has no silent gaps. */
export function fillDays<T extends { day: string }>(range: Range, rows: T[], empty: (day: string) => T): T[] {
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const out: T[] = [];
  for (let t = ms(range.from); t <= ms(range.to) && out.length < 401; t += DAY) out.push(byDay.get(iso(t)) ?? empty(iso(t)));
  return out;
}
