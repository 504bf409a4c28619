CREATE INDEX IF NOT EXISTS "lost_sales_at_idx" ON "lost_sales" USING btree ("at");
