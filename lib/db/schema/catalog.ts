import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

export const styles = pgTable(
  "styles",
  {
    id: serial("id").primaryKey(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    brand: text("brand").notNull(),
    category: text("category").notNull(),
    department: text("department").notNull(),
    gender: text("gender").notNull(),
    description: text("description").notNull().default(""),
    materials: text("materials").notNull().default(""),
    priceCents: integer("price_cents").notNull(),
    attributes: jsonb("attributes").$type<Record<string, string>>().notNull().default({}),
    images: jsonb("images").$type<string[]>().notNull().default([]),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("styles_category_idx").on(t.category), index("styles_brand_idx").on(t.brand)],
);

export const variants = pgTable(
  "variants",
  {
    id: serial("id").primaryKey(),
    styleId: integer("style_id").notNull().references(() => styles.id),
    sku: text("sku").notNull().unique(),
    // EAN-13 barcode; UPC-A codes are stored zero-padded to 13 digits.
    ean: text("ean").notNull().unique(),
    colour: text("colour").notNull(),
    colourHex: text("colour_hex").notNull().default("#888888"),
    size: text("size").notNull(),
    // Position of the size in its run, so sizes sort 35..46 or XS..XXL rather than alphabetically.
    sizeOrder: integer("size_order").notNull(),
    priceCents: integer("price_cents").notNull(),
    active: boolean("active").notNull().default(true),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("variants_style_idx").on(t.styleId, t.colour, t.sizeOrder)],
);
