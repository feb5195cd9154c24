// Built-in template: khen thưởng đột xuất — a one-off Giấy khen for an act or achievement that
// happened on a day (saving a life, a fire put out, a flood fought), without a campaign period.
// One criterion (the act, with its proof), one award per kind, no gates; the usual council and
// decision follow. Law 06/2022/QH15 lets the commune chair give a Giấy khen for "thành tích đột
// xuất"; the money is the Giấy khen's (Decree 152/2025 art. 54).
import type { CampaignInput } from './plan-99';
import { DEFAULT_MONEY_RULES, DEFAULT_VOTING_RULES } from '../rules';
import { newId } from '../../lib/ids';
import { formatDate } from '../../lib/vi-date';

export interface AdHocOptions {
  /** What was done, as it will read in the papers: "dũng cảm cứu người bị đuối nước". */
  achievement: string;
  /** The day it happened (ISO). */
  date: string;
  organisationName: string;
  place: string;
  signature?: { prefix: string; position: string; signerName: string } | undefined;
}

const GIAY_KHEN_XA = 'Giấy khen của Chủ tịch Ủy ban nhân dân xã';

export function adHocTemplate(o: AdHocOptions): CampaignInput {
  const year = Number(o.date.slice(0, 4));
  const what = o.achievement.trim().replace(/[.;]+$/, '');
  const day = formatDate(o.date);
  return {
    documentNumber: '',
    issuingBody: o.organisationName || 'Ủy ban nhân dân xã',
    higherBody: '',
    place: o.place || 'Văn Giáo',
    documentType: 'Kế hoạch',
    title: `Khen thưởng đột xuất: ${what}`,
    shortName: `Khen thưởng đột xuất: ${what}`,
    year,
    intro: `Ngày ${day}, ${what}. Để kịp thời động viên, biểu dương, Ủy ban nhân dân xã xét khen thưởng đột xuất như sau:`,
    basis: [],
    purposes: { id: newId(), heading: 'Mục đích', items: ['Kịp thời biểu dương, khen thưởng tập thể, cá nhân có thành tích đột xuất, nêu gương người tốt, việc tốt.'] },
    requirements: { id: newId(), heading: 'Yêu cầu', items: ['Khen thưởng chính xác, công khai, kịp thời, đúng người, đúng thành tích.'] },
    scope: { unitKinds: [], personKinds: [], text: ['Tập thể, cá nhân có thành tích đột xuất nêu trên.'] },
    criteria: [
      {
        id: newId(),
        shortName: 'Thành tích đột xuất',
        text: `Có hành động hoặc thành tích đột xuất: ${what} (ngày ${day}), được xác nhận bằng biên bản, báo cáo vụ việc hoặc văn bản của cơ quan có thẩm quyền.`,
        appliesTo: 'both',
        kind: 'required',
      },
    ],
    gates: [],
    rewards: [
      { id: newId(), form: GIAY_KHEN_XA, category: 'individual', quota: 10, coefficient: 0.3, coefficientSource: 'Nghị định 152/2025/NĐ-CP, Điều 54: Giấy khen tặng cá nhân, hệ số 0,3', proposeToHigherLevel: false },
      { id: newId(), form: GIAY_KHEN_XA, category: 'collective', quota: 5, coefficient: 0.6, coefficientSource: 'Nghị định 152/2025/NĐ-CP, Điều 54: Giấy khen tặng tập thể, hệ số 0,6', proposeToHigherLevel: false },
    ],
    rewardHeading: `Khen thưởng đột xuất bằng ${GIAY_KHEN_XA}.`,
    rewardText: '',
    procedure: [
      'Công chức phụ trách thi đua, khen thưởng tập hợp biên bản, báo cáo vụ việc làm minh chứng và lập đề xuất.',
      'Hội đồng Thi đua - Khen thưởng xét, biểu quyết; Chủ tịch Ủy ban nhân dân xã quyết định khen thưởng.',
    ],
    timeline: { launch: o.date, end: o.date, launchText: `Thành tích ngày ${day}.`, reviewText: 'Xét khen thưởng ngay sau khi có đủ hồ sơ.', reviewMonth: '' },
    funding: { level: 'Theo Nghị định số 152/2025/NĐ-CP.', source: 'Quỹ thi đua, khen thưởng của xã.' },
    duties: [],
    closing: '',
    recipients: ['Lưu: VT'],
    signature: o.signature ?? { prefix: 'KT.', position: 'Phó Chủ tịch', signerName: 'Người ký' },
    votingRules: { ...DEFAULT_VOTING_RULES },
    moneyRules: { ...DEFAULT_MONEY_RULES },
    status: 'draft',
  };
}
