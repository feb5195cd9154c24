// A year-end campaign's title settings go through the campaign's door: saved and audited like any
// campaign edit, and refused for a title the council has voted on, whichever page sends them.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TITLE_RULES } from '../domain/annual-titles';
import type { Campaign } from '../domain/campaign';
import { StateError } from '../domain/errors';
import { DEFAULT_VOTING_RULES } from '../domain/rules';
import { newId } from '../lib/ids';
import { campaignsRepo } from './campaign-repo';
import { sessionsRepo } from './council-repo';
import type { BinhXetDatabase } from './database';
import { createRound } from './round-repo';
import { freshDatabase, moveCampaignTo } from './test-db';
import { titleLocks } from './title-locks-read';
import { createYearEndCampaign } from './year-end-ops';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

const sixty = { ...DEFAULT_TITLE_RULES, collective: { ...DEFAULT_TITLE_RULES.collective, minShareLdtt: { numerator: 60, denominator: 100 } } };
const rewardOf = (c: Campaign, key: string) => c.rewards.find((r) => r.titleKey === key)?.id ?? '';

/** The campaign at the council with a round prepared for `titleKey`; returns the round. */
async function roundFor(campaign: Campaign, titleKey: string) {
  await moveCampaignTo(campaign.id, 'council');
  const session = await sessionsRepo.create({ campaignId: campaign.id, date: '2025-12-20', place: 'Hội trường UBND xã', agenda: ['Bình xét danh hiệu'] });
  return createRound({ campaignId: campaign.id, sessionId: session.id, category: 'collective', candidateIds: [newId()], quota: 1, rules: DEFAULT_VOTING_RULES, rewardId: rewardOf(campaign, titleKey) });
}

/** What opening and counting do to the round, as far as the settings care: it is no longer only prepared. */
async function markCounted(roundId: string) {
  const round = await database.rounds.get(roundId);
  if (round) await database.rounds.put({ ...round, status: 'closed', rev: round.rev + 1 });
}

const current = async (id: string) => (await campaignsRepo.get(id)) as Campaign;

describe('title settings through the campaign repository', () => {
  it('saves a new unit threshold with an audit entry naming the field', async () => {
    const { campaign } = await createYearEndCampaign(2025);
    const saved = await campaignsRepo.update(campaign.id, campaign.rev, { titleRules: sixty });
    expect(saved.titleRules?.collective.minShareLdtt).toEqual({ numerator: 60, denominator: 100 });
    const audit = (await database.audit.toArray()).filter((e) => e.action === 'update' && e.entityId === campaign.id);
    expect(audit.map((e) => e.fields)).toEqual([['titleRules']]);
  });

  it('refuses the threshold once the council has voted on Tập thể LĐTT, and writes nothing', async () => {
    const { campaign } = await createYearEndCampaign(2025);
    const round = await roundFor(campaign, 'tap-the-lao-dong-tien-tien');
    await markCounted(round.id);
    const before = await current(campaign.id);
    const attempt = campaignsRepo.update(campaign.id, before.rev, { titleRules: sixty });
    await expect(attempt).rejects.toBeInstanceOf(StateError);
    await expect(attempt).rejects.toThrow('Hội đồng đã bỏ phiếu danh hiệu Tập thể lao động tiên tiến (vòng 1) nên không sửa được tiêu chuẩn');
    expect((await current(campaign.id)).titleRules).toEqual(before.titleRules);
    expect(await titleLocks(before)).toEqual({ 'tap-the-lao-dong-tien-tien': { kind: 'voted', rounds: [1] } });
  });

  it('still lets the other titles change, and the rest of the plan', async () => {
    const { campaign } = await createYearEndCampaign(2025);
    const round = await roundFor(campaign, 'tap-the-lao-dong-tien-tien');
    await markCounted(round.id);
    const before = await current(campaign.id);
    const cap = { ...DEFAULT_TITLE_RULES, cstdCap: { ...DEFAULT_TITLE_RULES.cstdCap, enabled: true } };
    const saved = await campaignsRepo.update(campaign.id, before.rev, { titleRules: cap, closing: 'Đề nghị các đơn vị thực hiện.' });
    expect(saved.titleRules?.cstdCap.enabled).toBe(true);
    // The individual bar decides every title, the voted one too.
    await expect(campaignsRepo.update(campaign.id, saved.rev, { titleRules: { ...cap, individualDisciplineBar: 'canh-cao' } })).rejects.toThrow('Hội đồng đã bỏ phiếu');
  });

  it('a round only prepared blocks a change of the council rule, not of the standard', async () => {
    const { campaign } = await createYearEndCampaign(2025);
    await roundFor(campaign, 'tap-the-lao-dong-tien-tien');
    const before = await current(campaign.id);
    const saved = await campaignsRepo.update(campaign.id, before.rev, { titleRules: sixty });
    const rewards = saved.rewards.map((r) => (r.titleKey === 'tap-the-lao-dong-tien-tien' ? { ...r, votingRules: { ...DEFAULT_VOTING_RULES, base: 'present' as const } } : r));
    await expect(campaignsRepo.update(campaign.id, saved.rev, { rewards })).rejects.toThrow('hãy xoá vòng chưa mở ở trang Hội đồng rồi chuẩn bị lại');
  });
});
