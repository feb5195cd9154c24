import { beforeEach, describe, expect, it } from 'vitest';
import { councilVotes, freshDatabase, moveCampaignTo } from './test-db';
import { loadDemoData } from './demo-data';
import { appraiseMany, changeStatus, nominate, saveDossier, stepMany, withdraw } from './nomination-repo';
import { StateError } from '../domain/errors';
import type { BinhXetDatabase } from './database';
import { newId } from '../lib/ids';

let database: BinhXetDatabase;
let campaignId: string;
beforeEach(async () => {
  database = freshDatabase();
  campaignId = await loadDemoData();
});

async function participant(name: string) {
  const found = (await database.participants.where('campaignId').equals(campaignId).toArray()).find((p) => p.displayName === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}
const nominationOf = async (name: string) => {
  const p = await participant(name);
  return (await database.nominations.where('participantId').equals(p.id).toArray()).find((n) => n.status !== 'withdrawn');
};

describe('nominate', () => {
  it('refuses an over-quota nomination without a reason, and records it with one', async () => {
    const p = await participant('Công an xã');
    await expect(nominate(campaignId, [{ participantId: p.id, rationale: 'Tiêu biểu' }])).rejects.toThrow(/Vượt số lượng khen thưởng \(tập thể: 1\)/);
    expect(await nominationOf('Công an xã')).toBeUndefined();
    const [created] = await nominate(campaignId, [{ participantId: p.id, rationale: 'Tiêu biểu', overQuotaReason: 'Để Hội đồng chọn' }]);
    expect(created).toMatchObject({ status: 'proposed', category: 'collective', overQuotaReason: 'Để Hội đồng chọn' });
    const audit = await database.audit.where('entityId').equals(created?.id ?? '').toArray();
    expect(audit[0]?.summary).toBe('Đề xuất Công an xã');
  });

  it('refuses an ineligible participant without a reason; the override is recorded and audited', async () => {
    const p = await participant('Néang Sóc Thy');
    const request = { participantId: p.id, rationale: 'x', overQuotaReason: 'Để Hội đồng chọn' };
    await expect(nominate(campaignId, [request])).rejects.toThrow(/Néang Sóc Thy chưa đủ điều kiện \(Có phản ánh được xác minh ngày 12\/09\/2024, trong năm 2024\)/);
    const [created] = await nominate(campaignId, [{ ...request, eligibilityOverrideReason: 'Đã khắc phục' }]);
    expect(created?.eligibilityOverrideReason).toBe('Đã khắc phục');
    const audit = await database.audit.where('entityId').equals(created?.id ?? '').toArray();
    expect(audit[0]?.summary).toContain('chưa đủ điều kiện, lý do vẫn đề xuất: Đã khắc phục');
  });

  it('refuses everything while a gate is unknown or failed', async () => {
    const campaign = await database.campaigns.get(campaignId);
    if (!campaign) throw new Error('no campaign');
    await database.campaigns.put({ ...campaign, gates: campaign.gates.map((g, i) => (i === 1 ? { ...g, value: 5 } : g)) });
    const p = await participant('Châu Văn Sang');
    const error = await nominate(campaignId, [{ participantId: p.id, rationale: 'x', overQuotaReason: 'y' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StateError);
    expect((error as Error).message).toMatch(/điều kiện của phong trào chưa đạt/);
  });

  it('a bulk request is all or nothing', async () => {
    const ok = await participant('Châu Văn Sang');
    const bad = await participant('Néang Sóc Thy');
    const before = await database.nominations.count();
    await expect(
      nominate(campaignId, [{ participantId: ok.id, rationale: 'x', overQuotaReason: 'y' }, { participantId: bad.id, rationale: 'x', overQuotaReason: 'y' }]),
    ).rejects.toThrow(/chưa đủ điều kiện/);
    expect(await database.nominations.count()).toBe(before);
  });
});

describe('withdraw and dossier changes', () => {
  it('withdraws with an audited reason and frees the place', async () => {
    const n = await nominationOf('Võ Văn An');
    if (!n) throw new Error('demo nomination missing');
    await expect(withdraw([{ id: n.id, rev: n.rev }], ' ')).rejects.toThrow('Hãy ghi lý do rút đề xuất.');
    await withdraw([{ id: n.id, rev: n.rev }], 'Chuyển công tác');
    expect((await database.nominations.get(n.id))?.status).toBe('withdrawn');
    const audit = await database.audit.where('entityId').equals(n.id).toArray();
    expect(audit.map((a) => a.summary)).toContain('Rút đề xuất Võ Văn An: Chuyển công tác');
  });

  it('refuses changes once a round containing the nomination is closed', async () => {
    const n = await nominationOf('Đặng Thị Bích');
    if (!n) throw new Error('demo nomination missing');
    const at = new Date().toISOString();
    await database.rounds.add({
      id: newId(), createdAt: at, updatedAt: at, rev: 1, campaignId, sessionId: newId(), number: 1, category: 'individual', candidateIds: [n.id], quota: 3,
      rules: (await database.campaigns.get(campaignId))?.votingRules ?? ({} as never), status: 'closed', mismatchAcceptedReason: '', correctionReason: '', attempt: 1, votedMemberIds: [],
    });
    await expect(saveDossier(n.id, n.rev, n.dossier)).rejects.toThrow(/vòng bỏ phiếu 1 có đề xuất này đã kết thúc/);
    await expect(withdraw([{ id: n.id, rev: n.rev }], 'x')).rejects.toThrow(/đã kết thúc/);
    await expect(changeStatus(n.id, n.rev, 'on-ballot')).rejects.toThrow(/đã kết thúc/);
  });

  it('moves status only when the dossier supports it', async () => {
    const p = await participant('Châu Văn Sang');
    const [n] = await nominate(campaignId, [{ participantId: p.id, rationale: 'x', overQuotaReason: 'y' }]);
    if (!n) throw new Error('not created');
    await expect(changeStatus(n.id, n.rev, 'dossier-complete')).rejects.toThrow(/Hồ sơ chưa đủ/);
    const full = { ...n.dossier, checklist: { 'to-trinh': true, 'bao-cao-thanh-tich': true, 'bien-ban': true } };
    const moved = await changeStatus(n.id, n.rev, 'dossier-complete', full);
    expect(moved.status).toBe('dossier-complete');
    expect(moved.dossier.checklist['bien-ban']).toBe(true);
  });
});

describe('bulk steps', () => {
  it('moves every dossier the rules allow in one go and lists each refusal with its reason', async () => {
    const fresh = await participant('Châu Văn Sang');
    const [proposed] = await nominate(campaignId, [{ participantId: fresh.id, rationale: 'x', overQuotaReason: 'y' }]);
    const an = await nominationOf('Võ Văn An');
    const bich = await nominationOf('Đặng Thị Bích');
    if (!proposed || !an || !bich) throw new Error('demo nomination missing');
    const stale = { id: bich.id, rev: bich.rev - 1 };

    const { moved, refused } = await stepMany([{ id: an.id, rev: an.rev }, { id: proposed.id, rev: proposed.rev }, stale], 'on-ballot');

    expect(moved.map((n) => n.id)).toEqual([an.id]);
    expect((await database.nominations.get(an.id))?.status).toBe('on-ballot');
    expect(refused).toEqual([
      { id: proposed.id, name: 'Châu Văn Sang', reason: 'đang ở bước “Đã đề xuất”; chỉ hồ sơ ở bước “Đã thẩm định” mới chuyển được sang “Đưa ra bình xét”.' },
      { id: bich.id, name: 'Đặng Thị Bích', reason: expect.stringMatching(/^dữ liệu đã được thay đổi ở cửa sổ khác/) as unknown },
    ]);
    expect((await database.nominations.get(proposed.id))?.status).toBe('proposed');
    expect((await database.nominations.get(bich.id))?.status).toBe('appraised');
    const audit = await database.audit.where('entityId').equals(an.id).toArray();
    expect(audit.map((a) => a.summary)).toContain('Chuyển đề xuất sang “Đưa ra bình xét”');
  });

  it('names the missing paper and keeps the dossier where it was', async () => {
    const fresh = await participant('Châu Văn Sang');
    const [n] = await nominate(campaignId, [{ participantId: fresh.id, rationale: 'x', overQuotaReason: 'y' }]);
    if (!n) throw new Error('not created');
    const ready = await saveDossier(n.id, n.rev, { ...n.dossier, checklist: { 'to-trinh': true } });
    const { moved, refused } = await stepMany([{ id: ready.id, rev: ready.rev }], 'dossier-complete');
    expect(moved).toEqual([]);
    expect(refused[0]?.reason).toBe('hồ sơ còn thiếu báo cáo thành tích.');
    expect((await database.nominations.get(n.id))?.rev).toBe(ready.rev);
  });
});

describe('bulk appraisal', () => {
  const dat = { result: 'dat' as const, date: '2025-12-15', note: 'Đủ tiêu chuẩn.' };

  /** Châu Văn Sang proposed, his papers ticked for many at once; An sent back to "Đủ hồ sơ". */
  async function ready() {
    const fresh = await participant('Châu Văn Sang');
    const [proposed] = await nominate(campaignId, [{ participantId: fresh.id, rationale: 'x', overQuotaReason: 'y' }]);
    const an = await nominationOf('Võ Văn An');
    const bich = await nominationOf('Đặng Thị Bích');
    if (!proposed || !an || !bich) throw new Error('demo nomination missing');
    const step = await stepMany([{ id: proposed.id, rev: proposed.rev }], 'dossier-complete', ['to-trinh', 'bao-cao-thanh-tich']);
    const sang = step.moved[0];
    if (!sang) throw new Error(`not moved: ${JSON.stringify(step.refused)}`);
    const anBack = await changeStatus(an.id, an.rev, 'dossier-complete');
    return { sang, an: anBack, bich };
  }

  it('ticks the papers received on each dossier as it takes the "Đủ hồ sơ" step, audited as a move', async () => {
    const { sang } = await ready();
    expect(sang.status).toBe('dossier-complete');
    expect(sang.dossier.checklist).toEqual({ 'to-trinh': true, 'bao-cao-thanh-tich': true });
    const audit = await database.audit.where('entityId').equals(sang.id).toArray();
    expect(audit.find((a) => a.summary === 'Chuyển đề xuất sang “Đủ hồ sơ”')?.fields).toEqual(['status', 'dossier']);
  });

  it('records "Đạt" with its date and note on every dossier that can take it and moves it; the others are named with their reason', async () => {
    const { sang, an, bich } = await ready();
    const { moved, refused } = await appraiseMany([{ id: sang.id, rev: sang.rev }, { id: an.id, rev: an.rev }, { id: bich.id, rev: bich.rev }], dat);
    expect(moved.map((n) => n.id)).toEqual([sang.id, an.id]);
    for (const id of [sang.id, an.id]) {
      const stored = await database.nominations.get(id);
      expect(stored?.status).toBe('appraised');
      expect(stored?.dossier).toMatchObject({ appraisalResult: 'dat', appraisalDate: '2025-12-15', appraisalNote: 'Đủ tiêu chuẩn.', checklist: { 'to-trinh': true, 'bao-cao-thanh-tich': true } });
      const audit = await database.audit.where('entityId').equals(id).toArray();
      expect(audit.at(-1)).toMatchObject({ action: 'transition', summary: 'Chuyển đề xuất sang “Đã thẩm định”', fields: ['status', 'dossier'] });
    }
    expect(refused).toEqual([{ id: bich.id, name: 'Đặng Thị Bích', reason: 'đã ở bước “Đã thẩm định”.' }]);
    expect((await database.nominations.get(bich.id))?.rev).toBe(bich.rev);
  });

  it('refuses a dossier changed meanwhile (in another tab) and still appraises the others', async () => {
    const { sang, an } = await ready();
    const elsewhere = await saveDossier(an.id, an.rev, { ...an.dossier, appraisalNote: 'Sửa ở cửa sổ khác' });
    const { moved, refused } = await appraiseMany([{ id: sang.id, rev: sang.rev }, { id: an.id, rev: an.rev }], dat);
    expect(moved.map((n) => n.id)).toEqual([sang.id]);
    expect(refused).toEqual([{ id: an.id, name: 'Võ Văn An', reason: expect.stringMatching(/^dữ liệu đã được thay đổi ở cửa sổ khác/) as unknown }]);
    expect(await database.nominations.get(an.id)).toMatchObject({ rev: elsewhere.rev, status: 'dossier-complete', dossier: { appraisalNote: 'Sửa ở cửa sổ khác' } });
  });

  it('"Không đạt" is written on the dossier, which stays at "Đủ hồ sơ"', async () => {
    const { sang } = await ready();
    const { moved } = await appraiseMany([{ id: sang.id, rev: sang.rev }], { ...dat, result: 'khong-dat', note: 'Thiếu xác nhận của đơn vị.' });
    expect(moved).toHaveLength(1);
    expect(await database.nominations.get(sang.id)).toMatchObject({ status: 'dossier-complete', dossier: { appraisalResult: 'khong-dat', appraisalNote: 'Thiếu xác nhận của đơn vị.' } });
    const audit = await database.audit.where('entityId').equals(sang.id).toArray();
    expect(audit.at(-1)).toMatchObject({ action: 'update', summary: 'Cập nhật hồ sơ đề xuất', fields: ['dossier'] });
  });

  it('a date that is not a date changes nothing', async () => {
    const { sang } = await ready();
    await expect(appraiseMany([{ id: sang.id, rev: sang.rev }], { ...dat, date: '31/02/2025' })).rejects.toMatchObject({ details: [expect.stringMatching(/^Ngày thẩm định không hợp lệ/)] });
    expect((await database.nominations.get(sang.id))?.rev).toBe(sang.rev);
  });

  it('refuses while the campaign is not evaluating', async () => {
    const { sang } = await ready();
    await moveCampaignTo(campaignId, 'council');
    const { moved, refused } = await appraiseMany([{ id: sang.id, rev: sang.rev }], dat);
    expect(moved).toEqual([]);
    expect(refused[0]?.reason).toMatch(/^phong trào đang ở bước/);
  });
});

describe('the stage for nominations', () => {
  it('nominates and moves dossiers only while evaluating; the refusal links to the overview', async () => {
    const p = await participant('Châu Văn Sang');
    const n = await nominationOf('Võ Văn An');
    if (!n) throw new Error('demo nomination missing');
    await moveCampaignTo(campaignId, 'launched');
    const refused = await nominate(campaignId, [{ participantId: p.id, rationale: 'x', overQuotaReason: 'y' }]).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StateError);
    expect((refused as StateError).message).toContain('Hãy mở Tổng quan phong trào và bấm “Bắt đầu đánh giá” trước.');
    expect((refused as StateError).link?.to).toBe(`/campaigns/${campaignId}`);
    await expect(changeStatus(n.id, n.rev, 'dossier-complete')).rejects.toThrow(/Phong trào đang ở bước “Đã phát động”/);
    await expect(withdraw([{ id: n.id, rev: n.rev }], 'Chuyển công tác')).rejects.toThrow(/Phong trào đang ở bước “Đã phát động”/);
    expect(await nominationOf('Châu Văn Sang')).toBeUndefined();
    await moveCampaignTo(campaignId, 'evaluating');
    expect(await nominate(campaignId, [{ participantId: p.id, rationale: 'x', overQuotaReason: 'y' }])).toHaveLength(1);
  });
});

describe("the council's minutes in the dossier", () => {
  it('are not asked of the officer; they join the dossier when the round is published', async () => {
    const p = await participant('Châu Văn Sang');
    const [n] = await nominate(campaignId, [{ participantId: p.id, rationale: 'x', overQuotaReason: 'y' }]);
    if (!n) throw new Error('not created');
    const complete = await changeStatus(n.id, n.rev, 'dossier-complete', { ...n.dossier, checklist: { 'to-trinh': true, 'bao-cao-thanh-tich': true } });
    const appraised = await changeStatus(n.id, complete.rev, 'appraised', { ...complete.dossier, appraisalResult: 'dat', appraisalDate: '2025-01-10' });
    expect(appraised.dossier.checklist['bien-ban']).toBeUndefined();
    await councilVotes(campaignId, [n.id]);
    expect((await database.nominations.get(n.id))?.dossier.checklist).toEqual({ 'to-trinh': true, 'bao-cao-thanh-tich': true, 'bien-ban': true });
  });
});
