// Built-in template: Kế hoạch 99/KH-UBND ngày 26/4/2024 của UBND xã Văn Giáo, "Phát động
// phong trào thi đua đẩy mạnh cải cách hành chính xã Văn Giáo năm 2024" — a public
// document, kept whole as data so the app can run that campaign and regenerate the plan.
import type { z } from 'zod';
import type { campaignFields } from '../campaign';
import { DEFAULT_MONEY_RULES, DEFAULT_VOTING_RULES } from '../rules';
import { newId } from '../../lib/ids';

export type CampaignInput = z.input<typeof campaignFields>;

export const PLAN_99_TEMPLATE_NAME =
  'Phong trào thi đua đẩy mạnh cải cách hành chính (theo Kế hoạch 99/KH-UBND ngày 26/4/2024)';

const GIAY_KHEN_XA = 'Giấy khen của Chủ tịch Ủy ban nhân dân xã';

/** Fresh ids each time, so the template can be instantiated more than once. */
export function plan99Template(): CampaignInput {
  return {
    documentNumber: '99/KH-UBND',
    issuingBody: 'Ủy ban nhân dân xã Văn Giáo',
    higherBody: 'Ủy ban nhân dân thị xã Tịnh Biên',
    place: 'Văn Giáo',
    issueDate: '2024-04-26',
    documentType: 'Kế hoạch',
    title: 'Phát động phong trào thi đua đẩy mạnh\ncải cách hành chính xã Văn Giáo năm 2024',
    shortName: 'Phong trào thi đua đẩy mạnh cải cách hành chính năm 2024',
    year: 2024,
    intro:
      'Thực hiện Kế hoạch số 1970/KH-UBND ngày 26/4/2024 của Ủy ban nhân dân thị xã Tịnh Biên phát động phong trào thi đua đẩy mạnh cải cách hành chính thị xã Tịnh Biên năm 2024; để cụ thể hóa, triển khai thực hiện có hiệu quả kế hoạch, Ủy ban nhân dân xã ban hành Kế hoạch phát động phong trào thi đua đẩy mạnh cải cách hành chính năm 2024 trên địa bàn xã, như sau:',
    basis: [
      {
        id: newId(),
        number: '1970/KH-UBND',
        date: '2024-04-26',
        issuer: 'Ủy ban nhân dân thị xã Tịnh Biên',
        summary: 'Phát động phong trào thi đua đẩy mạnh cải cách hành chính thị xã Tịnh Biên năm 2024',
      },
      {
        id: newId(),
        number: '35a/KH-UBND',
        date: '2024-01-30',
        issuer: 'Ủy ban nhân dân xã Văn Giáo',
        summary: 'Cải cách hành chính năm 2024',
      },
      {
        id: newId(),
        number: '76/NQ-CP',
        date: '2021-07-15',
        issuer: 'Chính phủ',
        summary: 'Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030',
      },
    ],
    purposes: {
      id: newId(),
      heading: 'Mục đích',
      items: [
        'Tiếp tục tạo động lực trong đẩy mạnh cải cách hành chính trên 06 lĩnh vực trọng tâm: cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy hành chính nhà nước; cải cách chế độ công vụ; cải cách tài chính công; xây dựng, phát triển chính quyền điện tử, chính quyền số theo tinh thần Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030.',
        'Cải thiện môi trường đầu tư, kinh doanh, thúc đẩy đổi mới sáng tạo nhằm phát triển và nâng cao năng lực cạnh tranh của xã, góp phần thực hiện thành công các nhiệm vụ phát triển kinh tế - xã hội của xã.',
        'Phát huy tinh thần chủ động sáng tạo của mỗi cá nhân, tập thể; tạo khí thế thi đua sôi nổi trong toàn thể cán bộ, công chức, viên chức góp phần động viên tinh thần nỗ lực phấn đấu hoàn thành xuất sắc nhiệm vụ được giao trong Chương trình, Kế hoạch cải cách hành chính hướng tới xây dựng nền hành chính trong sạch, vững mạnh, thông suốt, hiện đại, hiệu lực, hiệu quả, phục vụ tốt hơn nhu cầu của người dân và tổ chức. Nâng cao ý thức trách nhiệm của các tập thể, cá nhân trong thực hiện nhiệm vụ cải cách hành chính.',
        'Phát hiện, tôn vinh, khen thưởng kịp thời những tập thể, cá nhân điển hình tiên tiến, những mô hình mới, nhân tố mới, gương người tốt, việc tốt trong các phong trào thi đua, từ đó nhân rộng và lan tỏa trong toàn xã hội.',
      ],
    },
    requirements: {
      id: newId(),
      heading: 'Yêu cầu',
      items: [
        'Tăng cường sự lãnh đạo của các cấp ủy đảng, sự điều hành của chính quyền trong phong trào thi đua đẩy mạnh cải cách hành chính, thể hiện ý thức tự giác, trách nhiệm của mỗi cơ quan, mỗi đơn vị, tổ chức, cá nhân.',
        'Xây dựng cụ thể, chi tiết các tiêu chí phát động thi đua cải cách hành chính, tiêu chí đánh giá mức độ, hiệu quả cải cách hành chính của từng lĩnh vực, cơ quan, đơn vị.',
        'Công tác đánh giá, xét thi đua, khen thưởng đảm bảo khách quan, đúng quy định.',
        'Tổng kết đánh giá, khen thưởng Kế hoạch phát động thi đua đẩy mạnh cải cách hành chính kịp thời trong Hội nghị tổng kết cải cách hành chính năm 2024.',
      ],
    },
    scope: {
      unitKinds: ['co-quan', 'bo-phan', 'ap', 'doan-the'],
      personKinds: ['can-bo', 'cong-chuc', 'nhdkct'],
      text: [
        'Các cơ quan, đơn vị trên địa bàn xã.',
        'Cán bộ, công chức và người hoạt động không chuyên trách đang công tác tại Ủy ban nhân dân xã Văn Giáo.',
      ],
    },
    criteria: [
      {
        id: newId(),
        shortName: 'Chấp hành tốt, không bị người dân phản ánh',
        text: 'Chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước. Chấp hành tốt kỷ luật, kỷ cương hành chính. Trong năm không bị người dân phản ánh có thái độ quan liêu, hách dịch, nhũng nhiễu hoặc tham ô, lãng phí ngân sách nhà nước, gây phiền hà người dân, doanh nghiệp.',
        appliesTo: 'both',
        kind: 'disqualifier',
        // "Trong năm không bị người dân phản ánh …": the whole year, not only from the launch.
        complaintWindow: { kind: 'calendar-year' },
      },
      {
        id: newId(),
        shortName: 'Hoàn thành nhiệm vụ theo Kế hoạch 35a/KH-UBND',
        text: 'Triển khai thực hiện đúng tiến độ, đạt chất lượng các nhiệm vụ, mục tiêu, được giao trong Kế hoạch số 35a/KH-UBND ngày 30/01/2024 của Ủy ban nhân dân xã Cải cách hành chính năm 2024.',
        appliesTo: 'both',
        kind: 'required',
      },
      {
        id: newId(),
        shortName: 'Tham gia tích cực cải cách hành chính',
        text: 'Tham gia tích cực vào quá trình thực hiện nhiệm vụ cải cách hành chính của xã.',
        appliesTo: 'both',
        kind: 'required',
      },
      {
        id: newId(),
        shortName: 'Giải pháp, sáng kiến được ghi nhận',
        text: 'Có hành động và việc làm cụ thể thiết thực, hiệu quả trong thực hiện nhiệm vụ cải cách hành chính; đề xuất các giải pháp, sáng kiến thực hiện các nội dung thi đua đạt hiệu quả, được tập thể ghi nhận.',
        appliesTo: 'both',
        kind: 'initiative',
      },
    ],
    gates: [
      {
        id: newId(),
        text: 'Tập thể Ủy ban nhân dân xã phải được tặng giấy khen của Chủ tịch Ủy ban nhân dân thị xã mới xét khen thưởng cho tập thể, cá nhân.',
        kind: 'yes-no',
        listedWithCriteria: true,
      },
      {
        id: newId(),
        text: 'Điểm số cải cách hành chính của xã thuộc nhóm đầu của thị xã (từ hạng 1 đến hạng 3) theo bộ tiêu chí cải cách hành chính cấp xã (theo chấm điểm của Phòng Nội vụ thị xã).',
        kind: 'rank-at-most',
        maxRank: 3,
        listedWithCriteria: false,
      },
    ],
    rewards: [
      {
        id: newId(),
        form: GIAY_KHEN_XA,
        category: 'collective',
        quota: 1,
        coefficient: 0.6,
        coefficientSource: 'Nghị định 152/2025/NĐ-CP: Giấy khen của Chủ tịch UBND cấp xã tặng tập thể, hệ số 0,6',
        proposeToHigherLevel: true,
      },
      {
        id: newId(),
        form: GIAY_KHEN_XA,
        category: 'individual',
        quota: 3,
        coefficient: 0.3,
        coefficientSource: 'Suy ra từ mức cho tập thể (bằng một nửa); kiểm tra lại theo quy định hiện hành',
        proposeToHigherLevel: true,
      },
    ],
    rewardHeading:
      'Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 01 tập thể, 03 cá nhân tiêu biểu xuất sắc trong công tác cải cách hành chính năm 2024',
    rewardText:
      'Điểm số cải cách hành chính của xã thuộc nhóm đầu của thị xã (từ hàng 1 đến hạng 3) theo bộ tiêu chí cải cách hành chính cấp xã (theo chấm điểm của Phòng Nội vụ thị xã) sẽ họp xét chọn khen thưởng 01 tập thể, 03 cá nhân tiêu biểu được tặng giấy khen của Chủ tịch Ủy ban nhân dân xã và đồng thời xem xét đề nghị Chủ tịch Ủy ban nhân dân thị xã tặng giấy khen nếu đủ điều kiện theo Kế hoạch thi đua cải cách hành chính của thị xã.',
    procedure: [
      'Dựa trên kết quả điểm số của Phòng Nội vụ tổng hợp chấm điểm, báo cáo đánh giá kết quả thực hiện nhiệm vụ cải cách hành chính của xã và đề xuất tập thể, cá nhân tiêu biểu xuất sắc trong cải cách hành chính cho Ủy ban nhân dân xã.',
      'Ủy ban nhân dân xã, Hội đồng thi đua khen thưởng xã họp đánh giá, bình xét, chọn tập thể, cá nhân tiêu biểu xuất sắc trong công tác cải cách hành chính năm 2024 để trình Chủ tịch Ủy ban nhân dân xã xem xét, khen thưởng.',
      'Công chức Văn phòng - Thống kê phụ trách Nội vụ thực hiện trình tự, thủ tục, hồ sơ trình Chủ tịch Ủy ban nhân dân xã xem xét, khen thưởng theo quy định.',
    ],
    timeline: {
      launch: '2024-04-26',
      end: '2024-12-31',
      launchText:
        'Kể từ ngày ban hành Kế hoạch phát động phong trào thi đua đẩy mạnh cải cách hành chính xã Văn Giáo năm 2024 đến hết tháng 12 năm 2024.',
      reviewMonth: '2025-01',
      reviewText: 'Trong tháng 01/2025.',
    },
    funding: {
      level: 'Thực hiện theo quy định hiện hành về công tác Thi đua - Khen thưởng.',
      source: 'Chi từ nguồn kinh phí khen thưởng của xã.',
    },
    duties: [
      {
        id: newId(),
        role: 'Các cán bộ, công chức',
        items: [
          'Triển khai thực hiện kế hoạch phát động phong trào thi đua đẩy mạnh cải cách hành chính xã Văn Giáo năm 2024.',
          'Tích cực thực hiện tốt phong trào thi đua đẩy mạnh hiệu quả cải cách hành chính của cơ quan, đơn vị, địa phương mình, góp phần chung vào hiệu quả cải cách hành chính năm 2024 của xã.',
        ],
      },
      {
        id: newId(),
        role: 'Công chức Văn phòng - Thống kê phụ trách Nội vụ',
        items: [
          'Triển khai kế hoạch phát động thi đua, hướng dẫn cơ quan, đơn vị, cán bộ, công chức về hồ sơ đề nghị xét khen thưởng.',
          'Đề xuất, tham mưu Chủ tịch Ủy ban nhân dân xã xem xét, chọn 01 tập thể, 03 cá nhân xét khen thưởng.',
          'Thẩm định hồ sơ, trình Chủ tịch Ủy ban nhân dân xã ban hành Quyết định khen thưởng cá nhân theo quy định.',
          'Hoàn thiện hồ sơ khen thưởng trình Chủ tịch Ủy ban nhân dân thị xã tặng giấy khen cho tập thể và cá nhân (khi điểm số cải cách hành chính của xã thuộc nhóm đầu của thị xã theo bộ tiêu chí cải cách hành chính cấp xã).',
        ],
      },
    ],
    closing: 'Trên đây là Kế hoạch phát động phong trào thi đua đẩy mạnh cải cách hành chính xã Văn Giáo năm 2024./.',
    recipients: [
      'Phòng Nội vụ thị xã',
      'TT. Đảng ủy, HĐND xã',
      'Chủ tịch, các PCT.UBND xã',
      'Khối Dân vận, MTTQ, đoàn thể xã, ấp',
      'Cán bộ, công chức, NHĐKCT',
      'Lưu: VT',
    ],
    signature: { prefix: 'KT.', position: 'Phó Chủ tịch', signerName: 'Hồ Văn Đức' },
    votingRules: { ...DEFAULT_VOTING_RULES },
    moneyRules: { ...DEFAULT_MONEY_RULES },
    status: 'draft',
  };
}
