import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, moveCampaignTo } from '../../db/test-db';
import { loadDemoData } from '../../db/demo-data';
import { saveDecision } from '../../db/decision-repo';
import type { BinhXetDatabase } from '../../db/database';
import { sessionSchema } from '../../domain/council';
import { closeRound, createRound, enterTally, openRound, publishRound } from '../../db/round-repo';
import { DEFAULT_VOTING_RULES } from '../../domain/rules';
import { modelText } from '../../domain/document-model';
import { newId } from '../../lib/ids';
import { loadDocumentData } from './use-document-data';
import { DOCUMENT_KINDS, kindBySlug } from './document-kinds';
import { ballotsPerPage } from './models/ballot-doc';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});

/** The council met, counted two rounds through the repositories, and selected 1 collective and 3 individuals. */
async function councilDecided(campaignId: string) {
  await moveCampaignTo(campaignId, 'council');
  const at = new Date().toISOString();
  const members = await database.councilMembers.where('campaignId').equals(campaignId).toArray();
  const nominations = await database.nominations.where('campaignId').equals(campaignId).toArray();
  const chair = members.find((m) => m.role === 'chu-tich');
  const secretary = members.find((m) => m.role === 'thu-ky');
  const session = sessionSchema.parse({
    id: newId(), createdAt: at, updatedAt: at, rev: 1, campaignId, date: '2024-12-18', startTime: '8:00', endTime: '10:30', place: 'Hội trường UBND xã Văn Giáo',
    chairId: chair?.id, secretaryId: secretary?.id, agenda: ['Bình xét khen thưởng'],
    attendance: Object.fromEntries(members.map((m, i) => [m.id, i === 7 ? 'absent' : 'present'])), notes: '',
  });
  await database.sessions.add(session);
  const present = members.length - 1;
  for (const [category, quota] of [['collective', 1], ['individual', 3]] as const) {
    const candidates = nominations.filter((n) => n.category === category);
    const perCandidate = Object.fromEntries(candidates.map((n, i) => [n.id, { agree: i < quota ? 7 : 1, disagree: i < quota ? present - 7 : present - 1 }]));
    const round = await createRound({ campaignId, sessionId: session.id, category, candidateIds: candidates.map((n) => n.id), quota, rules: DEFAULT_VOTING_RULES });
    await openRound(round.id);
    await enterTally(round.id, { issued: present, returned: present, valid: present, invalid: 0, perCandidate });
    await closeRound(round.id);
    await publishRound(round.id);
  }
}

describe('campaign documents', () => {
  it('say what is missing before the council and the decision', async () => {
    const campaignId = await loadDemoData();
    const data = await loadDocumentData(campaignId);
    if (!data) throw new Error('no data');
    const missing = (slug: string) => {
      const r = kindBySlug(slug)?.build(data, undefined);
      return r && !r.ok ? r.missing.join(' ') : 'ok';
    };
    expect(missing('bien-ban-kiem-phieu')).toMatch(/vòng bỏ phiếu nào đã kết thúc/);
    expect(missing('bien-ban-hop')).toMatch(/phiên họp/);
    expect(missing('to-trinh')).toMatch(/Hội đồng chọn/);
    expect(missing('quyet-dinh')).toMatch(/Chưa lập quyết định/);
    expect(missing('giay-khen')).toMatch(/ngày ký/);
    expect(missing('bao-cao-thanh-tich')).toBe('ok');
    expect(missing('bao-cao-tong-ket')).toBe('ok');
  });

  it('fill the decision with amounts rounded up on the signing date, total in words', async () => {
    const campaignId = await loadDemoData();
    await councilDecided(campaignId);
    const signature = { prefix: '', position: 'Chủ tịch', signerName: 'Nguyễn Văn Thành' };
    await expect(saveDecision(campaignId, { documentNumber: '', date: '31/02/2024', signature }, 0)).rejects.toThrow(/Ngày không hợp lệ/);
    const undated = await saveDecision(campaignId, { documentNumber: '', signature }, 0);
    expect(undated.awardees).toEqual([]);
    let data = await loadDocumentData(campaignId);
    const r0 = data && kindBySlug('quyet-dinh')?.build(data, undefined);
    expect(r0 && !r0.ok && r0.missing[0]).toMatch(/ngày ký/);

    const dec = await saveDecision(campaignId, { documentNumber: '125/QĐ-UBND', date: '2024-12-20', signature }, undated.rev);
    expect(dec.awardees.map((a) => a.amount)).toEqual([1_410_000, 710_000, 710_000, 710_000]);
    await expect(saveDecision(campaignId, { documentNumber: 'x', date: '2024-12-20', signature }, undated.rev)).rejects.toThrow();

    data = await loadDocumentData(campaignId);
    if (!data) throw new Error('no data');
    for (const kind of DOCUMENT_KINDS.filter((k) => !k.optional)) expect(kind.build(data, undefined).ok, kind.slug).toBe(true);
    const decision = kindBySlug('quyet-dinh')?.build(data, undefined);
    if (!decision?.ok) throw new Error('decision not built');
    const text = modelText(decision.model);
    expect(text).toContain('Số: 125/QĐ-UBND');
    expect(text).toContain('Văn Giáo, ngày 20 tháng 12 năm 2024');
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ VĂN GIÁO');
    expect(text).toContain('Căn cứ Kế hoạch số 99/KH-UBND ngày 26/4/2024');
    expect(text).toContain(' | Tổng cộng |  |  | 3.540.000 đ');
    expect(text).toContain('Bằng chữ: Ba triệu năm trăm bốn mươi nghìn đồng');
    expect(text).toContain('trích từ nguồn kinh phí khen thưởng của xã.');

    const certificates = kindBySlug('giay-khen')?.build(data, undefined);
    expect(certificates?.ok && certificates.model.pages).toHaveLength(4);
    expect(certificates?.ok && certificates.model.orientation).toBe('landscape');

    const minutes = kindBySlug('bien-ban-hop')?.build(data, undefined);
    if (!minutes?.ok) throw new Error('minutes not built');
    const m = modelText(minutes.model);
    expect(m).toContain('Vào lúc 08 giờ 00 phút, ngày 18 tháng 12 năm 2024');
    expect(m).toContain('Có mặt 8/9 thành viên');
    expect(m).toMatch(/THƯ KÝ\nTrần Thị Thu Hà\nCHỦ TỌA\nNguyễn Văn Thành/);

    const count = kindBySlug('bien-ban-kiem-phieu')?.build(data, undefined);
    expect(count?.ok && modelText(count.model)).toContain('Số phiếu phát ra: 8; số phiếu thu vào: 8; số phiếu hợp lệ: 8; số phiếu không hợp lệ: 0.');
    // 7 of 9 members (the base is all members) = 77,78%.
    expect(count?.ok && modelText(count.model)).toContain('| 7 | 9 | 77,78% |');
    // The minutes read the same frozen result: the same numbers, in words.
    const minutesAgain = kindBySlug('bien-ban-hop')?.build(data, undefined);
    expect(minutesAgain?.ok && modelText(minutesAgain.model)).toContain('7/9 phiếu đồng ý (77,78%) — được chọn');
    expect(minutesAgain?.ok && modelText(minutesAgain.model)).toContain('1. Bỏ phiếu tập thể.');
    expect(minutesAgain?.ok && modelText(minutesAgain.model)).toContain('2. Bỏ phiếu cá nhân.');
  });

  it('print enough ballot papers for every member, several per page', async () => {
    const campaignId = await loadDemoData();
    await councilDecided(campaignId);
    const data = await loadDocumentData(campaignId);
    if (!data) throw new Error('no data');
    const round = data.rounds.find((r) => r.category === 'individual');
    const ballots = kindBySlug('phieu-bau')?.build(data, round?.id);
    if (!ballots?.ok) throw new Error('ballots not built');
    expect(ballotsPerPage(3)).toBe(3);
    expect(ballotsPerPage(5)).toBe(2);
    expect(ballotsPerPage(20)).toBe(1);
    expect(ballots.model.pages).toHaveLength(5); // 9 members, 5 candidates: 2 per page
    const first = ballots.model.pages[0]?.blocks ?? [];
    expect(first.filter((b) => b.kind === 'cut')).toHaveLength(1);
  });
});
