import { apiRoute } from "@/lib/api/route";
import { workingStoreId } from "@/lib/auth/scope";
import { errors } from "@/lib/errors";
import { buildSnapshot } from "@/lib/domain/offline-snapshot/build-snapshot";
import { offlineSnapshotEndpoint } from "@/lib/domain/offline-snapshot/endpoints";
import { compactJsonResponse } from "@/lib/domain/offline-snapshot/respond";

export const GET = apiRoute(offlineSnapshotEndpoint, async ({ actor, db, query }) => {
  // Another store only for those who may see it (admins); everyone else gets their working store.
  const storeId = workingStoreId(actor, query.store);
  if (storeId == null) throw errors.validation("Say which store the snapshot is for: add store=<store id>.", { store: "Choose a store." });
  const { json } = await buildSnapshot(db, storeId, query.since);
  return compactJsonResponse(json);
});
