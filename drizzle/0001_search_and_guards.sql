-- Search: trigram and full-text matching, accent-insensitive (PGlite ships both extensions).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- unaccent() is only STABLE; indexes need an IMMUTABLE wrapper with the dictionary named explicitly.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
--> statement-breakpoint
ALTER TABLE styles ADD COLUMN search_text text GENERATED ALWAYS AS (lower(f_unaccent(name || ' ' || brand || ' ' || code || ' ' || category))) STORED;
--> statement-breakpoint
CREATE INDEX styles_search_trgm_idx ON styles USING gin (search_text gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX styles_search_fts_idx ON styles USING gin (to_tsvector('simple', search_text));
--> statement-breakpoint
CREATE INDEX customers_name_trgm_idx ON customers USING gin (name_search gin_trgm_ops);
--> statement-breakpoint
-- Consent records are proof: never edited or deleted. Only a merge may move a record to the surviving customer.
CREATE OR REPLACE FUNCTION consent_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'consent records are append-only' USING ERRCODE = 'check_violation';
  END IF;
  IF (NEW.purpose, NEW.decision, NEW.text_id, NEW.text_version, NEW.text_hash, NEW.channel, NEW.at)
     IS DISTINCT FROM (OLD.purpose, OLD.decision, OLD.text_id, OLD.text_version, OLD.text_hash, OLD.channel, OLD.at) THEN
    RAISE EXCEPTION 'consent records are append-only' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER consent_records_append_only BEFORE UPDATE OR DELETE ON consent_records
  FOR EACH ROW EXECUTE FUNCTION consent_records_append_only();
