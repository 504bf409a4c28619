import type { WireStock, WireStore, WireStyle, WireVariant } from "@/lib/domain/offline-snapshot/wire";
import type { SnapStock, SnapStore, SnapStyle, SnapVariant } from "./types";

export const decodeStyle = ([id, code, name, brand, category, priceCents, description, image, colours]: WireStyle): SnapStyle => ({
  id,
  code,
  name,
  brand,
  category,
  priceCents,
  description,
  image,
  colours: colours.map(([n, hex]) => ({ name: n, hex })),
});

export const decodeVariant = ([id, styleId, sku, ean, colour, size, sizeOrder, priceCents]: WireVariant): SnapVariant => ({
  id,
  styleId,
  sku,
  ean,
  colour,
  size,
  sizeOrder,
  priceCents,
});

export const decodeStock = ([variantId, storeId, onHand, reserved, updatedSec]: WireStock): SnapStock => ({
  variantId,
  storeId,
  onHand,
  reserved,
  available: Math.max(0, onHand - reserved),
  updatedAt: new Date(updatedSec * 1000).toISOString(),
});

export const decodeStore = (
  [id, code, name, city, distanceKm, phone, canShip, timezone, hours, holidays]: WireStore,
  hereId: number,
): SnapStore => ({ id, code, name, city, distanceKm, phone, canShip: canShip === 1, timezone, hours, holidays, isHere: id === hereId });
