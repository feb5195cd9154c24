// Báo cáo thành tích: one per nominee, from the dossier, in the structure of Decree 152's forms.
import { bold, p, type Block, type DocHeader, type DocPage } from '../../../domain/document-model';
import { issuingBodyLines, upper } from '../../../domain/document-format';
import type { AchievementReport, Nomination } from '../../../domain/nomination';
import { priorAwards, type AwardEntry, type AwardSubject } from '../../../domain/award-history';
import { GENDER_LABELS } from '../../../domain/register';
import { documentDateLine, formatDate } from '../../../lib/vi-date';
import { sameName } from '../../../lib/vi-text';
import { hasReportText } from '../../../domain/campaign-documents';
import { reportDate } from './document-dates';
import { communeChairName, missing, nameOf, personOf, positionAndUnit, rewardOf, safeFileName, sortNominations, sourceLine, unitOfCollective, type BuildResult, type DocumentData } from './document-data';

const SAME_AS_PART_II = /^thành tích đạt được$/i;

/**
 * What one report page is written from: the dossier's report, dated and titled for the commune's
 * award (the default), or the proposal upward's own copy, titled for the award asked of the higher
 * level and dated with the tờ trình.
 */
export interface ReportSource {
  report: AchievementReport;
  /** The award the report asks for, in its title. */
  award: string;
  date: string | undefined;
  /**
   * Written after the commune decided: section III lists the commune's own award of this campaign
   * too (when the ledger holds it, decided by the report's date); a report before the vote cannot.
   */
  afterDecision: boolean;
}

function dossierSource(d: DocumentData, n: Nomination): ReportSource {
  return { report: n.dossier.report, award: rewardOf(d, n.rewardId)?.form ?? 'Giấy khen', date: reportDate(d, n), afterDecision: false };
}

/** Sections of the report under "II. THÀNH TÍCH ĐẠT ĐƯỢC", numbered 1., 2., … */
function achievements(report: AchievementReport): Block[] {
  const sections = report.sections.filter((s) => s.heading.trim() || s.body.trim());
  const numbered = sections.filter((s) => s.heading.trim() && !SAME_AS_PART_II.test(s.heading.trim())).length > 1;
  let i = 0;
  return sections.flatMap((s) => {
    const heading = s.heading.trim() && !SAME_AS_PART_II.test(s.heading.trim()) ? s.heading.trim() : '';
    const title = heading ? [bold(numbered ? `${++i}. ${heading}` : heading)] : [];
    return [...title, ...s.body.split(/\n+/).filter(Boolean).map((t) => p(t))];
  });
}

/**
 * III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG: what the ledger says the nominee received before this
 * report (not this campaign's own award), oldest first; one blank row for the clerk when it holds
 * nothing (the office may not have entered its past years yet).
 */
function pastAwards(d: DocumentData, n: Nomination, date: string | undefined, afterDecision: boolean): Block {
  const participant = d.participants.find((x) => x.id === n.participantId);
  const subject: AwardSubject | undefined = participant?.personId ? { kind: 'person', personId: participant.personId } : participant?.unitId ? { kind: 'unit', unitId: participant.unitId } : undefined;
  const before = (e: AwardEntry) => (afterDecision || e.campaignId !== d.campaign.id) && (!date || (e.decisionDate ?? `${e.year}-01-01`) <= date) && e.year <= d.campaign.year;
  const entries = subject && d.awards ? priorAwards(d.awards, subject).filter(before) : [];
  const rows = entries.map((e) => [String(e.year), e.title, [e.decisionNumber && `Quyết định số ${e.decisionNumber}`, e.decisionDate && `ngày ${formatDate(e.decisionDate)}`, e.giver && `của ${e.giver}`].filter(Boolean).join(' ')]);
  return {
    kind: 'table',
    size: 13,
    columns: [{ header: 'Năm', width: 12, align: 'center' }, { header: 'Hình thức khen thưởng', width: 44 }, { header: 'Số, ngày, tháng, năm của quyết định; cơ quan ban hành', width: 44 }],
    rows: rows.length ? rows : [['', '', '']],
  };
}

/**
 * One report, structured as the forms of Decree 152's appendix (individual: I. SƠ LƯỢC LÝ LỊCH,
 * II. THÀNH TÍCH ĐẠT ĐƯỢC, III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG; a collective: I. SƠ LƯỢC ĐẶC
 * ĐIỂM, TÌNH HÌNH …). An individual signs and the head of their unit confirms; a collective's
 * head signs and the commune chair confirms.
 */
export function reportPage(d: DocumentData, n: Nomination, source: ReportSource = dossierSource(d, n)): DocPage {
  const name = nameOf(d, n.id);
  const org = d.campaign.issuingBody || d.settings.organisationName;
  const { date, report } = source;
  const summary = report.summary.split(/\n+/).filter(Boolean).map((t) => p(t));
  const fact = (label: string, value: string | undefined): Block[] => (value ? [p('', { runs: [{ text: `${label}: ` }, { text: value }] })] : []);
  const orgLines = issuingBodyLines(org);
  const governing = orgLines.length === 2 && orgLines[0] === 'ỦY BAN NHÂN DÂN' ? `UBND ${orgLines[1] ?? ''}` : orgLines.join(' ');
  let blocks: Block[];
  let pageHeader: DocHeader;
  if (n.category === 'collective') {
    const unit = unitOfCollective(d, n);
    const head = unit?.headName ?? '';
    const chair = communeChairName(d);
    pageHeader = { governingBody: governing, issuingLines: [upper(unit?.name ?? name)], dateLine: documentDateLine(d.campaign.place || d.settings.placeName, date) };
    blocks = [
      bold('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH'),
      ...fact('Tên tập thể', name),
      ...fact('Người đứng đầu', [head, unit?.headPosition].filter(Boolean).join(', ')),
      ...summary,
      bold('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
      ...achievements(report),
      bold('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
      pastAwards(d, n, date, source.afterDecision),
      {
        kind: 'signatures',
        // The commune chair confirms; when the chair heads the unit, the one signature says both.
        columns: [
          sameName(head, chair) ? { heading: [], name: '' } : { heading: ['XÁC NHẬN CỦA CHỦ TỊCH', governing], name: chair },
          { heading: ['THỦ TRƯỞNG ĐƠN VỊ'], name: head },
        ],
      },
    ];
  } else {
    const { person, unit } = personOf(d, n);
    const chair = communeChairName(d);
    // The head of the person's unit confirms; when the person heads it, the commune chair does.
    const byHead = !!unit?.headName && !sameName(unit.headName, name);
    const confirmer = byHead ? (unit?.headName ?? '') : chair;
    pageHeader = { issuingLines: [], dateLine: documentDateLine(d.campaign.place || d.settings.placeName, date) };
    blocks = [
      bold('I. SƠ LƯỢC LÝ LỊCH'),
      ...fact('Họ và tên', name),
      ...fact('Giới tính', person ? GENDER_LABELS[person.gender] : undefined),
      ...fact('Ngày, tháng, năm sinh', person?.dateOfBirth ? formatDate(person.dateOfBirth) : undefined),
      ...fact('Chức vụ, đơn vị công tác', positionAndUnit(person?.position, unit?.name) || undefined),
      ...fact('Cơ quan', org),
      ...(summary.length ? [bold('Quá trình công tác, nhiệm vụ được giao'), ...summary] : []),
      bold('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
      ...achievements(report),
      bold('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
      pastAwards(d, n, date, source.afterDecision),
      {
        kind: 'signatures',
        columns: [
          { heading: byHead ? ['XÁC NHẬN CỦA', 'THỦ TRƯỞNG ĐƠN VỊ'] : ['XÁC NHẬN CỦA CHỦ TỊCH', governing], name: confirmer },
          { heading: ['NGƯỜI BÁO CÁO THÀNH TÍCH'], name },
        ],
      },
    ];
  }
  return {
    header: pageHeader,
    title: { type: 'BÁO CÁO THÀNH TÍCH', summary: `Đề nghị tặng ${source.award} về thành tích trong ${d.campaign.shortName}` },
    blocks,
  };
}

export function buildAchievementReports(d: DocumentData, nominationId: string | undefined): BuildResult {
  const withReport = sortNominations(
    d,
    d.nominations.filter((n) => !n.deletedAt && n.status !== 'withdrawn' && hasReportText(n.dossier.report)),
  );
  const list = nominationId ? withReport.filter((n) => n.id === nominationId) : withReport;
  if (list.length === 0) return missing('Chưa có báo cáo thành tích nào: hãy nhập báo cáo trong hồ sơ đề xuất.');
  const single = list.length === 1 && list[0] ? list[0] : undefined;
  return {
    ok: true,
    model: {
      name: 'Báo cáo thành tích',
      fileName: `bao-cao-thanh-tich${single ? `-${safeFileName(nameOf(d, single.id))}` : `-${safeFileName(d.campaign.shortName)}`}.docx`,
      orientation: 'portrait',
      source: sourceLine(d, [`${list.length} báo cáo`], single ? reportDate(d, single) : undefined),
      pages: list.map((n) => reportPage(d, n)),
    },
  };
}
