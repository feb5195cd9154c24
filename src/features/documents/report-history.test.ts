// Section III of a báo cáo thành tích (các hình thức đã được khen thưởng) is read from the award
// history: what the nominee received before the report, never this campaign's own award, never
// one decided after the report's date.
import { describe, expect, it } from 'vitest';
import { loadDemoData } from '../../db/demo-data';
import { importAwards } from '../../db/award-history-repo';
import { modelText } from '../../domain/document-model';
import { loadDocumentData } from './use-document-data';
import { database, finishedDemoId, onThePcOfDecember2026 } from './finished-demo.testing';
import { buildAchievementReports } from './models/report-doc';

onThePcOfDecember2026();

describe('báo cáo thành tích, section III', () => {
  it('lists the nominee’s earlier awards from the ledger, oldest first, and nothing of this campaign or after the report', async () => {
    const finished = { id: await finishedDemoId() };
    const participants = await database.participants.where('campaignId').equals(finished.id).toArray();
    const office = participants.find((p) => p.displayName === 'Văn phòng - Thống kê');
    if (!office?.unitId) throw new Error('demo unit');
    const nomination = (await database.nominations.where('campaignId').equals(finished.id).toArray()).find((n) => n.participantId === office.id);
    if (!nomination) throw new Error('demo nomination');
    const row = (year: number, title: string, decisionNumber: string, decisionDate: string) => ({ category: 'collective' as const, unitId: office.unitId, subjectName: office.displayName, unitName: '', title, year, decisionNumber, decisionDate, giver: 'Chủ tịch Ủy ban nhân dân xã Văn Giáo', amount: 0, source: { kind: 'manual' as const } });
    await importAwards(
      [
        row(2023, 'Tập thể lao động tiên tiến', '15/QĐ-UBND', '2024-01-18'),
        row(2022, 'Giấy khen của Chủ tịch Ủy ban nhân dân xã', '40/QĐ-UBND', '2022-12-20'),
        row(2025, 'Tập thể lao động xuất sắc', '99/QĐ-UBND', '2025-12-30'),
      ],
      'so-thi-dua.xlsx',
    );
    const d = await loadDocumentData(finished.id);
    if (!d) throw new Error('no data');
    const r = buildAchievementReports(d, nomination.id);
    if (!r.ok) throw new Error(r.missing.join(' '));
    const text = modelText(r.model);
    const section = text.slice(text.indexOf('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'));
    expect(section).toMatch(/2022 \| Giấy khen của Chủ tịch Ủy ban nhân dân xã \| Quyết định số 40\/QĐ-UBND ngày 20\/12\/2022 của Chủ tịch Ủy ban nhân dân xã Văn Giáo[\s\S]*2023 \| Tập thể lao động tiên tiến \| Quyết định số 15\/QĐ-UBND ngày 18\/01\/2024/);
    // The campaign's own award (125/QĐ-UBND, written to the ledger when it was decided) and the later one are not "past".
    expect(section).not.toContain('125/QĐ-UBND');
    expect(section).not.toContain('99/QĐ-UBND');
  });

  it('leaves one blank row for the clerk when the ledger holds nothing earlier', async () => {
    const practiceId = await loadDemoData();
    const d = await loadDocumentData(practiceId);
    const n = d?.nominations.find((x) => x.dossier.report.summary.trim());
    if (!d || !n) throw new Error('demo');
    const r = buildAchievementReports(d, n.id);
    if (!r.ok) throw new Error(r.missing.join(' '));
    const text = modelText(r.model);
    expect(text.slice(text.indexOf('III. CÁC HÌNH THỨC'))).toMatch(/Năm \| Hình thức khen thưởng \| Số, ngày, tháng, năm của quyết định; cơ quan ban hành\n \| {2}\| /);
  });
});
