// The one check every repository makes, inside its own write transaction, before work that
// belongs to a stage of the campaign (domain/campaign-stage.ts): refused with what to do and a
// link to the campaign's overview, where the stage is changed.
import type { Campaign } from '../domain/campaign';
import { stageRefusal, type StageAction } from '../domain/campaign-stage';
import { NotFoundError, StateError, type StepLink } from '../domain/errors';
import type { BinhXetDatabase } from './database';

export function overviewLink(campaignId: string): StepLink {
  return { to: `/campaigns/${campaignId}`, label: 'Mở Tổng quan phong trào' };
}

/** The campaign, when its stage allows `action`; the caller's transaction must include `campaigns`. */
export async function requireStage(database: BinhXetDatabase, campaignId: string, action: StageAction): Promise<Campaign> {
  const campaign = await database.campaigns.get(campaignId);
  if (!campaign || campaign.deletedAt) throw new NotFoundError('phong trào', campaignId);
  const refusal = stageRefusal(campaign.status, action);
  if (refusal) throw new StateError(refusal, overviewLink(campaignId));
  return campaign;
}
