// Issue #17: papers a chairman can sign. Each paper carries its own date and the law and
// bodies in force on that date — never the PC's clock on the day it is printed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase, moveCampaignTo } from '../../db/test-db';
import { loadDemoData } from '../../db/demo-data';
import { saveDecision } from '../../db/decision-repo';
import { changeStatus } from '../../db/nomination-repo';
import type { BinhXetDatabase } from '../../db/database';
import { cloneCampaignFields } from '../../domain/campaign-clone';
import { sessionSchema } from '../../domain/council';
import { closeRound, createRound, enterTally, openRound, publishRound } from '../../db/round-repo';
import { DEFAULT_VOTING_RULES } from '../../domain/rules';
import { DISTRICT_WORDS } from '../../domain/legal-bases';
import { modelText, type DocumentModel } from '../../domain/document-model';
import { newId } from '../../lib/ids';
import { loadDocumentData } from './use-document-data';
import { DOCUMENT_KINDS, kindBySlug } from './document-kinds';
import type { DocumentData } from './models/document-data';

let database: BinhXetDatabase;
beforeEach(() => {
  database = freshDatabase();
});
afterEach(() => {
  vi.useRealTimers();
});

/** The campaign went to the council, which met on `date` and selected 1 collective and 3 individuals. */
async function councilMet(campaignId: string, date: string) {
  await moveCampaignTo(campaignId, 'council');
  const at = new Date().toISOString();
  const meta = () => ({ id: newId(), createdAt: at, updatedAt: at, rev: 1 });
  const members = await database.councilMembers.where('campaignId').equals(campaignId).toArray();
  const nominations = await database.nominations.where('campaignId').equals(campaignId).toArray();
  const session = sessionSchema.parse({
    ...meta(), campaignId, date, startTime: '8:00', endTime: '10:30', place: 'Hội trường UBND xã Văn Giáo',
    chairId: members.find((m) => m.role === 'chu-tich')?.id, secretaryId: members.find((m) => m.role === 'thu-ky')?.id, agenda: ['Bình xét khen thưởng'],
    attendance: Object.fromEntries(members.map((m) => [m.id, 'present'])), notes: '',
  });
  await database.sessions.add(session);
  // Counted and published through the repositories, as the council screen does.
  for (const [category, quota] of [['collective', 1], ['individual', 3]] as const) {
    const candidates = nominations.filter((n) => n.category === category);
    const perCandidate = Object.fromEntries(candidates.map((n, i) => [n.id, { agree: i < quota ? 8 : 1, disagree: i < quota ? 1 : 8 }]));
    const round = await createRound({ campaignId, sessionId: session.id, category, candidateIds: candidates.map((n) => n.id), quota, rules: DEFAULT_VOTING_RULES });
    await openRound(round.id);
    await enterTally(round.id, { issued: 9, returned: 9, valid: 9, invalid: 0, perCandidate });
    await closeRound(round.id);
    await publishRound(round.id);
  }
}

const signature = { prefix: 'KT.', position: 'Phó Chủ tịch', signerName: 'Hồ Văn Đức' };

async function data(campaignId: string): Promise<DocumentData> {
  const d = await loadDocumentData(campaignId);
  if (!d) throw new Error('no data');
  return d;
}

function built(d: DocumentData, slug: string, choice?: string): DocumentModel {
  const r = kindBySlug(slug)?.build(d, choice);
  if (!r?.ok) throw new Error(`${slug}: ${r ? r.missing.join(' ') : 'no such kind'}`);
  return r.model;
}

/** The plan-99 demo: council on 14/01/2025, decision 125/QĐ-UBND of 20/01/2025. */
async function campaign2025(): Promise<string> {
  const campaignId = await loadDemoData();
  await councilMet(campaignId, '2025-01-14');
  await saveDecision(campaignId, { documentNumber: '125/QĐ-UBND', date: '2025-01-20', signature }, 0);
  return campaignId;
}

describe('a 2025 decision (20/01/2025): the town’s bodies, Decree 98, the 2015 local-government law', () => {
  it('dates every paper from the campaign’s events, not the clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-09-15T09:00:00+07:00'));
    const d = await data(await campaign2025());
    expect(modelText(built(d, 'to-trinh'))).toContain('Văn Giáo, ngày 14 tháng 01 năm 2025');
    expect(modelText(built(d, 'quyet-dinh'))).toContain('Văn Giáo, ngày 20 tháng 01 năm 2025');
    // The dossiers of the demo were appraised on 10/01/2025: the reports are dated then.
    const reports = built(d, 'bao-cao-thanh-tich');
    expect(reports.pages.map((p) => p.header?.dateLine)).toEqual(reports.pages.map(() => 'Văn Giáo, ngày 10 tháng 01 năm 2025'));
    // The plan reviews "trong tháng 01/2025": the summary is dated at the end of that month.
    expect(modelText(built(d, 'bao-cao-tong-ket'))).toContain('Văn Giáo, ngày 31 tháng 01 năm 2025');
    for (const kind of DOCUMENT_KINDS) {
      const r = kind.build(d, undefined);
      if (r.ok) expect(modelText(r.model), kind.slug).not.toMatch(/2026/);
    }
  });

  it('a reprint a year later says exactly the same', async () => {
    const campaignId = await campaign2025();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-21T09:00:00+07:00'));
    const before = await data(campaignId);
    vi.setSystemTime(new Date('2026-01-21T09:00:00+07:00'));
    const after = await data(campaignId);
    for (const kind of DOCUMENT_KINDS) {
      const a = kind.build(before, undefined);
      const b = kind.build(after, undefined);
      expect(a.ok && b.ok && modelText(b.model), kind.slug).toBe(a.ok && modelText(a.model));
      expect(a.ok && b.ok && b.model.source, kind.slug).toBe(a.ok && a.model.source);
    }
  });

  it('a stored date and number win over the defaults; a report follows its dossier’s completion', async () => {
    const campaignId = await loadDemoData();
    const nomination = (await database.nominations.where('campaignId').equals(campaignId).toArray()).find((n) => n.category === 'individual');
    if (!nomination) throw new Error('no nomination');
    // The officer marked this dossier complete on 08/01/2025 (the audit trail remembers the day).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-08T10:00:00+07:00'));
    await changeStatus(nomination.id, nomination.rev, 'dossier-complete', { ...nomination.dossier, checklist: { 'to-trinh': true, 'bao-cao-thanh-tich': true, 'bien-ban': true } });
    vi.useRealTimers();
    await councilMet(campaignId, '2025-01-14');
    await saveDecision(campaignId, { documentNumber: '125/QĐ-UBND', date: '2025-01-20', signature }, 0);
    const campaign = await database.campaigns.get(campaignId);
    if (!campaign) throw new Error('no campaign');
    await database.campaigns.put({ ...campaign, documents: { ...campaign.documents, proposal: { number: '03/TTr-HĐTĐKT', date: '2025-01-15' }, summary: { number: '12/BC-UBND', date: '2025-02-05', assessment: 'Đánh giá do công chức viết.' } } });
    const d = await data(campaignId);
    expect(modelText(built(d, 'bao-cao-thanh-tich', nomination.id))).toContain('Văn Giáo, ngày 08 tháng 01 năm 2025');
    const proposal = modelText(built(d, 'to-trinh'));
    expect(proposal).toContain('Số: 03/TTr-HĐTĐKT');
    expect(proposal).toContain('Văn Giáo, ngày 15 tháng 01 năm 2025');
    const summary = modelText(built(d, 'bao-cao-tong-ket'));
    expect(summary).toContain('Số: 12/BC-UBND');
    expect(summary).toContain('Văn Giáo, ngày 05 tháng 02 năm 2025');
    expect(summary).toContain('Đánh giá do công chức viết.');
    expect(modelText(built(d, 'quyet-dinh'))).toContain('Xét đề nghị của Hội đồng Thi đua - Khen thưởng tại Tờ trình số 03/TTr-HĐTĐKT ngày 15/01/2025.');
  });

  it('cites the law in force on 20/01/2025, then the plan, the minutes and the proposal', async () => {
    const d = await data(await campaign2025());
    const text = modelText(built(d, 'quyet-dinh'));
    const basis = text.split('\n').filter((l) => /^(Căn cứ|Xét)/.test(l));
    expect(basis).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;',
      'Căn cứ Kế hoạch số 99/KH-UBND ngày 26/4/2024 của Ủy ban nhân dân xã Văn Giáo về phát động phong trào thi đua đẩy mạnh cải cách hành chính xã Văn Giáo năm 2024;',
      'Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng ngày 14/01/2025;',
      'Xét đề nghị của Hội đồng Thi đua - Khen thưởng tại Tờ trình ngày 14/01/2025.',
    ]);
    expect(text).toContain('Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 01 tập thể và 03 cá nhân');
    // 2,340,000 đ from 01/7/2024: 0.6 → 1,410,000; 0.3 → 710,000.
    expect(text).toContain('| 1.410.000 đ');
    expect(text).toContain('| 710.000 đ');
    // The town's office receives the summary; the plan's "Phòng Nội vụ thị xã" is replaced by it.
    const summary = modelText(built(d, 'bao-cao-tong-ket'));
    expect(summary).toContain('\nPhòng Nội vụ thị xã Tịnh Biên\n');
    expect(summary).not.toContain('\nPhòng Nội vụ thị xã\n');
  });
});

describe('a 2026 decision (02/07/2026): Decree 152, the province’s Sở Nội vụ, no district anywhere', () => {
  async function campaign2026(): Promise<string> {
    const campaignId = await loadDemoData();
    const c = await database.campaigns.get(campaignId);
    if (!c) throw new Error('no campaign');
    // The same campaign run again two years on, under the new law: its own plan, no town.
    await database.campaigns.put({ ...c, ...cloneCampaignFields(c, 2), rewards: c.rewards, status: 'evaluating', documentNumber: '45/KH-UBND', issueDate: '2026-03-10', higherBody: 'Ủy ban nhân dân tỉnh An Giang', basis: [] });
    await councilMet(campaignId, '2026-06-25');
    await saveDecision(campaignId, { documentNumber: '88/QĐ-UBND', date: '2026-07-02', signature }, 0);
    return campaignId;
  }

  it('cites Law 72/2025, Law 06/2022 and Decree 152; pays on 2,530,000 đ', async () => {
    const d = await data(await campaign2026());
    const text = modelText(built(d, 'quyet-dinh'));
    expect(text).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;');
    expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(text).toContain('Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;');
    expect(text).not.toContain('98/2023');
    expect(text).not.toContain('năm 2015');
    expect(text).toContain('mức lương cơ sở 2.530.000 đ');
    // 0.6 × 2,530,000 = 1,518,000 → 1,520,000; 0.3 × 2,530,000 = 759,000 → 760,000.
    expect(text).toContain('| 1.520.000 đ');
    expect(text).toContain('| 760.000 đ');
    expect(text).toContain('Văn Giáo, ngày 02 tháng 7 năm 2026');
  });

  it('sends the summary to the Sở Nội vụ and names no town or district in any paper', async () => {
    const d = await data(await campaign2026());
    const summary = modelText(built(d, 'bao-cao-tong-ket'));
    expect(summary).toContain('\nSở Nội vụ tỉnh An Giang\n');
    expect(summary).not.toMatch(/…{3,}|\.{6,}/);
    // The proposal upward too, once the officer has chosen whom to propose.
    const chosen = d.nominations.filter((n) => n.status === 'selected' || n.status === 'awarded');
    const withUpward = { ...d, campaign: { ...d.campaign, documents: { ...d.campaign.documents, upward: { number: '', items: chosen.map((n) => ({ nominationId: n.id, award: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' })) } } } };
    for (const kind of DOCUMENT_KINDS) {
      const r = kind.build(withUpward, undefined);
      expect(r.ok, kind.slug).toBe(true);
      if (r.ok) expect(modelText(r.model), kind.slug).not.toMatch(DISTRICT_WORDS);
    }
  });
});
