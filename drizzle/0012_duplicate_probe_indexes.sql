-- The duplicate probe's "similar name and the same last four digits / e-mail local part / company domain" arm:
-- with these, it reads a few index entries instead of testing every customer's name for similarity.
CREATE INDEX IF NOT EXISTS "customers_phone_last4_idx" ON "customers" USING btree (right("phone_e164", 4));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customers_email_local_idx" ON "customers" USING btree (replace(regexp_replace(split_part("email_norm", '@', 1), '\+.*$', ''), '.', ''));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customers_email_domain_idx" ON "customers" USING btree (split_part("email_norm", '@', 2));
