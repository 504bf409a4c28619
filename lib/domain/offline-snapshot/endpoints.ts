import { defineEndpoint } from "@/lib/api/endpoint";
import { NEARBY_STORES, snapshotQuery, snapshotResponse } from "./schemas";

export const offlineSnapshotEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/offline/snapshot",
  tag: "Stock",
  summary: "The catalogue and stock a tablet keeps offline: its store and the nearest stores, full or only what changed.",
  description:
    `For the caller's working store (or \`store\`, which must be within the caller's stores) and its ${NEARBY_STORES} nearest active stores. ` +
    "Compact JSON of arrays (gzipped by the server when accepted): stores [id, code, name, city, distanceKm, phone, canShip 1/0, timeZone, openingHours, holidays], " +
    "styles [id, code, name, brand, category, priceCents, description, image, colours [name, hex][], active 1/0], " +
    "variants [id, styleId, sku, ean, colour, size, sizeOrder, priceCents, active 1/0], stock [variantId, storeId, onHand, reserved, updatedAt epoch s]. " +
    "A full snapshot leaves out other stores' rows with nothing available (read them as 0). " +
    "Pass the returned `cursor` as `since` on the next call: `full` is false and only rows changed since are sent (possibly a few again: " +
    "upsert them); an unknown or outdated cursor, or a change in the nearby stores, gives a full snapshot. No personal data.",
  permission: "stock:read",
  query: snapshotQuery,
  response: snapshotResponse,
});
