-- Search: colours join the search document, a stored tsvector makes word matching cheap, and a dictionary of
-- the catalogue's words lets a misspelt word ("snaekers") be corrected by trigram distance to a real one.
--
-- styles.colour_names ("Black|Tan|Burgundy", in the order the colours were created) is kept by statement-level
-- triggers on variants, so a bulk load costs one refresh per statement, not one per row. The triggers are
-- ENABLE ALWAYS: the seed loads with session_replication_role = replica, which skips ordinary triggers.
ALTER TABLE styles ADD COLUMN colour_names text NOT NULL DEFAULT '';
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refresh_style_colour_names(style_ids int[]) RETURNS void LANGUAGE sql AS $$
  UPDATE styles s SET colour_names = c.names
  FROM (
    SELECT ids.id AS style_id,
           coalesce((SELECT string_agg(x.colour, '|' ORDER BY x.first_id)
                     FROM (SELECT v.colour, min(v.id) AS first_id FROM variants v
                           WHERE v.style_id = ids.id AND v.active GROUP BY v.colour) x), '') AS names
    FROM unnest(style_ids) AS ids(id)
  ) c
  WHERE s.id = c.style_id AND s.colour_names IS DISTINCT FROM c.names
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION variants_refresh_colour_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- plpgsql plans each branch on first use, so a branch may name a transition table only its trigger has.
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_style_colour_names(ARRAY(SELECT DISTINCT style_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_style_colour_names(ARRAY(SELECT DISTINCT style_id FROM old_rows));
  ELSE
    PERFORM refresh_style_colour_names(ARRAY(
      SELECT unnest(ARRAY[n.style_id, o.style_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (n.style_id, n.colour, n.active) IS DISTINCT FROM (o.style_id, o.colour, o.active)));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER variants_colour_names_ins AFTER INSERT ON variants
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION variants_refresh_colour_names();
--> statement-breakpoint
CREATE TRIGGER variants_colour_names_upd AFTER UPDATE ON variants
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION variants_refresh_colour_names();
--> statement-breakpoint
CREATE TRIGGER variants_colour_names_del AFTER DELETE ON variants
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION variants_refresh_colour_names();
--> statement-breakpoint
ALTER TABLE variants ENABLE ALWAYS TRIGGER variants_colour_names_ins;
--> statement-breakpoint
ALTER TABLE variants ENABLE ALWAYS TRIGGER variants_colour_names_upd;
--> statement-breakpoint
ALTER TABLE variants ENABLE ALWAYS TRIGGER variants_colour_names_del;
--> statement-breakpoint
-- The search document gains department and colours; the generated column is rebuilt, so its indexes are too.
DROP INDEX IF EXISTS styles_search_trgm_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS styles_search_fts_idx;
--> statement-breakpoint
ALTER TABLE styles DROP COLUMN search_text;
--> statement-breakpoint
ALTER TABLE styles ADD COLUMN search_text text GENERATED ALWAYS AS (
  lower(f_unaccent(name || ' ' || brand || ' ' || code || ' ' || category || ' ' || department || ' ' || replace(colour_names, '|', ' ')))
) STORED;
--> statement-breakpoint
-- A generated column cannot read another one, hence the repeated expression; stored, so matching never re-parses text.
ALTER TABLE styles ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
  to_tsvector('simple'::regconfig, lower(f_unaccent(name || ' ' || brand || ' ' || code || ' ' || category || ' ' || department || ' ' || replace(colour_names, '|', ' '))))
) STORED;
--> statement-breakpoint
CREATE INDEX styles_search_trgm_idx ON styles USING gin (search_text gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX styles_search_tsv_idx ON styles USING gin (search_tsv);
--> statement-breakpoint
-- Every word (3+ letters) of the search documents; GiST so the nearest words to a typo come by index order.
CREATE TABLE search_words (word text PRIMARY KEY);
--> statement-breakpoint
CREATE INDEX search_words_trgm_idx ON search_words USING gist (word gist_trgm_ops);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION styles_collect_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Words are only added: one no longer in any style corrects a typo towards nothing, which is harmless.
  INSERT INTO search_words (word)
  SELECT DISTINCT w FROM new_rows, unnest(tsvector_to_array(new_rows.search_tsv)) AS w
  WHERE w ~ '^[a-z]{3,}$'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER styles_search_words_ins AFTER INSERT ON styles
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION styles_collect_search_words();
--> statement-breakpoint
CREATE TRIGGER styles_search_words_upd AFTER UPDATE ON styles
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION styles_collect_search_words();
--> statement-breakpoint
ALTER TABLE styles ENABLE ALWAYS TRIGGER styles_search_words_ins;
--> statement-breakpoint
ALTER TABLE styles ENABLE ALWAYS TRIGGER styles_search_words_upd;
--> statement-breakpoint
SELECT refresh_style_colour_names(ARRAY(SELECT id FROM styles));
--> statement-breakpoint
INSERT INTO search_words (word)
SELECT DISTINCT w FROM styles, unnest(tsvector_to_array(styles.search_tsv)) AS w WHERE w ~ '^[a-z]{3,}$'
ON CONFLICT DO NOTHING;
