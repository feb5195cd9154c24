import { describe, expect, it } from 'vitest';
import { CAMPAIGN_STATUSES, type CampaignStatus } from './campaign-status';
import { STAGE_ACTIONS, stageAllows, stageRefusal, transitionRefusal, type StageAction } from './campaign-stage';

// Every status × every action, written out so a change to the rules shows up as a changed line.
const ALLOWED: Record<CampaignStatus, Record<StageAction, boolean>> = {
  draft: { 'save-evidence': false, nominate: false, withdraw: false, 'prepare-round': false, 'save-decision': false },
  launched: { 'save-evidence': true, nominate: false, withdraw: false, 'prepare-round': false, 'save-decision': false },
  evaluating: { 'save-evidence': true, nominate: true, withdraw: true, 'prepare-round': false, 'save-decision': false },
  council: { 'save-evidence': false, nominate: false, withdraw: true, 'prepare-round': true, 'save-decision': true },
  decided: { 'save-evidence': false, nominate: false, withdraw: false, 'prepare-round': false, 'save-decision': true },
  closed: { 'save-evidence': false, nominate: false, withdraw: false, 'prepare-round': false, 'save-decision': false },
};

describe('what each stage allows', () => {
  for (const status of CAMPAIGN_STATUSES) {
    for (const action of STAGE_ACTIONS) {
      const allowed = ALLOWED[status][action];
      it(`${status} × ${action}: ${allowed ? 'allowed' : 'refused, saying what to do'}`, () => {
        expect(stageAllows(status, action)).toBe(allowed);
        const refusal = stageRefusal(status, action);
        if (allowed) return expect(refusal).toBeNull();
        expect(refusal).toMatch(/^Phong trào đang ở bước “.+”/);
        // The officer is either sent to the overview's buttons or told it is over; never left guessing.
        expect(refusal).toMatch(/Tổng quan phong trào và bấm “.+”|không .+ được nữa: việc này chỉ làm ở bước/);
      });
    }
  }

  it('names the buttons to press, in order, on the way to the stage', () => {
    expect(stageRefusal('launched', 'nominate')).toContain('bấm “Bắt đầu đánh giá” trước');
    expect(stageRefusal('draft', 'nominate')).toContain('bấm “Phát động phong trào” rồi “Bắt đầu đánh giá” trước');
    expect(stageRefusal('evaluating', 'prepare-round')).toContain('bấm “Chuyển Hội đồng xét” trước');
    expect(stageRefusal('launched', 'save-decision')).toContain('“Bắt đầu đánh giá” rồi “Chuyển Hội đồng xét”');
    expect(stageRefusal('council', 'nominate')).toContain('Nếu thật cần sửa, hãy mở Tổng quan phong trào và bấm “Trở lại giai đoạn đánh giá”');
  });

  it('a decided or closed campaign is not reopened for evidence or nominations', () => {
    expect(stageRefusal('decided', 'nominate')).toContain('không đề xuất khen thưởng hoặc chuyển bước hồ sơ đề xuất được nữa');
    expect(stageRefusal('closed', 'save-evidence')).toContain('không ghi minh chứng được nữa');
    expect(stageRefusal('closed', 'save-decision')).toContain('“Hội đồng xét” hoặc “Đã quyết định”');
  });
});

describe('moving to "decided"', () => {
  it('needs a decision with its number and date', () => {
    expect(transitionRefusal('decided', { decisionSigned: false })).toMatch(/Chưa có quyết định khen thưởng ghi đủ số và ngày ký/);
    expect(transitionRefusal('decided', { decisionSigned: true })).toBeNull();
  });

  it('no other move asks for a decision', () => {
    for (const to of CAMPAIGN_STATUSES.filter((s) => s !== 'decided')) expect(transitionRefusal(to, { decisionSigned: false })).toBeNull();
  });
});
