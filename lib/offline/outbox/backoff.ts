/** First retry after 2 s, doubling to at most 5 minutes: a dead Wi-Fi is not hammered, a blip is retried fast. */
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_MAX_MS = 5 * 60_000;

/**
 * Delay before the next try after `attempts` failed ones. `jitter` in [0, 1) spreads tablets that lost the
 * same Wi-Fi so they do not all come back in the same second (up to +25%).
 */
export function backoffDelay(attempts: number, jitter = 0): number {
  if (attempts <= 0) return 0;
  const exp = Math.min(BACKOFF_BASE_MS * 2 ** (attempts - 1), BACKOFF_MAX_MS);
  return Math.min(Math.round(exp * (1 + 0.25 * jitter)), BACKOFF_MAX_MS);
}

/** A server's Retry-After (seconds) wins when it asks for longer. */
export function nextAttemptAt(now: number, attempts: number, opts: { jitter?: number; retryAfterSeconds?: number } = {}): number {
  const asked = opts.retryAfterSeconds && Number.isFinite(opts.retryAfterSeconds) ? opts.retryAfterSeconds * 1000 : 0;
  return now + Math.max(backoffDelay(attempts, opts.jitter), asked);
}
