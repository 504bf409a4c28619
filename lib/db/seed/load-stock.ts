import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { insertArrays, intArrayLiteral } from "@/lib/db/bulk-insert";
import type { ChainPlan } from "./generate-chain";
import { inTransaction, type ChunkOptions } from "./in-transaction";
import { pipeline } from "./pipeline";

/**
 * Stock, one store at a time: generated, inserted and dropped before the next, so memory stays flat
 * however many stores. With concurrency > 1 (a pool, not inside a transaction) stores load side by side.
 */
export async function loadStock(db: DbOrTx, plan: ChainPlan, opts: ChunkOptions & { concurrency: number }, onStore: (rows: number) => void): Promise<number> {
  const asOf = plan.params.asOf.toISOString();
  let total = 0;
  await pipeline(plan.stock(), opts.concurrency, async (s) => {
    await inTransaction(db, (tx) =>
      insertArrays(
        tx,
        "stock",
        [
          { name: "variant_id", type: "int", literal: intArrayLiteral(s.variantIds) },
          { name: "on_hand", type: "int", literal: intArrayLiteral(s.onHand) },
        ],
        [
          { name: "store_id", type: "int", value: s.storeId },
          { name: "reserved", type: "int", value: 0 },
          { name: "counted_at", type: "timestamptz", value: asOf },
          { name: "updated_at", type: "timestamptz", value: asOf },
        ],
      ),
      opts,
    );
    total += s.variantIds.length;
    onStore(s.variantIds.length);
  });
  return total;
}
