// What the title settings page reads besides the campaign: which titles the council has voted
// on (or prepared a round for), so the page shows them locked before anyone types.
import type { Campaign } from '../domain/campaign';
import { ANNUAL_TITLE_KEYS, type AnnualTitleKey } from '../domain/annual-titles';
import { titleLock, type TitleLock } from '../domain/title-settings';
import { db } from './database';

export async function titleLocks(campaign: Pick<Campaign, 'id' | 'status' | 'rewards'>): Promise<Partial<Record<AnnualTitleKey, TitleLock>>> {
  const rounds = await db().rounds.where('campaignId').equals(campaign.id).toArray();
  const out: Partial<Record<AnnualTitleKey, TitleLock>> = {};
  for (const key of ANNUAL_TITLE_KEYS) {
    const lock = titleLock(key, campaign, rounds);
    if (lock) out[key] = lock;
  }
  return out;
}
