// Whether the demo dataset is loaded — kept apart from demo-data.ts so the dashboard can
// ask without loading the dataset and the schema library.
import { db } from './database';

export const DEMO_KEY = 'demo';

export async function isDemoLoaded(): Promise<boolean> {
  return !!(await db().meta.get(DEMO_KEY));
}

/** The demo's campaigns, marked "Mẫu" in the lists (empty when the demo is not loaded). */
export async function demoCampaignIds(): Promise<Set<string>> {
  const manifest = (await db().meta.get(DEMO_KEY))?.value as { campaignId?: string; campaignIds?: string[]; records?: { campaigns?: string[] } } | undefined;
  if (!manifest) return new Set();
  return new Set([manifest.campaignId, ...(manifest.campaignIds ?? []), ...(manifest.records?.campaigns ?? [])].filter((id): id is string => !!id));
}
