// The award decision against a real (fake-indexeddb) database: amounts come from the base
// salary in force on the decision date, even when the settings were saved with an older table.
import { beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_ID } from '../domain/settings';
import { saveDecision } from './decision-repo';
import { loadSettings, settingsOrDefaults } from './settings-repo';
import { loadDemoData } from './demo-data';
import { councilVotes, freshDatabase, moveCampaignTo } from './test-db';
import type { BinhXetDatabase } from './database';
import { correctRound, publishRound } from './round-repo';
import { transitionCampaign } from './campaign-ops';
import { StateError } from '../domain/errors';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

const signature = { prefix: '', position: 'Chủ tịch', signerName: 'Nguyễn Văn Thành' };

/** The practice campaign at the council, which votes on one individual alone (closed, not yet published). */
async function councilVotesOnOne(loaded?: string) {
  const campaignId = loaded ?? (await loadDemoData());
  const individual = (await database.nominations.where('campaignId').equals(campaignId).toArray()).find((n) => n.category === 'individual');
  if (!individual) throw new Error('the demo has no individual nomination');
  return { campaignId, roundId: await councilVotes(campaignId, [individual.id], { publish: false }) };
}

/** The demo campaign with one individual selected by the council, and settings saved by an
 *  older version whose base-salary table began on 01/07/2024. */
async function oneIndividualSelectedWithOldSettings(): Promise<string> {
  const { campaignId, roundId } = await councilVotesOnOne();
  await publishRound(roundId);
  await database.settings.update(SETTINGS_ID, {
    baseSalaries: [
      { effectiveFrom: '2024-07-01', amount: 2_340_000, source: 'Nghị định 73/2024/NĐ-CP' },
      { effectiveFrom: '2026-07-01', amount: 2_530_000, source: 'Mức điều chỉnh từ 01/7/2026' },
    ],
  });
  return campaignId;
}

describe('saving the award decision', () => {
  it('pays a Giấy khen (0.3) dated 20/01/2024 from 1,800,000 đ although the stored table lacks that row', async () => {
    const campaignId = await oneIndividualSelectedWithOldSettings();
    const decision = await saveDecision(campaignId, { documentNumber: '05/QĐ-UBND', date: '2024-01-20', signature }, 0);
    expect(decision.awardees.map((a) => [a.baseSalary, a.amount])).toEqual([[1_800_000, 540_000]]);
  });

  it('uses the later rows for later dates', async () => {
    const campaignId = await oneIndividualSelectedWithOldSettings();
    const first = await saveDecision(campaignId, { documentNumber: '05/QĐ-UBND', date: '2025-01-20', signature }, 0);
    expect(first.awardees.map((a) => a.amount)).toEqual([710_000]);
    const second = await saveDecision(campaignId, { documentNumber: '05/QĐ-UBND', date: '2026-07-02', signature }, first.rev);
    expect(second.awardees.map((a) => a.amount)).toEqual([760_000]);
  });

  it('shows the filled-in table where the settings are read (settings form, decision preview)', async () => {
    await oneIndividualSelectedWithOldSettings();
    const rows = settingsOrDefaults(await loadSettings()).baseSalaries;
    expect(rows.map((r) => [r.effectiveFrom, r.amount])).toEqual([
      ['2023-07-01', 1_800_000],
      ['2024-07-01', 2_340_000],
      ['2026-07-01', 2_530_000],
    ]);
  });

  it('still refuses a date before any base salary, saying where to add one', async () => {
    const campaignId = await oneIndividualSelectedWithOldSettings();
    await expect(saveDecision(campaignId, { documentNumber: '', date: '2023-06-30', signature }, 0)).rejects.toThrow(/Chưa có mức lương cơ sở/);
  });
});

describe('when the decision may be made', () => {
  it('only after the council published a result that was not corrected since', async () => {
    const { campaignId, roundId } = await councilVotesOnOne();
    const input = { documentNumber: '05/QĐ-UBND', date: '2025-01-20', signature };
    const early = await saveDecision(campaignId, input, 0).catch((e: unknown) => e);
    expect(early).toBeInstanceOf(StateError);
    expect((early as StateError).message).toMatch(/Chưa có kết quả bỏ phiếu nào được công bố/);
    expect((early as StateError).link?.to).toBe(`/campaigns/${campaignId}/council`);
    await publishRound(roundId);
    await correctRound(roundId, 'Kiểm phiếu nhầm');
    await expect(saveDecision(campaignId, input, 0)).rejects.toThrow(/Chưa có kết quả bỏ phiếu nào được công bố/);
    expect(await database.decisions.where('campaignId').equals(campaignId).count()).toBe(0);
  });

  it('not before the council stage, and "Đã quyết định" needs the decision’s number and date', async () => {
    const campaignId = await loadDemoData();
    await expect(saveDecision(campaignId, { documentNumber: '05/QĐ-UBND', date: '2025-01-20', signature }, 0)).rejects.toThrow(
      'Phong trào đang ở bước “Đang đánh giá” nên chưa thể lập quyết định khen thưởng',
    );
    const { campaignId: voted, roundId } = await councilVotesOnOne(campaignId);
    await publishRound(roundId);
    const unnumbered = await saveDecision(voted, { documentNumber: '', date: '2025-01-20', signature }, 0);
    const atCouncil = await moveCampaignTo(voted, 'council');
    await expect(transitionCampaign(voted, atCouncil.rev, 'decided')).rejects.toThrow(/Chưa có quyết định khen thưởng ghi đủ số và ngày ký/);
    await saveDecision(voted, { documentNumber: '05/QĐ-UBND', date: '2025-01-20', signature }, unnumbered.rev);
    expect((await transitionCampaign(voted, atCouncil.rev, 'decided')).status).toBe('decided');
  });
});
