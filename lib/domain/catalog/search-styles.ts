import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { parseInput } from "./parse-input";
import { exactCodeCandidates, queryTokens } from "./rules";
import { searchFiltersSchema, searchLimitSchema, searchTextSchema } from "./schemas";
import type { ColourSwatch, SearchFilters, SearchResult, StyleHit } from "./types";

/** A misspelt word is replaced by catalogue words at least this similar ("nimbs" -> "nimbus" 0.44, "ankel" -> "ankle" 0.33). */
const ALTERNATIVE_SIMILARITY = 0.25;
/** Alternatives per word, nearest first; the other words of the query keep them honest. */
const ALTERNATIVES = 5;
/** Words shorter than this are taken as typed (prefixes while typing), never "corrected". */
const MIN_CORRECTED_LENGTH = 4;
/** Matches scored in full (word similarity); type-ahead never needs more. */
const CANDIDATES = 100;

type HitRow = {
  id: number;
  code: string;
  name: string;
  brand: string;
  category: string;
  price_cents: number;
  image: string | null;
  available_here: number;
  colours: ColourSwatch[] | null;
  matched: { variantId: number; sku: string; ean: string; colour: string; size: string } | null;
};
type ResultRow = { hits: HitRow[] | null; categories: string[] | null; colours: string[] | null };

/**
 * Catalogue words near each misspelt query word (by trigram distance, GiST-ordered), keyed by word position.
 * Short words are prefixes still being typed: taken as they are.
 */
async function spellingAlternatives(db: Db, tokens: readonly string[]): Promise<Map<number, string[]>> {
  // The dictionary holds words of letters only: codes and numbers are never "corrected".
  const long = tokens.map((word, i) => ({ word, i })).filter((t) => t.word.length >= MIN_CORRECTED_LENGTH && /^\p{L}+$/u.test(t.word));
  if (!long.length) return new Map();
  const rows = rowsOf<{ i: number; word: string }>(
    await db.execute(sql`
      SELECT t.i, a.word
      FROM json_to_recordset(${JSON.stringify(long)}::json) AS t(word text, i int)
      CROSS JOIN LATERAL (SELECT w.word FROM search_words w ORDER BY w.word <-> t.word LIMIT ${ALTERNATIVES}) a
      WHERE a.word <> t.word AND similarity(a.word, t.word) >= ${ALTERNATIVE_SIMILARITY}`),
  );
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(r.i, [...(out.get(r.i) ?? []), r.word]);
  return out;
}

/**
 * Type-ahead search over name, brand, style code, category, department and colour (styles.search_tsv / search_text),
 * plus exact SKU / EAN / style code, accent-insensitive. Each word of the query matches as a prefix ("ankle bo"),
 * or, when misspelt, as one of the nearest catalogue words by trigram similarity ("snaekers" -> "sneakers").
 * Styles matching the most words are kept; exact codes rank first, then words matched as typed, then
 * similarity of the whole query to the style. Units available here are summed only for the hits returned.
 */
export async function searchStyles(
  db: Db,
  input: { q: string; storeId: number; filters?: SearchFilters; limit?: number },
): Promise<SearchResult> {
  const q = parseInput(searchTextSchema, input.q);
  const filters = parseInput(searchFiltersSchema, input.filters ?? {});
  const limit = parseInput(searchLimitSchema, input.limit);
  const tokens = queryTokens(q);
  const exact = exactCodeCandidates(q);

  // The columns a hit shows, carried through every step so no step joins back to styles.
  const cols = sql`s.id, s.code, s.name, s.brand, s.category, s.price_cents, s.images, s.colour_names`;
  const exactParts: SQL[] = [];
  if (exact.code || exact.ean) {
    exactParts.push(sql`
      SELECT v.style_id, v.id, 100::float8 FROM variants v
      WHERE v.active AND (v.sku = ${exact.code ?? ""} OR v.ean = ${exact.ean ?? ""})`);
  }
  if (exact.code) exactParts.push(sql`SELECT s.id, NULL::int, 90::float8 FROM styles s WHERE s.code = ${exact.code}`);

  const alternatives = await spellingAlternatives(db, tokens);
  // Words and alternatives only ever hold letters and digits, so they are safe as raw tsquery text.
  const own = tokens.map((t) => `(${t}:*)`);
  const any = tokens.map((t, i) => `(${[`${t}:*`, ...(alternatives.get(i) ?? [])].join(" | ")})`);
  const count = (qs: string[]) => sql.join(qs.map((x) => sql`(s.search_tsv @@ ${x}::tsquery)::int`), sql` + `);
  // Styles matching every word (as typed or corrected); only if there are none, those matching the most words,
  // so one unknown word narrows the list instead of emptying it. A code that names a variant or style is the
  // answer on its own: no word search runs around it.
  const wordSearch = tokens.length
    ? sql`
    strict AS (
      SELECT ${cols}, s.search_text, ${count(own)} AS exact FROM styles s
      WHERE s.active AND s.search_tsv @@ ${any.join(" & ")}::tsquery AND NOT EXISTS (SELECT 1 FROM ex)
    ),
    loose AS (
      SELECT ${cols}, s.search_text, ${count(own)} AS exact, ${count(any)} AS matched FROM styles s
      WHERE ${tokens.length > 1 ? sql`true` : sql`false`} AND s.active AND s.search_tsv @@ ${any.join(" | ")}::tsquery
        AND NOT EXISTS (SELECT 1 FROM ex) AND NOT EXISTS (SELECT 1 FROM strict)
    ),
    best AS (
      SELECT * FROM strict
      UNION ALL
      SELECT id, code, name, brand, category, price_cents, images, colour_names, search_text, exact FROM loose
      WHERE matched = (SELECT max(matched) FROM loose)
      ORDER BY exact DESC, name, id LIMIT ${CANDIDATES}
    ),
    words AS (
      SELECT b.id, b.code, b.name, b.brand, b.category, b.price_cents, b.images, b.colour_names, NULL::int AS variant_id,
             b.exact + word_similarity(p.t, b.search_text) + CASE WHEN starts_with(b.search_text, p.t) THEN 0.25 ELSE 0 END AS score
      FROM best b, p
    ),`
    : sql`words AS (SELECT ${cols}, NULL::int AS variant_id, 0::float8 AS score FROM styles s WHERE false),`;

  const where: SQL[] = [sql`true`];
  if (filters.category) where.push(sql`lower(c.category) = lower(${filters.category})`);
  if (filters.priceMinCents !== undefined) where.push(sql`c.price_cents >= ${filters.priceMinCents}`);
  if (filters.priceMaxCents !== undefined) where.push(sql`c.price_cents <= ${filters.priceMaxCents}`);
  if (filters.colour) where.push(sql`position('|' || lower(${filters.colour}) || '|' in '|' || lower(c.colour_names) || '|') > 0`);
  if (filters.size) {
    // "Size available here": at least one unit of that size (in the chosen colour, if any) not yet reserved.
    where.push(sql`EXISTS (
      SELECT 1 FROM variants v JOIN stock st ON st.variant_id = v.id AND st.store_id = ${input.storeId}
      WHERE v.style_id = c.id AND v.active AND upper(v.size) = upper(${filters.size}) AND st.on_hand > st.reserved
        ${filters.colour ? sql`AND lower(v.colour) = lower(${filters.colour})` : sql``})`);
  }

  const query = sql`
    WITH p AS (SELECT lower(f_unaccent(${q})) AS t),
    ex AS (
      ${exactParts.length ? sql.join(exactParts, sql` UNION ALL `) : sql`SELECT NULL::int, NULL::int, NULL::float8 WHERE false`}
    ),
    ${wordSearch}
    cand AS MATERIALIZED (
      SELECT * FROM words
      UNION ALL
      -- OFFSET 0 keeps this a per-code index lookup rather than a join over every style.
      (SELECT DISTINCT ON (s.id) ${cols}, x.variant_id, x.score
       FROM ex x(style_id, variant_id, score) CROSS JOIN LATERAL (SELECT * FROM styles s WHERE s.id = x.style_id AND s.active OFFSET 0) s
       ORDER BY s.id, x.score DESC)
    ),
    top AS (
      SELECT c.score, c.variant_id, c.id, c.code, c.name, c.brand, c.category, c.price_cents, c.images->>0 AS image
      FROM cand c WHERE ${sql.join(where, sql` AND `)}
      ORDER BY c.score DESC, c.name, c.id LIMIT ${limit}
    ),
    hits AS (
      SELECT top.*,
        (SELECT coalesce(sum(greatest(st.on_hand - st.reserved, 0)), 0)::int
           FROM variants v JOIN stock st ON st.variant_id = v.id AND st.store_id = ${input.storeId}
          WHERE v.style_id = top.id AND v.active) AS available_here,
        (SELECT json_agg(json_build_object('name', x.colour, 'hex', x.hex) ORDER BY x.first_id)
           FROM (SELECT v.colour, min(v.colour_hex) AS hex, min(v.id) AS first_id FROM variants v
                  WHERE v.style_id = top.id AND v.active GROUP BY v.colour) x) AS colours,
        (SELECT json_build_object('variantId', mv.id, 'sku', mv.sku, 'ean', mv.ean, 'colour', mv.colour, 'size', mv.size)
           FROM variants mv WHERE mv.id = top.variant_id) AS matched
      FROM top
    )
    SELECT
      (SELECT json_agg(hits ORDER BY hits.score DESC, hits.name, hits.id) FROM hits) AS hits,
      (SELECT array_agg(DISTINCT cand.category ORDER BY cand.category) FROM cand) AS categories,
      (SELECT array_agg(DISTINCT n.name ORDER BY n.name) FROM cand, unnest(string_to_array(nullif(cand.colour_names, ''), '|')) AS n(name)) AS colours`;

  const [row] = rowsOf<ResultRow>(await db.execute(query));

  const hits: StyleHit[] = (row?.hits ?? []).map((h) => ({
    styleId: h.id,
    code: h.code,
    name: h.name,
    brand: h.brand,
    category: h.category,
    priceCents: h.price_cents,
    image: h.image,
    colours: h.colours ?? [],
    availableHere: h.available_here,
    ...(h.matched ? { matched: h.matched } : {}),
  }));
  return { query: q, hits, facets: { categories: row?.categories ?? [], colours: row?.colours ?? [] } };
}
