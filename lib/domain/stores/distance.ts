export type LatLng = { lat: number; lng: number };

// Mean Earth radius (IUGG); haversine on a sphere is within 0.5% for store-to-store distances.
const EARTH_RADIUS_KM = 6371.0088;

const toRad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  // min() guards against rounding pushing h just above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Items nearest first, each with its distance. Equal distances are ordered by `tieKey`
 * when given, otherwise they keep their original order.
 */
export function sortByDistance<T extends LatLng>(
  origin: LatLng,
  items: readonly T[],
  tieKey?: (item: T) => string | number,
): (T & { distanceKm: number })[] {
  return items
    .map((item, index) => ({ item: { ...item, distanceKm: distanceKm(origin, item) }, index }))
    .sort((x, y) => {
      const byDistance = x.item.distanceKm - y.item.distanceKm;
      if (byDistance !== 0) return byDistance;
      if (tieKey) {
        const kx = tieKey(x.item);
        const ky = tieKey(y.item);
        if (kx < ky) return -1;
        if (kx > ky) return 1;
      }
      return x.index - y.index;
    })
    .map(({ item }) => item);
}
