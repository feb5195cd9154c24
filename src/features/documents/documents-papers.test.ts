// Issue #17: who signs, to whom, in what structure and order — on the document models.
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, moveCampaignTo } from '../../db/test-db';
import { loadDemoData } from '../../db/demo-data';
import { saveDecision } from '../../db/decision-repo';
import type { BinhXetDatabase } from '../../db/database';
import { roundSchema, sessionSchema } from '../../domain/council';
import { DEFAULT_VOTING_RULES } from '../../domain/rules';
import { settingsFields } from '../../domain/settings';
import { modelText, type Block, type DocumentModel } from '../../domain/document-model';
import { newId } from '../../lib/ids';
import { loadDocumentData } from './use-document-data';
import { kindBySlug } from './document-kinds';
import type { DocumentData } from './models/document-data';
import { positionAndUnit } from './models/document-data';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

/** Council on 14/01/2025 selects the first collective and the first three individuals; decision 20/01/2025. */
async function decided(): Promise<DocumentData> {
  const campaignId = await loadDemoData();
  await moveCampaignTo(campaignId, 'council');
  const at = new Date().toISOString();
  const meta = () => ({ id: newId(), createdAt: at, updatedAt: at, rev: 1 });
  const members = await database.councilMembers.where('campaignId').equals(campaignId).toArray();
  const nominations = await database.nominations.where('campaignId').equals(campaignId).toArray();
  const session = sessionSchema.parse({ ...meta(), campaignId, date: '2025-01-14', place: 'Hội trường', agenda: [], notes: '', attendance: Object.fromEntries(members.map((m) => [m.id, 'present'])) });
  await database.sessions.add(session);
  let number = 1;
  for (const [category, quota] of [['collective', 1], ['individual', 3]] as const) {
    const candidates = nominations.filter((n) => n.category === category);
    const perCandidate = Object.fromEntries(candidates.map((n, i) => [n.id, { agree: i < quota ? 8 : 2, disagree: i < quota ? 1 : 7 }]));
    await database.rounds.add(roundSchema.parse({ ...meta(), campaignId, sessionId: session.id, number: number++, category, candidateIds: candidates.map((n) => n.id), quota, rules: DEFAULT_VOTING_RULES, status: 'published', tally: { issued: 9, returned: 9, valid: 9, invalid: 0, perCandidate } }));
    for (const [i, n] of candidates.entries()) await database.nominations.update(n.id, { status: i < quota ? 'selected' : 'not-selected' });
  }
  await saveDecision(campaignId, { documentNumber: '125/QĐ-UBND', date: '2025-01-20', signature: { prefix: 'KT.', position: 'Phó Chủ tịch', signerName: 'Hồ Văn Đức' } }, 0);
  const d = await loadDocumentData(campaignId);
  if (!d) throw new Error('no data');
  return d;
}

function built(d: DocumentData, slug: string, choice?: string): DocumentModel {
  const r = kindBySlug(slug)?.build(d, choice);
  if (!r?.ok) throw new Error(`${slug}: ${r ? r.missing.join(' ') : 'no such kind'}`);
  return r.model;
}
const signatures = (m: DocumentModel, page = 0) => m.pages[page]?.blocks.filter((b): b is Extract<Block, { kind: 'signatures' }> => b.kind === 'signatures') ?? [];

describe('the tờ trình', () => {
  it('is signed by the council’s vice-chair and addressed to the commune chair, two different people', async () => {
    const d = await decided();
    const m = built(d, 'to-trinh');
    expect(modelText(m)).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân xã Văn Giáo');
    const [sign] = signatures(m);
    expect(sign?.columns[0]).toEqual({ heading: ['TM. HỘI ĐỒNG', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Hồ Văn Đức' });
    expect(modelText(m)).not.toMatch(/CHỦ TỊCH\nNguyễn Văn Thành/);
    // The last paragraph comes right before the signature (kept together on paper).
    const blocks = m.pages[0]?.blocks ?? [];
    expect(blocks.at(-2)?.kind).toBe('paragraph');
  });

  it('is signed by the officer in charge when Settings say so', async () => {
    const d = await decided();
    const settings = { ...d.settings, proposal: { ...d.settings.proposal, by: 'officer' as const } };
    const m = built({ ...d, settings }, 'to-trinh');
    expect(signatures(m)[0]?.columns[0]).toEqual({ heading: ['CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ'], name: 'Trần Thị Thu Hà' });
  });

  it('is refused when its signer is the person it is addressed to', async () => {
    const d = await decided();
    const bad = { ...d.settings.proposal, by: 'officer' as const, officerName: 'Nguyễn Văn Thành', addresseeName: 'nguyễn văn  thành' };
    const parsed = settingsFields.safeParse({ ...d.settings, proposal: bad });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain('Người ký tờ trình không được là người nhận tờ trình: chọn người ký khác');
    // Data made before the rule (or a council whose vice-chair chairs the commune): no paper, a reason.
    const r = kindBySlug('to-trinh')?.build({ ...d, settings: { ...d.settings, proposal: bad } }, undefined);
    expect(r && !r.ok && r.missing[0]).toMatch(/không thể do chính người đó ký/);
    const noVice = kindBySlug('to-trinh')?.build({ ...d, members: d.members.filter((x) => x.role !== 'pho-chu-tich') }, undefined);
    expect(noVice && !noVice.ok && noVice.missing[0]).toMatch(/chưa có Phó Chủ tịch/);
  });
});

describe('the báo cáo thành tích', () => {
  it('of an individual: the structure of the form, signed by the person, confirmed by the head of the unit', async () => {
    const d = await decided();
    const n = d.nominations.find((x) => d.participants.find((p) => p.id === x.participantId)?.displayName === 'Nguyễn Thị Ánh');
    const m = built(d, 'bao-cao-thanh-tich', n?.id);
    const text = modelText(m);
    expect(text.split('\n').filter((l) => /^[IV]+\. /.test(l))).toEqual(['I. SƠ LƯỢC LÝ LỊCH', 'II. THÀNH TÍCH ĐẠT ĐƯỢC', 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG']);
    expect(text).toContain('Giới tính: Nữ');
    // Her unit is the one-stop shop, headed by the vice-chair Lê Thị Mỹ Linh.
    expect(signatures(m)[0]?.columns).toEqual([
      { heading: ['XÁC NHẬN CỦA', 'THỦ TRƯỞNG ĐƠN VỊ'], name: 'Lê Thị Mỹ Linh' },
      { heading: ['NGƯỜI BÁO CÁO THÀNH TÍCH'], name: 'Nguyễn Thị Ánh' },
    ]);
    // The individual writes it: no issuing body on the left of the header.
    expect(m.pages[0]?.header?.issuingLines).toEqual([]);
  });

  it('of a collective: signed by its head, confirmed by the commune chair', async () => {
    const d = await decided();
    const n = d.nominations.find((x) => d.participants.find((p) => p.id === x.participantId)?.displayName === 'Bộ phận Tiếp nhận và Trả kết quả');
    const m = built(d, 'bao-cao-thanh-tich', n?.id);
    const text = modelText(m);
    expect(text.split('\n').filter((l) => /^[IV]+\. /.test(l))).toEqual(['I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH', 'II. THÀNH TÍCH ĐẠT ĐƯỢC', 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG']);
    expect(text).toContain('Người đứng đầu: Lê Thị Mỹ Linh, Phó Chủ tịch UBND xã');
    expect(signatures(m)[0]?.columns).toEqual([
      { heading: ['XÁC NHẬN CỦA CHỦ TỊCH', 'UBND XÃ VĂN GIÁO'], name: 'Nguyễn Văn Thành' },
      { heading: ['THỦ TRƯỞNG ĐƠN VỊ'], name: 'Lê Thị Mỹ Linh' },
    ]);
    expect(m.pages[0]?.header?.issuingLines).toEqual(['BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ']);
    expect(m.pages[0]?.header?.governingBody).toBe('UBND XÃ VĂN GIÁO');
  });
});

describe('the giấy khen', () => {
  it('says Ông/Bà before a name, and the unit once', async () => {
    const d = await decided();
    const text = modelText(built(d, 'giay-khen'));
    expect(text).toContain('\nBà Nguyễn Thị Ánh\n');
    expect(text).toContain('\nÔng Phạm Văn Hùng\n');
    expect(text).toContain('\nCông chức Văn phòng - Thống kê\n');
    expect(text).not.toContain('Thống kê, Văn phòng - Thống kê');
    expect(positionAndUnit('Công chức Văn phòng - Thống kê', 'Văn phòng - Thống kê')).toBe('Công chức Văn phòng - Thống kê');
    expect(positionAndUnit('Trưởng ấp', 'Ấp Voi 1')).toBe('Trưởng ấp, Ấp Voi 1');
    // A collective has no honorific.
    expect(text).toContain('GIẤY KHEN\nVăn phòng - Thống kê\n');
  });
});

describe('one order and one way of writing in every paper', () => {
  it('collectives first, then individuals by given name: decision, certificates, tờ trình, summary, ballots', async () => {
    const d = await decided();
    const order = ['Văn phòng - Thống kê', 'Nguyễn Thị Ánh', 'Trần Thị Thu Hà', 'Phạm Văn Hùng'];
    const decision = built(d, 'quyet-dinh').pages[0]?.blocks.find((b) => b.kind === 'table');
    expect(decision?.kind === 'table' && decision.rows.slice(0, -1).map((r) => r[1])).toEqual(order);
    const certificates = built(d, 'giay-khen').pages.map((p) => modelText({ ...built(d, 'giay-khen'), pages: [p] }));
    const lines = (t: string) => t.split('\n').map((l) => l.replace(/^(Ông|Bà) /, ''));
    expect(certificates.map((t) => order.findIndex((name) => lines(t).includes(name)))).toEqual([0, 1, 2, 3]);
    const proposal = built(d, 'to-trinh').pages[0]?.blocks.find((b) => b.kind === 'table');
    expect(proposal?.kind === 'table' && proposal.rows.map((r) => r[1])).toEqual(order);
    const summary = modelText(built(d, 'bao-cao-tong-ket'));
    expect(order.map((name) => summary.indexOf(`- ${name};`))).toEqual([...order.map((name) => summary.indexOf(`- ${name};`))].sort((a, b) => a - b));
    const round = d.rounds.find((r) => r.category === 'individual');
    const ballot = built(d, 'phieu-bau', round?.id).pages[0]?.blocks.find((b) => b.kind === 'table');
    expect(ballot?.kind === 'table' && ballot.rows.map((r) => r[1])).toEqual(['Võ Văn An', 'Nguyễn Thị Ánh', 'Đặng Thị Bích', 'Trần Thị Thu Hà', 'Phạm Văn Hùng']);
  });

  it('counts with two digits, dates padded as in the header, lower case after “về”', async () => {
    const d = await decided();
    const decision = modelText(built(d, 'quyet-dinh'));
    expect(decision).toContain('cho 01 tập thể và 03 cá nhân');
    expect(decision).toContain('ngày 14/01/2025');
    expect(decision).toContain('về phát động phong trào thi đua');
    expect(modelText(built(d, 'to-trinh'))).toContain('khen thưởng 01 tập thể và 03 cá nhân');
    expect(modelText(built(d, 'giay-khen'))).toContain('Quyết định số 125/QĐ-UBND, ngày 20/01/2025');
    const summary = modelText(built(d, 'bao-cao-tong-ket'));
    expect(summary).toContain('Có 08 tập thể và 24 cá nhân tham gia.');
    expect(summary).toContain('ngày 20 tháng 01 năm 2025');
    // Section IV says something: no line of dots.
    expect(summary).not.toMatch(/…{3,}|\.{6,}/);
  });
});
