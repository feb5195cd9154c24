import { describe, expect, it } from 'vitest';
import { campaignSchema, type CampaignStatus } from '../../domain/campaign';
import { plan99Template } from '../../domain/templates/plan-99';
import type { CampaignCounts } from '../../db/campaign-ops';
import { nextActions } from './next-actions';

const at = '2025-01-01T00:00:00.000Z';
const campaign = (status: CampaignStatus) => campaignSchema.parse({ ...plan99Template(), status, id: '01900000-0000-7000-8000-000000000001', createdAt: at, updatedAt: at, rev: 1 });
const counts = (extra: Partial<CampaignCounts> = {}): CampaignCounts => ({ participants: 10, collectives: 3, individuals: 7, evidence: 40, nominations: 7, councilMembers: 9, decisions: 0, ...extra });
const texts = (status: CampaignStatus, extra?: Partial<CampaignCounts>) => nextActions(campaign(status), counts(extra)).map((a) => a.text).join(' | ');

describe('Việc cần làm tiếp', () => {
  it('after the decision never asks for evidence or nominations again', () => {
    for (const status of ['council', 'decided', 'closed'] as const) expect(texts(status, { decisions: 1 })).not.toMatch(/minh chứng|Lập danh sách đề xuất/);
    expect(texts('decided', { decisions: 1 })).toMatch(/In quyết định, giấy khen/);
    expect(texts('decided', { decisions: 1 })).toMatch(/Kết thúc phong trào/);
  });

  it('at the council: vote first, then the decision, then record it', () => {
    expect(texts('council')).toMatch(/^Tổ chức họp Hội đồng, bỏ phiếu và công bố kết quả \| Lập quyết định khen thưởng/);
    expect(texts('council', { decisions: 1 })).toBe('Khi Chủ tịch đã ký quyết định (có số, ngày): bấm “Ghi nhận đã có quyết định”');
  });

  it('while launched, evidence; while evaluating, appraisal and nominations', () => {
    expect(texts('launched')).toBe('Thu thập minh chứng theo từng tiêu chí');
    expect(texts('launched', { participants: 0 })).toMatch(/^Đăng ký tập thể, cá nhân/);
    expect(texts('evaluating')).toMatch(/Lập danh sách đề xuất khen thưởng/);
  });
});
