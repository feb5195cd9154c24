// Test helpers: a fresh, uniquely named database for each test (fake-indexeddb in unit tests),
// and campaigns moved to a stage the way the officer does it, one transition at a time.
import { BinhXetDatabase, db, setDatabase } from './database';
import { randomId } from '../lib/ids';
import { CAMPAIGN_STATUSES, type Campaign, type CampaignStatus } from '../domain/campaign';
import { allowedTransitions } from '../domain/campaign-lifecycle';
import { plan99Template } from '../domain/templates/plan-99';
import { campaignsRepo } from './campaign-repo';
import { transitionCampaign } from './campaign-ops';
import { sessionsRepo, setAttendance } from './council-repo';
import { closeRound, createRound, enterTally, openRound, publishRound } from './round-repo';
import { DEFAULT_VOTING_RULES } from '../domain/rules';

export function freshDatabase(): BinhXetDatabase {
  const database = new BinhXetDatabase(`test-${randomId()}`);
  setDatabase(database);
  return database;
}

/** Moves the campaign through the overview's buttons until it is at `to` (moving to "decided" needs a decision). */
export async function moveCampaignTo(campaignId: string, to: CampaignStatus): Promise<Campaign> {
  for (;;) {
    const campaign = await campaignsRepo.get(campaignId);
    if (!campaign) throw new Error(`no campaign ${campaignId}`);
    if (campaign.status === to) return campaign;
    const forward = CAMPAIGN_STATUSES.indexOf(to) > CAMPAIGN_STATUSES.indexOf(campaign.status);
    const step = allowedTransitions(campaign.status).find((t) => !!t.back !== forward);
    if (!step) throw new Error(`no way from ${campaign.status} to ${to}`);
    await transitionCampaign(campaignId, campaign.rev, step.to);
  }
}

/** A plan-99 campaign created as a draft and moved to `status`. */
export async function campaignAt(status: CampaignStatus, options: { id?: string } = {}): Promise<Campaign> {
  const campaign = await campaignsRepo.create(plan99Template(), options);
  return moveCampaignTo(campaign.id, status);
}

/**
 * The campaign goes to the council, which meets with every member present and votes, on paper,
 * on `nominationIds` alone (every ballot agrees with all of them); the round is published unless
 * told otherwise. Returns the round's id.
 */
export async function councilVotes(campaignId: string, nominationIds: string[], options: { publish?: boolean } = {}): Promise<string> {
  await moveCampaignTo(campaignId, 'council');
  const database = db();
  const members = (await database.councilMembers.where('campaignId').equals(campaignId).toArray()).filter((m) => !m.deletedAt);
  const session = await sessionsRepo.create({ campaignId, date: '2025-01-14', place: 'Hội trường UBND xã', agenda: ['Bình xét'] });
  for (const m of members) await setAttendance(session.id, m, 'present');
  const round = await createRound({ campaignId, sessionId: session.id, category: 'individual', candidateIds: nominationIds, quota: nominationIds.length, rules: DEFAULT_VOTING_RULES });
  const n = members.length;
  await openRound(round.id);
  await enterTally(round.id, { issued: n, returned: n, valid: n, invalid: 0, perCandidate: Object.fromEntries(nominationIds.map((id) => [id, { agree: n, disagree: 0 }])) });
  await closeRound(round.id);
  if (options.publish !== false) await publishRound(round.id);
  return round.id;
}
