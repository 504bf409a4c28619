/**
 * The incremental-refresh cursor: which store it was taken for, the set of stores it covered, and the
 * database time (microseconds) from which the next refresh must resend rows. Opaque to clients.
 */
export type SnapshotCursor = { storeId: number; fromMicros: bigint; stores: number[] };

export function encodeCursor(c: SnapshotCursor): string {
  return `1.${c.storeId}.${c.fromMicros}.${c.stores.join("-")}`;
}

/** null for anything this server did not issue (an old format, garbage): the caller then sends a full snapshot. */
export function decodeCursor(text: string): SnapshotCursor | null {
  const m = /^1\.(\d{1,10})\.(\d{1,17})\.(\d{1,10}(?:-\d{1,10}){0,99})$/.exec(text);
  if (!m) return null;
  return { storeId: Number(m[1]), fromMicros: BigInt(m[2]!), stores: m[3]!.split("-").map(Number) };
}

/** An incremental refresh is only sound when it covers the same stores the tablet already holds. */
export function canRefreshFrom(c: SnapshotCursor | null, storeId: number, stores: readonly number[]): c is SnapshotCursor {
  return c !== null && c.storeId === storeId && c.stores.length === stores.length && c.stores.every((id, i) => id === stores[i]);
}
