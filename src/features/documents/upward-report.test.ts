// The báo cáo thành tích sent upward: its own copy kept with the proposal (written after the vote,
// when the dossier is locked), else the dossier's; titled for the award asked of the higher level,
// dated with the tờ trình; carried by backups; and a packet without one says where to write it.
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../db/test-db';
import { saveCampaignDocuments } from '../../db/campaign-documents-repo';
import { exportBackup, readBackupFile, restoreBackup } from '../../db/backup-repo';
import { modelText } from '../../domain/document-model';
import { campaignDocumentsSchema, upwardOf } from '../../domain/campaign-documents';
import type { AchievementReport } from '../../domain/nomination';
import { newId } from '../../lib/ids';
import { database, documentData, finishedDemo, finishedDemoId, onThePcOfDecember2026 } from './finished-demo.testing';
import type { DocumentData } from './models/document-data';
import { upwardPacket } from './models/upward-packet';
import { buildUpwardReport, upwardReportOf } from './models/upward-report';
import { buildAchievementReports } from './models/report-doc';

onThePcOfDecember2026();

const BANG_KHEN = 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh';
const TYPED: AchievementReport = {
  summary: 'Văn phòng tham mưu Ủy ban nhân dân xã thực hiện cải cách hành chính.',
  sections: [{ heading: 'Kết quả năm 2024', body: 'Giải quyết 100% hồ sơ đúng hạn qua Bộ phận một cửa.\nSố hóa 2.300 hồ sơ.' }],
};

/** The demo's one proposed nominee (Văn phòng - Thống kê), proposed for the province's Bằng khen in 2026. */
function proposed(d: DocumentData, reports?: Record<string, AchievementReport>): { d: DocumentData; id: string } {
  const up = upwardOf(d.campaign.documents);
  const first = up.items[0];
  if (!first) throw new Error('demo proposes one');
  const upward = { ...up, date: '2026-03-10', items: [{ ...first, award: BANG_KHEN }], ...(reports ? { reports } : {}) };
  return { id: first.nominationId, d: { ...d, campaign: { ...d.campaign, documents: { ...d.campaign.documents, upward } } } };
}

function withoutDossierReport(d: DocumentData, id: string): DocumentData {
  return { ...d, nominations: d.nominations.map((n) => (n.id === id ? { ...n, dossier: { ...n.dossier, report: { summary: '', sections: [] } } } : n)) };
}

function reportText(d: DocumentData): string {
  const packet = upwardPacket(d);
  if (!packet.ok) throw new Error(packet.missing.join(' '));
  const file = packet.files.find((f) => f.name.startsWith('02-bao-cao-thanh-tich-'));
  if (!file) throw new Error('no report in the packet');
  return modelText(file.model);
}

describe('the report sent upward', () => {
  it('is the proposal’s own copy when one is written, never the dossier’s text', async () => {
    const base = await finishedDemo();
    const { d, id } = proposed(base);
    const dossierSummary = base.nominations.find((n) => n.id === id)?.dossier.report.summary ?? '';
    expect(dossierSummary.trim()).not.toBe('');
    const t = reportText(proposed(base, { [id]: TYPED }).d);
    expect(t).toContain('Văn phòng tham mưu Ủy ban nhân dân xã thực hiện cải cách hành chính.');
    expect(t).toContain('Số hóa 2.300 hồ sơ.');
    expect(t).not.toContain(dossierSummary.split('\n')[0]);
    // Titled for the award asked of the province and dated with the tờ trình, not with the dossier.
    expect(t).toContain(`Đề nghị tặng ${BANG_KHEN}`);
    expect(t).toContain('ngày 10 tháng 3 năm 2026');
    expect(upwardReportOf(proposed(base, { [id]: TYPED }).d, id).origin).toBe('upward');
    expect(upwardReportOf(d, id).origin).toBe('dossier');
  });

  it('is pre-filled from the dossier while no copy is written: the packet sends the dossier’s report', async () => {
    const base = await finishedDemo();
    const { d, id } = proposed(base);
    const dossier = base.nominations.find((n) => n.id === id)?.dossier.report;
    expect(upwardReportOf(d, id).report).toEqual(dossier);
    expect(reportText(d)).toContain((dossier?.summary ?? '').split('\n')[0]);
  });

  it('lists in section III the commune’s own award of this campaign, decided before the report (the dossier’s report, written before the vote, cannot)', async () => {
    const base = await finishedDemo();
    const { id } = proposed(base);
    const own = (base.awards ?? []).find((e) => e.campaignId === base.campaign.id && e.unitId);
    if (!own?.decisionNumber) throw new Error('the demo’s decision is in the ledger');
    const t = reportText(proposed(base, { [id]: TYPED }).d);
    expect(t).toContain(own.title);
    expect(t).toContain(`Quyết định số ${own.decisionNumber}`);
    const before = buildAchievementReports(base, id);
    expect(before.ok && modelText(before.model)).not.toContain(`Quyết định số ${own.decisionNumber}`);
  });

  it('absent from both the proposal and the dossier: refused, with a link to where it can be written now', async () => {
    const base = await finishedDemo();
    const { d, id } = proposed(base);
    const packet = upwardPacket(withoutDossierReport(d, id));
    expect(packet.ok ? [] : packet.missing.join(' ')).toMatch(/Văn phòng - Thống kê: chưa có báo cáo thành tích gửi cấp trên/);
    expect(packet.ok ? [] : packet.links).toEqual([{ to: `/campaigns/${base.campaign.id}/documents/de-nghi-cap-tren#bao-cao-${id}`, label: 'Viết báo cáo thành tích của Văn phòng - Thống kê' }]);
    // Written upward after the vote, the packet is complete; the locked dossier stays empty.
    const fixed = proposed(withoutDossierReport(base, id), { [id]: TYPED }).d;
    expect(upwardPacket(fixed).ok).toBe(true);
    expect(fixed.nominations.find((n) => n.id === id)?.dossier.report.summary).toBe('');
  });

  it('a copy emptied on purpose is not replaced by the dossier’s', async () => {
    const base = await finishedDemo();
    const { d, id } = proposed(base, {});
    const emptied = proposed(d, { [id]: { summary: ' ', sections: [{ heading: 'Mục', body: '' }] } }).d;
    const r = buildUpwardReport(emptied, { nominationId: id, award: BANG_KHEN });
    expect(r.ok).toBe(false);
    expect(upwardReportOf(emptied, id).origin).toBe('none');
  });
});

describe('stored with the campaign', () => {
  it('is saved through the campaign repository (audited) and carried by a backup and its restore', async () => {
    const id = await finishedDemoId();
    const before = await documentData(id);
    const { id: nominationId } = proposed(before);
    await saveCampaignDocuments(before.campaign, (docs) => ({ ...docs, upward: { ...upwardOf(docs), reports: { [nominationId]: TYPED } } }));
    const audit = await database.audit.where('campaignId').equals(id).toArray();
    expect(audit.some((e) => e.entity === 'campaigns' && e.entityId === id && e.at.startsWith('2026-12-04'))).toBe(true);

    const file = await exportBackup();
    freshDatabase(); // another PC
    await restoreBackup(await readBackupFile(file.blob));
    const after = await documentData(id);
    expect(upwardOf(after.campaign.documents).reports[nominationId]).toEqual(TYPED);
    // The dossier the council voted on is untouched.
    expect(after.nominations.find((n) => n.id === nominationId)?.dossier.report).toEqual(before.nominations.find((n) => n.id === nominationId)?.dossier.report);
  });

  it('a proposal stored before reports existed reads as having none', () => {
    const docs = campaignDocumentsSchema.parse({ upward: { number: '09/TTr-UBND', items: [] } });
    expect(docs.upward?.reports).toBeUndefined();
    expect(upwardOf(docs).reports).toEqual({});
    // Text typed into a report is NFC-normalised like every other field.
    const nfd = 'Thành tích'.normalize('NFD');
    const parsed = campaignDocumentsSchema.parse({ upward: { number: '', items: [], reports: { [newId()]: { summary: nfd, sections: [] } } } });
    expect(Object.values(parsed.upward?.reports ?? {})[0]?.summary).toBe('Thành tích');
  });
});
