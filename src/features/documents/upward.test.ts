// The proposal upward (tờ trình đề nghị cấp trên, Mẫu số 01) and its packet: addressed to the
// higher level in force on the paper's own date, citing the law of that date, listing whom the
// commune proposes for what, and refusing to pack a dossier that lacks a paper.
import { describe, expect, it } from 'vitest';
import { modelText } from '../../domain/document-model';
import { higherAwardsOn, awardGiver, upwardHistoryCheck } from '../../domain/upward';
import type { AwardEntry } from '../../domain/award-history';
import { upwardOf } from '../../domain/campaign-documents';
import { finishedDemo, onThePcOfDecember2026 } from './finished-demo.testing';
import type { DocumentData } from './models/document-data';
import { buildUpwardProposal } from './models/upward-doc';
import { upwardPacket } from './models/upward-packet';

onThePcOfDecember2026();

function withUpward(d: DocumentData, change: Partial<ReturnType<typeof upwardOf>>): DocumentData {
  const up = { ...upwardOf(d.campaign.documents), ...change };
  return { ...d, campaign: { ...d.campaign, documents: { ...d.campaign.documents, upward: up } } };
}

function text(d: DocumentData): string {
  const r = buildUpwardProposal(d);
  if (!r.ok) throw new Error(r.missing.join(' '));
  return modelText(r.model);
}

describe('tờ trình đề nghị cấp trên', () => {
  it('in January 2025 goes to the town, under the 2015 local government law and Decree 98', async () => {
    const t = text(await finishedDemo());
    expect(t).toMatch(/Số: 09\/TTr-UBND[\s\S]*ngày 22 tháng 01 năm 2025/);
    expect(t).toContain('Kính gửi: Phòng Nội vụ thị xã');
    expect(t).toContain('Nghị định số 98/2023/NĐ-CP');
    expect(t).not.toContain('152/2025');
    expect(t).toContain('Giấy khen của Chủ tịch Ủy ban nhân dân thị xã');
    expect(t).toContain('Văn phòng - Thống kê');
    expect(t).toContain('Quyết định khen thưởng số 125/QĐ-UBND ngày 20/01/2025');
    expect(t).toContain('TM. ỦY BAN NHÂN DÂN');
  });

  it('dated 2026 goes to the province’s Sở Nội vụ under the 2025 law and Decree 152, never the town', async () => {
    const demo = await finishedDemo();
    const stale = buildUpwardProposal(withUpward(demo, { date: '2026-03-10' }));
    // The town's Giấy khen proposed in January 2025 no longer exists on a 2026 paper: refused, not printed.
    expect(stale.ok ? [] : stale.missing.join(' ')).toMatch(/Văn phòng - Thống kê: “Giấy khen của Chủ tịch Ủy ban nhân dân thị xã” là hình thức của cấp huyện/);
    const items = upwardOf(demo.campaign.documents).items.map((i) => ({ ...i, award: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' }));
    const t = text(withUpward(demo, { date: '2026-03-10', items }));
    expect(t).toContain('ngày 10 tháng 3 năm 2026');
    expect(t).toContain('Kính gửi: Sở Nội vụ tỉnh');
    expect(t).toContain('Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025');
    expect(t).toContain('Nghị định số 152/2025/NĐ-CP');
    expect(t).not.toContain('Nghị định số 98/2023');
    expect(t).not.toContain('Phòng Nội vụ thị xã');
  });

  it('without a date of its own takes the commune decision’s, never the PC’s clock', async () => {
    const t = text(withUpward(await finishedDemo(), { date: undefined }));
    expect(t).toContain('ngày 20 tháng 01 năm 2025');
    expect(t).not.toContain('2026');
  });

  it('says what is missing: nobody chosen, or a nominee without the award asked for', async () => {
    const d = await finishedDemo();
    const none = buildUpwardProposal(withUpward(d, { items: [] }));
    expect(none.ok ? [] : none.missing.join(' ')).toMatch(/Chưa chọn tập thể, cá nhân nào/);
    const first = upwardOf(d.campaign.documents).items[0];
    if (!first) throw new Error('demo proposes one');
    const blank = buildUpwardProposal(withUpward(d, { items: [{ ...first, award: ' ' }] }));
    expect(blank.ok ? [] : blank.missing.join(' ')).toMatch(/chưa ghi hình thức đề nghị/);
  });

  it('ignores a proposed nominee the council did not choose (withdrawn after the proposal was saved)', async () => {
    const d = await finishedDemo();
    const notChosen = d.nominations.find((n) => n.status !== 'selected' && n.status !== 'awarded');
    if (!notChosen) throw new Error('demo has a nominee not chosen');
    const t = text(withUpward(d, { items: [...upwardOf(d.campaign.documents).items, { nominationId: notChosen.id, award: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' }] }));
    expect(t).not.toContain('Bằng khen');
  });
});

describe('the upward packet', () => {
  it('holds the tờ trình, each proposed nominee’s report, the minutes and the commune’s decision', async () => {
    const d = await finishedDemo();
    const all = d.nominations.filter((n) => n.status === 'selected' || n.status === 'awarded');
    const packet = upwardPacket(withUpward(d, { items: all.map((n) => ({ nominationId: n.id, award: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' })) }));
    if (!packet.ok) throw new Error(packet.missing.join(' '));
    const names = packet.files.map((f) => f.name);
    expect(names[0]).toBe('01-to-trinh-de-nghi-khen-thuong.docx');
    expect(names.filter((n) => n.startsWith('02-bao-cao-thanh-tich-'))).toHaveLength(all.length);
    expect(names.slice(-2)).toEqual(['03-bien-ban-hop-hoi-dong.docx', '04-quyet-dinh-khen-thuong-cua-xa.docx']);
    expect(new Set(names).size).toBe(names.length);
  });

  it('is refused, naming the nominee, when a proposed report is empty', async () => {
    const d = await finishedDemo();
    const item = upwardOf(d.campaign.documents).items[0];
    if (!item) throw new Error('demo proposes one');
    const nominations = d.nominations.map((n) => (n.id === item.nominationId ? { ...n, dossier: { ...n.dossier, report: { ...n.dossier.report, summary: '', sections: [] } } } : n));
    const packet = upwardPacket({ ...d, nominations });
    expect(packet.ok ? [] : packet.missing.join(' ')).toMatch(/Văn phòng - Thống kê: chưa có báo cáo thành tích/);
    // The dossier is locked once voted on: the link leads to where the report can be written now.
    expect(packet.ok ? [] : packet.links).toEqual([{ to: `/campaigns/${d.campaign.id}/documents/de-nghi-cap-tren#bao-cao-${item.nominationId}`, label: 'Viết báo cáo thành tích của Văn phòng - Thống kê' }]);
  });
});

describe('higher awards as dated data', () => {
  it('suggests the town’s Giấy khen only while the town existed', () => {
    expect(higherAwardsOn('2025-06-30')).toContain('Giấy khen của Chủ tịch Ủy ban nhân dân thị xã');
    expect(higherAwardsOn('2025-07-01')).not.toContain('Giấy khen của Chủ tịch Ủy ban nhân dân thị xã');
    expect(higherAwardsOn('2026-01-01')).toContain('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(awardGiver('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh')).toBe('Chủ tịch Ủy ban nhân dân tỉnh');
  });
});

describe('a proposal upward checked against the award history', () => {
  const person = { kind: 'person' as const, personId: 'p-1' };
  const entry = (year: number, title: string, id = `e-${year}-${title}`): AwardEntry => ({
    id,
    createdAt: `${year + 1}-01-20T00:00:00.000Z`,
    updatedAt: `${year + 1}-01-20T00:00:00.000Z`,
    rev: 1,
    category: 'individual',
    personId: 'p-1',
    subjectName: 'Nguyễn Thị Ánh',
    unitName: '',
    title,
    year,
    decisionNumber: `${year}/QĐ-UBND`,
    decisionDate: `${year + 1}-01-15`,
    giver: 'Chủ tịch Ủy ban nhân dân xã',
    amount: 0,
    source: { kind: 'manual' },
  });
  const cstd = (year: number) => entry(year, 'Chiến sĩ thi đua cơ sở');

  it('CSTĐ cấp tỉnh needs three years of CSTĐ cơ sở in a row, ending with the results’ year', () => {
    const ok = upwardHistoryCheck('Danh hiệu Chiến sĩ thi đua cấp tỉnh', [cstd(2023), cstd(2024), cstd(2025)], person, 2025);
    expect(ok?.ok).toBe(true);
    expect(ok?.explanation).toMatch(/^Đạt: đạt “Chiến sĩ thi đua cơ sở” 3 năm liên tục \(2023–2025\)/);
    expect(ok?.explanation).toContain('Điều 22');
    // A gap across the year boundary breaks the run.
    const gap = upwardHistoryCheck('danh hieu chien si thi dua cap tinh', [cstd(2022), cstd(2023), cstd(2025)], person, 2025);
    expect(gap?.ok).toBe(false);
    expect(gap?.explanation).toMatch(/^Chưa đạt: cần 3 năm liên tục “Chiến sĩ thi đua cơ sở” từ 2023 đến 2025/);
    // Checked through 2026, the 2023–2025 run is not enough until 2026 is in the ledger.
    expect(upwardHistoryCheck('Danh hiệu Chiến sĩ thi đua cấp tỉnh', [cstd(2023), cstd(2024), cstd(2025)], person, 2026)?.ok).toBe(false);
    expect(upwardHistoryCheck('Danh hiệu Chiến sĩ thi đua cấp tỉnh', [cstd(2024), cstd(2025), cstd(2026)], person, 2026)?.ok).toBe(true);
  });

  it('does not count an annulled title, nor another title, nor another person’s', () => {
    const annulment: AwardEntry = { ...entry(2024, 'Chiến sĩ thi đua cơ sở', 'x-annul'), createdAt: '2025-03-01T00:00:00.000Z', corrects: { entryId: 'e-2024-Chiến sĩ thi đua cơ sở', reason: 'Quyết định bị thu hồi', annul: true } };
    expect(upwardHistoryCheck('Danh hiệu Chiến sĩ thi đua cấp tỉnh', [cstd(2023), cstd(2024), annulment, cstd(2025)], person, 2025)?.ok).toBe(false);
    expect(upwardHistoryCheck('Danh hiệu Chiến sĩ thi đua cấp tỉnh', [cstd(2023), entry(2024, 'Lao động tiên tiến'), cstd(2025)], person, 2025)?.ok).toBe(false);
    expect(upwardHistoryCheck('Danh hiệu Chiến sĩ thi đua cấp tỉnh', [cstd(2023), cstd(2024), cstd(2025)], { kind: 'person', personId: 'p-2' }, 2025)?.ok).toBe(false);
  });

  it('asks nothing of an award the rules do not tie to the history', () => {
    expect(upwardHistoryCheck('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', [], person, 2025)).toBeNull();
  });
});
