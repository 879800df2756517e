import { outboxTable } from '@mitmach/events';
import { pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const partnersSchema = pgSchema('partners');

export const partnerApiKeys = partnersSchema.table('partner_api_keys', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type PartnerApiKeyRow = typeof partnerApiKeys.$inferSelect;

export const outbox = outboxTable(partnersSchema);
