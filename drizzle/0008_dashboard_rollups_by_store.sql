CREATE INDEX "usage_daily_devices_store_idx" ON "usage_daily_devices" USING btree ("store_id","day","device_id");--> statement-breakpoint
CREATE INDEX "usage_daily_facets_store_idx" ON "usage_daily_facets" USING btree ("store_id","type","day");--> statement-breakpoint
CREATE INDEX "usage_daily_people_store_idx" ON "usage_daily_people" USING btree ("store_id","day","user_id");--> statement-breakpoint
CREATE INDEX "usage_daily_store_store_idx" ON "usage_daily_store" USING btree ("store_id","day");