// The benchmark's dataset, generated deterministically (seeded PRNG) in the shapes of the
// domain schemas: a district-scale campaign, or a tiny one for the smoke run in `npm test`.
import { plan99Template } from '../src/domain/templates/plan-99';
import { newId } from '../src/lib/ids';
import { DEFAULT_VOTING_RULES } from '../src/domain/rules';

export interface Scale {
  units: number;
  people: number;
  criteria: number;
  evidence: number;
  attachments: number;
  attachmentBytes: number;
  nominees: number;
  councilMembers: number;
  rounds: number;
}

export const FULL: Scale = { units: 200, people: 10_000, criteria: 5, evidence: 100_000, attachments: 2_000, attachmentBytes: 100 * 1024, nominees: 300, councilMembers: 15, rounds: 3 };
export const SMOKE: Scale = { units: 5, people: 40, criteria: 5, evidence: 200, attachments: 5, attachmentBytes: 4 * 1024, nominees: 6, councilMembers: 5, rounds: 1 };

/** The FULL or SMOKE scale; FULL times `factor` (BENCH_SCALE) when the machine has no time for all of it. */
export function scaleOf(name: 'full' | 'smoke', factor = 1): Scale {
  if (name === 'smoke') return SMOKE;
  if (factor === 1) return FULL;
  const f = (n: number) => Math.max(1, Math.round(n * factor));
  // The register (10,000 people, so the nomination table still has 10,200 rows) stays whole;
  // only the bulk — evidence and attachment bytes — shrinks.
  return { ...FULL, evidence: f(FULL.evidence), attachments: f(FULL.attachments) };
}

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thanh', 'Ngọc', 'Đức', 'Thu', 'Quốc', 'Kim'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dung', 'Đức', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Khánh', 'Lan', 'Linh', 'Lộc', 'Mai', 'Nam', 'Ngân', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trí', 'Tuấn', 'Uyên', 'Vy', 'Yến'];

export interface Dataset {
  campaign: Record<string, unknown> & { id: string; criteria: { id: string }[]; rewards: { id: string; category: string }[] };
  units: Record<string, unknown>[];
  people: Record<string, unknown>[];
  participants: Record<string, unknown>[];
  evidence: Record<string, unknown>[];
  attachments: { meta: Record<string, unknown>; bytes: Uint8Array }[];
  nominations: Record<string, unknown>[];
  councilMembers: Record<string, unknown>[];
  sessions: Record<string, unknown>[];
  rounds: Record<string, unknown>[];
}

export function makeDataset(scale: Scale, seed = 42): Dataset {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const template = plan99Template();
  const criteria = Array.from({ length: scale.criteria }, (_, i) => ({
    id: newId(),
    shortName: `Tiêu chí ${i + 1}`,
    text: template.criteria[i % template.criteria.length]?.text ?? `Tiêu chí ${i + 1}`,
    appliesTo: 'both',
    kind: i === 0 ? 'disqualifier' : 'required',
  }));
  const campaign = { ...template, id: newId(), criteria } as unknown as Dataset['campaign'];
  const units = Array.from({ length: scale.units }, (_, i) => ({ id: newId(), name: `${pick(['Ấp', 'Tổ', 'Bộ phận', 'Chi hội'])} số ${i + 1}`, kind: pick(['ap', 'bo-phan', 'doan-the', 'co-quan']), note: '', archived: false }));
  const people = Array.from({ length: scale.people }, () => ({
    id: newId(),
    fullName: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
    gender: pick(['nam', 'nu']),
    position: pick(['Công chức Tư pháp - Hộ tịch', 'Công chức Văn phòng - Thống kê', 'Trưởng ấp', 'Công an viên']),
    kind: pick(['can-bo', 'cong-chuc', 'nhdkct']),
    unitId: (pick(units) as { id: string }).id,
    active: true,
  }));
  const participants = [
    ...units.map((u) => ({ id: newId(), campaignId: campaign.id, category: 'collective', unitId: u.id, displayName: u.name })),
    ...people.map((p) => ({ id: newId(), campaignId: campaign.id, category: 'individual', personId: p.id, displayName: p.fullName })),
  ];
  const evidence = Array.from({ length: scale.evidence }, (_, i) => {
    const participant = participants[i % participants.length] as { id: string };
    return {
      id: newId(),
      campaignId: campaign.id,
      participantId: participant.id,
      criterionId: (criteria[i % criteria.length] as { id: string }).id,
      description: `Hoàn thành nhiệm vụ cải cách hành chính số ${i + 1}: tiếp nhận và trả kết quả đúng hạn, hỗ trợ người dân nộp hồ sơ trực tuyến.`,
      date: '2024-11-15',
      documentNumber: `${(i % 300) + 1}/BC-UBND`,
      attachmentIds: [],
      selfAssessment: 'dat',
      selfComment: '',
    };
  });
  const attachments = Array.from({ length: scale.attachments }, (_, i) => {
    const bytes = new Uint8Array(scale.attachmentBytes);
    for (let j = 0; j < bytes.length; j += 4096) bytes[j] = Math.floor(rnd() * 256);
    const owner = evidence[i % evidence.length] as { id: string };
    return { meta: { id: newId(), campaignId: campaign.id, ownerId: owner.id, name: `minh-chung-${i + 1}.pdf`, type: 'application/pdf', size: bytes.length }, bytes };
  });
  const [collective, individual] = template.rewards;
  const nominations = participants.slice(0, scale.nominees).map((p) => ({
    id: newId(),
    campaignId: campaign.id,
    participantId: p.id,
    rewardId: (p.category === 'collective' ? collective?.id : individual?.id) ?? '',
    category: p.category,
    rationale: 'Tiêu biểu xuất sắc',
    status: 'appraised',
  }));
  const councilMembers = Array.from({ length: scale.councilMembers }, (_, i) => ({
    id: newId(),
    campaignId: campaign.id,
    fullName: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
    position: 'Ủy viên',
    role: i === 0 ? 'chu-tich' : i === scale.councilMembers - 1 ? 'thu-ky' : 'uy-vien',
    order: i,
  }));
  const memberIds = councilMembers.map((m) => m.id);
  const session = {
    id: newId(),
    campaignId: campaign.id,
    date: '2024-12-10',
    startTime: '08:00',
    place: 'Hội trường Ủy ban nhân dân',
    chairId: memberIds[0],
    secretaryId: memberIds.at(-1),
    agenda: ['Bình xét danh hiệu thi đua năm 2024'],
    attendance: Object.fromEntries(memberIds.map((id) => [id, 'present'])),
    projector: { slide: 'title' },
  };
  const rounds = Array.from({ length: scale.rounds }, (_, i) => {
    const candidates = nominations.filter((n) => n.category === (i === 0 ? 'collective' : 'individual')).slice(0, 10);
    return {
      id: newId(),
      campaignId: campaign.id,
      sessionId: session.id,
      number: i + 1,
      category: i === 0 ? 'collective' : 'individual',
      candidateIds: (candidates.length ? candidates : nominations.slice(0, 1)).map((n) => n.id),
      quota: 3,
      rules: { ...DEFAULT_VOTING_RULES },
      status: 'prepared',
    };
  });
  return { campaign, units, people, participants, evidence, attachments, nominations, councilMembers, sessions: [session], rounds };
}
