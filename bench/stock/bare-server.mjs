// "The floor Floorwalker is compared with": a minimal node:http server answering the stock question
//   GET /api/v1/styles/{styleId}/stores?colour=<colour>&store=<originStoreId>   (Authorization: Bearer <token>)
// with ONE SQL statement through pg (prepared): a read-only token check, the colour's variants, every active store
// with its haversine distance from the origin, sorted this store first then nearest (then code), the nearest `limit`
// (default 25, like the app), and the stock rows of those stores only, packed per store; available =
// max(0, on_hand - reserved) and the JSON are written in Node by string concatenation. It computes no opening hours
// or promise dates (the app does, from in-process caches), lists only carried cells and writes nothing.
// Env: DATABASE_URL, PORT, POOL_SIZE (default 10 = the app's default).
import http from "node:http";
import { createHash } from "node:crypto";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });
pool.on("error", (e) => console.error("pool error", e.message));

const SQL = `
WITH o AS (SELECT id, lat, lng FROM stores WHERE id = $3),
c AS (SELECT colour FROM variants WHERE style_id = $1 AND lower(colour) = lower($2) ORDER BY id LIMIT 1),
v AS (
  SELECT v.id, v.size, (row_number() OVER (ORDER BY v.size_order, v.id)) - 1 AS i
  FROM variants v JOIN c ON v.colour = c.colour
  WHERE v.style_id = $1 AND v.active
),
s AS (
  SELECT st.id, st.code, st.name, st.city, st.phone, st.can_ship, st.id = o.id AS here,
    2 * 6371.0088 * asin(least(1, sqrt(
      sin(radians(st.lat - o.lat) / 2) ^ 2 + cos(radians(o.lat)) * cos(radians(st.lat)) * sin(radians(st.lng - o.lng) / 2) ^ 2))) AS km
  FROM stores st CROSS JOIN o
  WHERE st.active OR st.id = o.id
),
top AS (
  SELECT s.*, count(*) OVER ()::int AS total FROM s
  ORDER BY NOT s.here, round((s.km * 10)::numeric), s.code
  LIMIT $5
),
k AS (
  SELECT k.store_id,
    string_agg(v.i || ',' || k.on_hand || ',' || k.reserved || ',' || (date_part('epoch', k.updated_at) * 1000)::bigint, ';' ORDER BY v.i) AS cells
  FROM v JOIN stock k ON k.variant_id = v.id
  WHERE k.store_id IN (SELECT id FROM top)
  GROUP BY k.store_id
)
SELECT t.id, t.code, t.name, t.city, t.phone, t.can_ship, t.here, round(t.km::numeric, 1)::float8 AS km, k.cells,
  (SELECT count(*) FROM api_tokens WHERE token_hash = $4 AND revoked_at IS NULL)::int AS authed,
  (SELECT colour FROM c) AS colour,
  (SELECT string_agg(id || ':' || size, ';' ORDER BY i) FROM v) AS sizes,
  t.total
FROM top t LEFT JOIN k ON k.store_id = t.id
ORDER BY NOT t.here, round((t.km * 10)::numeric), t.code`;

const iso = new Map();
function isoOf(ms) {
  let s = iso.get(ms);
  if (s === undefined) {
    if (iso.size > 10_000) iso.clear();
    iso.set(ms, (s = new Date(ms).toISOString()));
  }
  return s;
}

/** The JSON answer, written as one string. */
function answer(styleId, originStoreId, rows) {
  const r0 = rows[0];
  const sizes = r0.sizes.split(";").map((x) => {
    const at = x.indexOf(":");
    return { variantId: Number(x.slice(0, at)), size: x.slice(at + 1) };
  });
  const prefix = sizes.map((z) => `{"variantId":${z.variantId},"size":${JSON.stringify(z.size)},`);
  let out = `{"styleId":${styleId},"colour":${JSON.stringify(r0.colour)},"originStoreId":${originStoreId},"sizes":${JSON.stringify(sizes.map((z) => ({ size: z.size, variantId: z.variantId })))},"stores":[`;
  for (let n = 0; n < rows.length; n++) {
    const r = rows[n];
    out += `${n ? "," : ""}{"storeId":${r.id},"code":${JSON.stringify(r.code)},"name":${JSON.stringify(r.name)},"city":${JSON.stringify(r.city)},"phone":${JSON.stringify(r.phone)},"distanceKm":${r.km},"isHere":${r.here},"canShip":${r.can_ship},"cells":[`;
    if (r.cells) {
      let first = true;
      for (const cell of r.cells.split(";")) {
        const [i, onHand, reserved, ms] = cell.split(",").map(Number);
        out += `${first ? "" : ","}${prefix[i]}"onHand":${onHand},"reserved":${reserved},"available":${Math.max(0, onHand - reserved)},"updatedAt":"${isoOf(ms)}"}`;
        first = false;
      }
    }
    out += "]}";
  }
  return out + `],"totalStores":${r0.total}}`;
}

const ROUTE = /^\/api\/v1\/styles\/(\d+)\/stores$/;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/health") return send(res, 200, '{"ok":true}');
    const m = ROUTE.exec(url.pathname);
    if (req.method !== "GET" || !m) return send(res, 404, '{"error":{"code":"not_found"}}');
    const auth = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
    if (!auth) return send(res, 401, '{"error":{"code":"unauthenticated"}}');
    const styleId = Number(m[1]);
    const colour = url.searchParams.get("colour") ?? "";
    const store = Number(url.searchParams.get("store"));
    const limit = Number(url.searchParams.get("limit") ?? 25);
    if (!colour || !Number.isInteger(store) || store < 1 || !Number.isInteger(limit) || limit < 1 || limit > 1000) return send(res, 422, '{"error":{"code":"validation_failed"}}');
    const tokenHash = createHash("sha256").update(auth[1]).digest("hex");
    const { rows } = await pool.query({ name: "grid", text: SQL, values: [styleId, colour, store, tokenHash, limit] });
    if (rows.length && !rows[0].authed) return send(res, 401, '{"error":{"code":"unauthenticated"}}');
    if (!rows.length || !rows[0].sizes) return send(res, 404, '{"error":{"code":"not_found"}}');
    send(res, 200, answer(styleId, store, rows));
  } catch (e) {
    send(res, 500, JSON.stringify({ error: { code: "internal", message: String(e?.message ?? e) } }));
  }
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 3211), "127.0.0.1", () => console.log(`bare server on ${process.env.PORT ?? 3211}`));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => pool.end().finally(() => process.exit(0))));
