// The báo cáo thành tích that goes upward with the proposal (Mẫu số 05): its own copy, kept with the
// proposal and written after the commune's vote; until one is saved, the dossier's report as the
// council saw it. The dossier itself is never changed here: it is locked once voted on.
import { hasReportText, upwardOf } from '../../../domain/campaign-documents';
import type { AchievementReport } from '../../../domain/nomination';
import { missing, nameOf, safeFileName, sourceLine, type BuildResult, type DocumentData } from './document-data';
import { reportPage } from './report-doc';
import { upwardDate } from './upward-doc';

export type UpwardReportOrigin = 'upward' | 'dossier' | 'none';

/** Where the proposal upward's page lets the officer write each nominee's report. */
export function upwardReportLink(campaignId: string, nominationId: string): string {
  return `/campaigns/${campaignId}/documents/de-nghi-cap-tren#bao-cao-${nominationId}`;
}

/** The report to send for one nominee, and where it comes from: the proposal's copy wins, even when emptied. */
export function upwardReportOf(d: DocumentData, nominationId: string): { report: AchievementReport; origin: UpwardReportOrigin } {
  const own = upwardOf(d.campaign.documents).reports[nominationId];
  // A copy emptied on purpose stays empty (the dossier's text is not slipped back in), but it is still a report to write.
  if (own) return { report: own, origin: hasReportText(own) ? 'upward' : 'none' };
  const dossier = d.nominations.find((n) => n.id === nominationId)?.dossier.report;
  if (dossier && hasReportText(dossier)) return { report: dossier, origin: 'dossier' };
  return { report: { summary: '', sections: [] }, origin: 'none' };
}

/** One nominee's report for the packet: titled for the award asked upward, dated with the tờ trình. */
export function buildUpwardReport(d: DocumentData, item: { nominationId: string; award: string }): BuildResult {
  const n = d.nominations.find((x) => x.id === item.nominationId);
  const { report } = upwardReportOf(d, item.nominationId);
  const who = nameOf(d, item.nominationId);
  if (!n || !hasReportText(report)) return missing(`${who}: chưa có báo cáo thành tích gửi cấp trên (hồ sơ đề xuất không có). Hãy viết ở mục “Báo cáo thành tích gửi cấp trên” trên trang này.`);
  const date = upwardDate(d);
  return {
    ok: true,
    model: {
      name: 'Báo cáo thành tích',
      fileName: `bao-cao-thanh-tich-${safeFileName(who)}.docx`,
      orientation: 'portrait',
      source: sourceLine(d, ['báo cáo gửi cấp trên'], date),
      pages: [reportPage(d, n, { report, award: item.award.trim(), date, afterDecision: true })],
    },
  };
}
