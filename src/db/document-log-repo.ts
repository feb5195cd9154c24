// Remembers what each downloaded document was generated from (campaign, round, date and a
// fingerprint of its text), so its page can warn when the data changed since.
import { db } from './database';
import { appendAudit, writeTransaction } from './repository';

export interface DocumentGeneration {
  at: string;
  fingerprint: string;
  source: string;
  name: string;
}

const key = (campaignId: string, docKey: string) => `document:${campaignId}:${docKey}`;

export async function lastGeneration(campaignId: string, docKey: string): Promise<DocumentGeneration | null> {
  const entry = await db().meta.get(key(campaignId, docKey));
  return (entry?.value as DocumentGeneration | undefined) ?? null;
}

export async function recordGeneration(campaignId: string, docKey: string, generation: Omit<DocumentGeneration, 'at'>): Promise<void> {
  await writeTransaction([], async (database) => {
    await database.meta.put({ key: key(campaignId, docKey), value: { ...generation, at: new Date().toISOString() } });
    await appendAudit(database, { action: 'create', entity: 'documents', entityId: docKey, campaignId, summary: `Tải ${generation.name} (${generation.source})` });
  });
}
