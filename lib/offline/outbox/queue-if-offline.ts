"use client";

/**
 * Runs an online submit; when it cannot reach the server (the call throws: no network, or the answer was lost),
 * `queue` puts the same work in the outbox under the same key, so it is sent once when the network is back and
 * a request that did arrive is recognised rather than repeated. Without a known associate the error stands.
 */
export async function submitOrQueue<T>(submit: () => Promise<T>, queue: (userId: string) => Promise<unknown>): Promise<T | "queued"> {
  const toOutbox = async (e: unknown): Promise<"queued"> => {
    // Loaded only when needed: the online forms' first load stays small.
    const { readAssociate } = await import("./associate");
    const who = readAssociate();
    if (!who) throw e;
    await queue(who.userId);
    return "queued";
  };
  // Known offline: do not start a request (a server action sent with no network may never settle).
  if (typeof navigator !== "undefined" && navigator.onLine === false) return toOutbox(new Error("offline"));
  try {
    return await submit();
  } catch (e) {
    return toOutbox(e);
  }
}
