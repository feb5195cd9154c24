// Built-in template: the year-end evaluation of annual titles (bình xét danh hiệu thi đua năm …)
// for every person and unit of the register. Since Decree 129/2025/NĐ-CP art. 59 the commune
// chair awards all three titles. Coefficients: Decree 152/2025/NĐ-CP.
import type { CampaignInput } from './plan-99';
import { DEFAULT_TITLE_RULES } from '../annual-titles';
import { DEFAULT_MONEY_RULES, DEFAULT_VOTING_RULES, type VotingRules } from '../rules';
import { PERSON_KINDS, UNIT_KINDS } from '../register';
import { newId } from '../../lib/ids';

export const YEAR_END_TEMPLATE_NAME = 'Bình xét danh hiệu thi đua năm';

export interface YearEndOptions {
  year: number;
  organisationName: string;
  place: string;
  signature?: { prefix: string; position: string; signerName: string } | undefined;
  /** How many people and units are registered: a title has no quota, anyone who qualifies may receive it. */
  people: number;
  units: number;
}

/** CSTĐ cơ sở: at least 80% of all council members (Decree 98/2023 art. 30 cl. 7, repealed; kept as the commune's setting). */
export const CSTD_VOTING_RULES: VotingRules = {
  ...DEFAULT_VOTING_RULES,
  threshold: { kind: 'fraction', numerator: 4, denominator: 5, comparison: 'at-least' },
  base: 'all-members',
  source:
    'Quy chế làm việc của Hội đồng Thi đua - Khen thưởng xã: Chiến sĩ thi đua cơ sở phải được từ 80% tổng số thành viên Hội đồng đồng ý (theo mức của Nghị định 98/2023/NĐ-CP, Điều 30, khoản 7; kiểm tra lại theo Nghị định 152/2025/NĐ-CP)',
};

/** Fresh ids each time; the year decides the title and the dates. */
export function yearEndTemplate(o: YearEndOptions): CampaignInput {
  const y = o.year;
  const org = o.organisationName || 'Ủy ban nhân dân xã';
  return {
    documentNumber: '',
    issuingBody: org,
    higherBody: '',
    place: o.place || 'Văn Giáo',
    documentType: 'Kế hoạch',
    title: `Bình xét danh hiệu thi đua năm ${y}`,
    shortName: `${YEAR_END_TEMPLATE_NAME} ${y}`,
    year: y,
    intro: `Thực hiện Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn, ${org} tổ chức bình xét danh hiệu thi đua năm ${y} đối với tập thể, cá nhân thuộc xã như sau:`,
    basis: [],
    purposes: {
      id: newId(),
      heading: 'Mục đích',
      items: [`Đánh giá đúng kết quả thực hiện nhiệm vụ năm ${y} của từng tập thể, cá nhân; công nhận danh hiệu thi đua kịp thời, công khai, đúng tiêu chuẩn.`],
    },
    requirements: {
      id: newId(),
      heading: 'Yêu cầu',
      items: ['Việc bình xét căn cứ kết quả đánh giá, xếp loại chất lượng cuối năm; bảo đảm dân chủ, khách quan, đúng tiêu chuẩn của Luật Thi đua, khen thưởng.'],
    },
    scope: {
      unitKinds: [...UNIT_KINDS],
      personKinds: [...PERSON_KINDS],
      text: ['Toàn thể cán bộ, công chức, người hoạt động không chuyên trách và các tập thể thuộc xã.'],
    },
    criteria: [
      {
        id: newId(),
        shortName: 'Xếp loại chất lượng năm',
        text: `Kết quả đánh giá, xếp loại chất lượng năm ${y}: Lao động tiên tiến từ Hoàn thành tốt nhiệm vụ trở lên; Chiến sĩ thi đua cơ sở là Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được công nhận.`,
        appliesTo: 'individual',
        kind: 'required',
      },
      {
        id: newId(),
        shortName: 'Chấp hành, không bị kỷ luật',
        text: 'Chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước; không bị kỷ luật trong năm; đoàn kết, tích cực tham gia phong trào thi đua.',
        appliesTo: 'both',
        kind: 'required',
      },
      {
        id: newId(),
        shortName: 'Tỉ lệ Lao động tiên tiến của tập thể',
        text: 'Tập thể có từ 70% thành viên đạt Lao động tiên tiến trở lên, không có thành viên bị kỷ luật từ Cảnh cáo trở lên (thiết lập của xã).',
        appliesTo: 'collective',
        kind: 'required',
      },
    ],
    gates: [],
    rewards: [
      {
        id: newId(),
        form: 'Danh hiệu “Lao động tiên tiến”',
        category: 'individual',
        quota: o.people,
        coefficient: 0.3,
        coefficientSource: 'Nghị định 152/2025/NĐ-CP: danh hiệu Lao động tiên tiến, hệ số 0,3',
        titleKey: 'lao-dong-tien-tien',
      },
      {
        id: newId(),
        form: 'Danh hiệu “Chiến sĩ thi đua cơ sở”',
        category: 'individual',
        quota: o.people,
        coefficient: 1,
        coefficientSource: 'Nghị định 152/2025/NĐ-CP: danh hiệu Chiến sĩ thi đua cơ sở, hệ số 1,0',
        votingRules: { ...CSTD_VOTING_RULES },
        titleKey: 'chien-si-thi-dua-co-so',
      },
      {
        id: newId(),
        form: 'Danh hiệu “Tập thể lao động tiên tiến”',
        category: 'collective',
        quota: o.units,
        coefficient: 0.8,
        coefficientSource: 'Nghị định 152/2025/NĐ-CP: danh hiệu Tập thể lao động tiên tiến, hệ số 0,8',
        titleKey: 'tap-the-lao-dong-tien-tien',
      },
    ],
    rewardHeading: `Công nhận danh hiệu thi đua năm ${y}`,
    rewardText:
      'Chủ tịch Ủy ban nhân dân xã quyết định công nhận danh hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động tiên tiến (Nghị định 129/2025/NĐ-CP, Điều 59) cho các tập thể, cá nhân đủ tiêu chuẩn, sau khi Hội đồng Thi đua - Khen thưởng xã bình xét.',
    procedure: [
      'Các tập thể, cá nhân tự đánh giá, xếp loại chất lượng; người đứng đầu đơn vị xác nhận.',
      'Công chức phụ trách thi đua, khen thưởng tổng hợp kết quả xếp loại, đối chiếu tiêu chuẩn và đề xuất danh sách.',
      'Hội đồng Thi đua - Khen thưởng xã họp bình xét, biểu quyết từng danh hiệu theo quy chế.',
      'Chủ tịch Ủy ban nhân dân xã ban hành quyết định công nhận danh hiệu thi đua.',
    ],
    timeline: {
      launch: `${y}-01-01`,
      end: `${y}-12-31`,
      launchText: `Từ ngày 01/01/${y} đến hết ngày 31/12/${y}.`,
      reviewMonth: `${y}-12`,
      reviewText: `Tháng 12/${y}.`,
    },
    funding: {
      level: 'Mức tiền thưởng bằng hệ số nhân với mức lương cơ sở tại thời điểm ban hành quyết định (Nghị định 152/2025/NĐ-CP).',
      source: 'Quỹ thi đua, khen thưởng của xã.',
    },
    duties: [],
    closing: '',
    recipients: ['Lưu: VT'],
    signature: o.signature ?? { prefix: '', position: 'Chủ tịch', signerName: 'Người ký' },
    votingRules: { ...DEFAULT_VOTING_RULES },
    moneyRules: { ...DEFAULT_MONEY_RULES },
    titleRules: structuredClone(DEFAULT_TITLE_RULES),
    status: 'draft',
  };
}
