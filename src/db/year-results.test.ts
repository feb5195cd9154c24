// The year's data of a year-end campaign: written through the participants' door with one audit
// entry, refused from a stale tab or after the decision, and carried whole by a backup.
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import { campaignsRepo } from './campaign-repo';
import { listParticipants, registerOne, saveYearResults } from './participants-repo';
import { peopleRepo, unitsRepo } from './register-repo';
import { createYearEndCampaign } from './year-end-ops';
import { nominate } from './nomination-repo';
import { exportBackup, readBackupFile, restoreBackup } from './backup-repo';
import { freshDatabase, moveCampaignTo } from './test-db';
import { plan99Template } from '../domain/templates/plan-99';
import type { BinhXetDatabase } from './database';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

async function setup() {
  const campaign = await campaignsRepo.create(plan99Template());
  const an = await peopleRepo.create({ fullName: 'Nguyễn Văn An', gender: 'nam', kind: 'cong-chuc' });
  const binh = await peopleRepo.create({ fullName: 'Trần Thị Bình', gender: 'nu', kind: 'cong-chuc' });
  const pa = await registerOne(campaign.id, { personId: an.id });
  const pb = await registerOne(campaign.id, { personId: binh.id });
  return { campaign, pa, pb };
}

const initiative = { id: newId(), name: 'Số hóa hồ sơ', decisionNumber: '15/QĐ-UBND', decisionDate: '2025-10-20' };

describe('saveYearResults', () => {
  it('writes the ratings of many people in one step, with one audit entry, and skips rows that did not change', async () => {
    const { campaign, pa, pb } = await setup();
    const first = await saveYearResults(
      campaign.id,
      [
        { participantId: pa.id, expectedRev: pa.rev, result: { rating: 'xuat-sac', discipline: 'none', initiatives: [initiative] } },
        { participantId: pb.id, expectedRev: pb.rev, result: { rating: 'tot', discipline: 'khien-trach', initiatives: [] } },
      ],
      'Nhập bảng xếp loại',
    );
    expect(first.changed).toBe(2);
    const stored = await listParticipants(campaign.id);
    expect(stored.find((p) => p.id === pa.id)?.yearResult).toEqual({ rating: 'xuat-sac', discipline: 'none', initiatives: [initiative] });
    const audit = (await database.audit.toArray()).filter((e) => e.fields.includes('yearResult'));
    expect(audit.map((e) => e.summary)).toEqual(['Nhập bảng xếp loại: cập nhật xếp loại, kỷ luật, sáng kiến của 2 người']);

    const b = stored.find((p) => p.id === pb.id);
    const again = await saveYearResults(campaign.id, [{ participantId: pb.id, expectedRev: b?.rev ?? 0, result: { rating: 'tot', discipline: 'khien-trach', initiatives: [] } }], 'Nhập');
    expect(again.changed).toBe(0);
  });

  it('refuses a save from a tab that read an older revision, writing nothing', async () => {
    const { campaign, pa, pb } = await setup();
    await saveYearResults(campaign.id, [{ participantId: pa.id, expectedRev: pa.rev, result: { rating: 'tot', discipline: 'none', initiatives: [] } }], 'Tab 1');
    await expect(
      saveYearResults(
        campaign.id,
        [
          { participantId: pb.id, expectedRev: pb.rev, result: { rating: 'tot', discipline: 'none', initiatives: [] } },
          { participantId: pa.id, expectedRev: pa.rev, result: { rating: 'hoan-thanh', discipline: 'none', initiatives: [] } },
        ],
        'Tab 2',
      ),
    ).rejects.toThrow();
    const stored = await listParticipants(campaign.id);
    expect(stored.find((p) => p.id === pa.id)?.yearResult?.rating).toBe('tot');
    expect(stored.find((p) => p.id === pb.id)?.yearResult).toBeUndefined();
  });

  it('refuses once the campaign is decided, in words the officer can act on', async () => {
    const { campaign, pa } = await setup();
    await database.campaigns.update(campaign.id, { status: 'decided' });
    await expect(saveYearResults(campaign.id, [{ participantId: pa.id, expectedRev: pa.rev, result: { rating: 'tot', discipline: 'none', initiatives: [] } }], 'Nhập')).rejects.toThrow(
      /Phong trào đã có quyết định/,
    );
  });

  it('a backup round trip keeps the year data', async () => {
    const { campaign, pa } = await setup();
    await moveCampaignTo(campaign.id, 'launched');
    await saveYearResults(campaign.id, [{ participantId: pa.id, expectedRev: pa.rev, result: { rating: 'xuat-sac', discipline: 'none', initiatives: [initiative] } }], 'Nhập');
    const file = await exportBackup();
    database = freshDatabase();
    await restoreBackup(await readBackupFile(file.blob));
    const restored = await database.participants.get(pa.id);
    expect(restored?.yearResult).toEqual({ rating: 'xuat-sac', discipline: 'none', initiatives: [initiative] });
  });
});

describe('createYearEndCampaign', () => {
  it('creates the campaign and registers every active person and unit of the register in one step', async () => {
    const unit = await unitsRepo.create({ name: 'Văn phòng - Thống kê', kind: 'bo-phan' });
    await unitsRepo.create({ name: 'Ấp cũ', kind: 'ap', archived: true });
    await peopleRepo.create({ fullName: 'Nguyễn Văn An', gender: 'nam', kind: 'cong-chuc', unitId: unit.id });
    await peopleRepo.create({ fullName: 'Lê Văn Cũ', gender: 'nam', kind: 'nhdkct', active: false });
    const { campaign, units, people } = await createYearEndCampaign(2025);
    expect([units, people]).toEqual([1, 1]);
    expect(campaign.shortName).toBe('Bình xét danh hiệu thi đua năm 2025');
    expect((await listParticipants(campaign.id)).map((p) => p.displayName).sort()).toEqual(['Nguyễn Văn An', 'Văn phòng - Thống kê']);
    expect(campaign.rewards.map((r) => r.quota)).toEqual([1, 1, 1]);
  });

  it('refuses a year before the 2022 law applied', async () => {
    await expect(createYearEndCampaign(2023)).rejects.toThrow(/từ 2024 trở đi/);
    expect(await database.campaigns.count()).toBe(0);
  });
});

describe('nominating for an annual title', () => {
  async function yearEnd() {
    const unit = await unitsRepo.create({ name: 'Văn phòng - Thống kê', kind: 'bo-phan' });
    await peopleRepo.create({ fullName: 'Nguyễn Văn An', gender: 'nam', kind: 'cong-chuc', unitId: unit.id });
    await peopleRepo.create({ fullName: 'Trần Thị Bình', gender: 'nu', kind: 'cong-chuc', unitId: unit.id });
    const { campaign } = await createYearEndCampaign(2025);
    const participants = await listParticipants(campaign.id);
    const an = participants.find((p) => p.displayName === 'Nguyễn Văn An');
    const binh = participants.find((p) => p.displayName === 'Trần Thị Bình');
    if (!an || !binh) throw new Error('not registered');
    await saveYearResults(
      campaign.id,
      [
        { participantId: an.id, expectedRev: an.rev, result: { rating: 'xuat-sac', discipline: 'none', initiatives: [] } },
        { participantId: binh.id, expectedRev: binh.rev, result: { rating: 'tot', discipline: 'none', initiatives: [] } },
      ],
      'Nhập',
    );
    await moveCampaignTo(campaign.id, 'evaluating');
    const [ldtt, cstd] = campaign.rewards;
    return { campaign, an, binh, ldtt: ldtt?.id ?? '', cstd: cstd?.id ?? '' };
  }

  it('a person may be proposed for LĐTT and for CSTĐ cơ sở, each once', async () => {
    const { campaign, an, ldtt, cstd } = await yearEnd();
    await nominate(campaign.id, [{ participantId: an.id, rationale: 'Đủ tiêu chuẩn', rewardId: ldtt }]);
    await nominate(campaign.id, [{ participantId: an.id, rationale: 'Đủ tiêu chuẩn', rewardId: cstd }]);
    await expect(nominate(campaign.id, [{ participantId: an.id, rationale: 'Lần nữa', rewardId: ldtt }])).rejects.toThrow(/đã được đề xuất rồi/);
    const stored = (await database.nominations.toArray()).map((n) => n.rewardId).sort();
    expect(stored).toEqual([ldtt, cstd].sort());
  });

  it('a title the person does not qualify for is refused with the rule in words, unless a reason is written', async () => {
    const { campaign, binh, cstd } = await yearEnd();
    await expect(nominate(campaign.id, [{ participantId: binh.id, rationale: 'Tích cực', rewardId: cstd }])).rejects.toThrow(
      'Trần Thị Bình chưa đủ điều kiện (Không đạt Chiến sĩ thi đua cơ sở: xếp loại Hoàn thành tốt nhiệm vụ, chưa có sáng kiến được công nhận (Luật Thi đua, khen thưởng 2022, Điều 23)). Muốn vẫn đề xuất, hãy ghi lý do.',
    );
    const [made] = await nominate(campaign.id, [{ participantId: binh.id, rationale: 'Tích cực', rewardId: cstd, eligibilityOverrideReason: 'Sáng kiến đang chờ công nhận' }]);
    expect(made?.eligibilityOverrideReason).toBe('Sáng kiến đang chờ công nhận');
  });

  it('the unit is judged on its members: both LĐTT, so Tập thể LĐTT needs no reason', async () => {
    const { campaign } = await yearEnd();
    const unit = (await listParticipants(campaign.id)).find((p) => p.category === 'collective');
    const [made] = await nominate(campaign.id, [{ participantId: unit?.id ?? '', rationale: 'Đủ tỉ lệ' }]);
    expect(made?.rewardId).toBe(campaign.rewards[2]?.id);
    expect(made?.eligibilityOverrideReason).toBe('');
  });
});
