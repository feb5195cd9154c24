// @vitest-environment happy-dom
// Hostile review: "thresholds may differ per award in one campaign" (shared/domain.md). The
// campaign keeps the council's rules per award (Reward.votingRules, e.g. Giấy khen by quá bán,
// Chiến sĩ thi đua cơ sở by ≥ 80% of all members), and rulesForAward() exists — but does the
// round the operator prepares use them?
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { freshDatabase, moveCampaignTo } from '../../db/test-db';
import { loadDemoData } from '../../db/demo-data';
import { sessionsRepo } from '../../db/council-repo';
import { DEFAULT_VOTING_RULES, type VotingRules } from '../../domain/rules';
import { loadCouncilData } from './use-council';
import { NewRoundForm } from './new-round-form';

afterEach(() => cleanup());

describe('attack: per-award voting rules', () => {
  it('DEFECT: a round for an award with its own rules (≥ 4/5 of all members) is prepared with the campaign’s quá bán', async () => {
    const database = freshDatabase();
    const campaignId = await loadDemoData();
    const campaign = await moveCampaignTo(campaignId, 'council');
    if (!campaign) throw new Error('no campaign');
    const eighty: VotingRules = { ...DEFAULT_VOTING_RULES, threshold: { kind: 'fraction', numerator: 4, denominator: 5, comparison: 'at-least' }, base: 'all-members' };
    // Every individual award of this campaign is voted under 80% of all members.
    const rewards = campaign.rewards.map((r) => (r.category === 'individual' ? { ...r, votingRules: eighty } : r));
    await database.campaigns.put({ ...campaign, rewards });
    const session = await sessionsRepo.create({ campaignId, date: '2025-01-14', place: 'Hội trường UBND xã', agenda: ['Bình xét'] });
    const data = await loadCouncilData(campaignId);
    render(<NewRoundForm data={data} session={session} />);
    fireEvent.click(screen.getByRole('button', { name: /Chuẩn bị vòng bỏ phiếu/ }));
    const rounds = () => database.rounds.where('sessionId').equals(session.id).toArray();
    await waitFor(async () => expect(await rounds()).toHaveLength(1));
    const [round] = await rounds();
    // Expected: the award's rules (and the award named on the round, rewardId).
    // Actual: campaign.votingRules (quá bán) and no rewardId — a nominee with 5 of 9 votes is
    // "chosen" for an award that needs 8 of 9.
    expect(round?.rules.threshold).toEqual(eighty.threshold);
    expect(round?.rewardId).toBeDefined();
  });
});
