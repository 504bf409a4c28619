/**
 * How "minutes in use" is counted from usage events, per person and tablet and local day: events no more than
 * IDLE_GAP_MS apart belong to one stretch of use, which lasts from its first event to its last plus STRETCH_TAIL_MS
 * (the time spent on the last screen). A lone lookup therefore counts one minute.
 */
export const IDLE_GAP_MS = 10 * 60_000;
export const STRETCH_TAIL_MS = 60_000;
/** One offline period counts at most a day: a tablet left in a drawer offline is idle, not working offline. */
export const MAX_OFFLINE_MS = 86_400_000;

/** The in-use time of one person's events on one tablet and day (the reference the SQL roll-up is tested against). */
export function inUseMs(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let total = 0;
  sorted.forEach((t, i) => {
    const gap = i === 0 ? Infinity : t - sorted[i - 1]!;
    total += gap <= IDLE_GAP_MS ? gap : STRETCH_TAIL_MS;
  });
  return total;
}

/** Whole minutes, for the screens; the API keeps milliseconds' precision as minutes with one decimal. */
export const toMinutes = (ms: number) => Math.round(ms / 6_000) / 10;
