import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from './test-db';
import { campaignsRepo, participantsRepo } from './campaign-repo';
import { campaignCounts, cloneCampaign, deleteDraftCampaign, listCampaigns, transitionCampaign } from './campaign-ops';
import { plan99Template } from '../domain/templates/plan-99';
import { StaleWriteError, StateError } from '../domain/errors';
import type { BinhXetDatabase } from './database';
import { newId } from '../lib/ids';
import { peopleRepo, unitsRepo } from './register-repo';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

describe('campaign operations', () => {
  it('stores the template and reads it back unchanged', async () => {
    const created = await campaignsRepo.create(plan99Template());
    expect(await campaignsRepo.get(created.id)).toEqual(created);
    expect(created.status).toBe('draft');
  });

  it('moves through the lifecycle, audits each step, refuses a skip or a stale tab', async () => {
    const c = await campaignsRepo.create(plan99Template());
    const launched = await transitionCampaign(c.id, c.rev, 'launched');
    expect(launched.status).toBe('launched');
    await expect(transitionCampaign(c.id, launched.rev, 'decided')).rejects.toBeInstanceOf(StateError);
    await expect(transitionCampaign(c.id, c.rev, 'evaluating')).rejects.toBeInstanceOf(StaleWriteError);
    const audit = await database.audit.where('entityId').equals(c.id).toArray();
    const transition = audit.find((a) => a.action === 'transition');
    expect(transition?.summary).toContain('từ “Dự thảo” sang “Đã phát động”');
  });

  it('deletes only a draft', async () => {
    const c = await campaignsRepo.create(plan99Template());
    const launched = await transitionCampaign(c.id, c.rev, 'launched');
    await expect(deleteDraftCampaign(c.id, launched.rev)).rejects.toThrow(/Chỉ xoá được phong trào ở trạng thái Dự thảo/);
    const draft = await campaignsRepo.create(plan99Template());
    await deleteDraftCampaign(draft.id, draft.rev);
    expect((await listCampaigns()).map((x) => x.id)).toEqual([c.id]);
  });

  it('clones to next year as a draft that remembers its source', async () => {
    const c = await campaignsRepo.create(plan99Template());
    const copy = await cloneCampaign(c.id);
    expect(copy).toMatchObject({ year: 2025, status: 'draft', documentNumber: '', clonedFrom: c.id });
    expect(copy.id).not.toBe(c.id);
  });

  it('carries the units and people still in the register into the clone, under their current names, and nothing of the year', async () => {
    const c = await campaignsRepo.create(plan99Template());
    const unit = await unitsRepo.create({ name: 'Ấp Voi 1', kind: 'ap' });
    const kept = await peopleRepo.create({ fullName: 'Hồ Văn Đức', gender: 'nam', kind: 'cong-chuc', active: true });
    const gone = await peopleRepo.create({ fullName: 'Lê Thị Bé', gender: 'nu', kind: 'nhdkct', active: true });
    await participantsRepo.create({ campaignId: c.id, category: 'collective', unitId: unit.id, displayName: unit.name });
    await participantsRepo.create({ campaignId: c.id, category: 'individual', personId: kept.id, displayName: kept.fullName });
    await participantsRepo.create({ campaignId: c.id, category: 'individual', personId: gone.id, displayName: gone.fullName });
    await peopleRepo.update(kept.id, kept.rev, { fullName: 'Hồ Văn Đực' });
    await peopleRepo.remove(gone.id, gone.rev);
    const copy = await cloneCampaign(c.id);
    const carried = (await database.participants.where('campaignId').equals(copy.id).toArray()).map((p) => [p.category, p.displayName]);
    expect(carried.sort()).toEqual([['collective', 'Ấp Voi 1'], ['individual', 'Hồ Văn Đực']]);
    expect(await database.participants.where('campaignId').equals(c.id).count()).toBe(3);
    expect(await database.evidence.where('campaignId').equals(copy.id).count()).toBe(0);
  });

  it('counts what belongs to the campaign, without deleted records', async () => {
    const c = await campaignsRepo.create(plan99Template());
    const a = await participantsRepo.create({ campaignId: c.id, category: 'collective', unitId: newId(), displayName: 'Ấp Voi 1' });
    await participantsRepo.create({ campaignId: c.id, category: 'individual', personId: newId(), displayName: 'Hồ Văn Đức' });
    await participantsRepo.remove(a.id);
    expect(await campaignCounts(c.id)).toMatchObject({ participants: 1, individuals: 1, collectives: 0, evidence: 0 });
  });
});
