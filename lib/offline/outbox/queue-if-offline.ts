"use client";

/**
 * Runs an online submit; when it cannot reach the server (the call throws: no network, or the answer was lost),
 * `queue` puts the same work in the outbox under the same key, so it is sent once when the network is back and
 * a request that did arrive is recognised rather than repeated. Without a known associate the error stands.
 */
export async function submitOrQueue<T>(submit: () => Promise<T>, queue: (userId: string) => Promise<unknown>): Promise<T | "queued"> {
  try {
    return await submit();
  } catch (e) {
    // Loaded only when a submit fails: the online forms' first load stays small.
    const { readAssociate } = await import("./associate");
    const who = readAssociate();
    if (!who) throw e;
    await queue(who.userId);
    return "queued";
  }
}
