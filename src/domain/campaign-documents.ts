// Each paper of a campaign has its own date (and number where it has one), stored with the
// campaign so backups carry it, and set on the paper's page. When none is stored the date
// defaults from the campaign's events; no document reads the PC's clock.
import { z } from 'zod';
import { idSchema, isoDateSchema, line, optionalLine, paragraph } from './common';
import { achievementReportSchema, type AchievementReport } from './nomination';

const numbered = z.object({
  number: optionalLine('Số văn bản', 60),
  date: isoDateSchema.optional(),
});

const upwardSchema = numbered.extend({
  items: z.array(z.object({ nominationId: idSchema, award: line('Hình thức đề nghị', 300) })).default([]),
  /**
   * The báo cáo thành tích sent upward, per nomination id: its own text, written after the commune's
   * vote (the dossier is locked by then: the council voted on it, and it stays as voted). Kept by
   * nomination, not by item, so unticking a nominee and ticking them again loses nothing typed.
   * Optional: proposals stored before it existed lack it.
   */
  reports: z.record(idSchema, achievementReportSchema).optional(),
});
export type UpwardProposal = z.infer<typeof upwardSchema>;

export const campaignDocumentsSchema = z.object({
  /** Tờ trình đề nghị khen thưởng. */
  proposal: numbered.prefault({}),
  /** Báo cáo tổng kết; `assessment` is its section IV, written by the clerk. */
  summary: numbered.extend({ assessment: paragraph('Đánh giá chung và kiến nghị', 6000) }).prefault({}),
  /**
   * Tờ trình đề nghị cấp trên khen thưởng (Decree 152 appendix, Mẫu số 01): the commune proposes
   * some of those it rewarded for the higher level's award, each with the award asked for.
   */
  upward: upwardSchema.optional(),
  /** Báo cáo thành tích: nomination id → the report's date. */
  reportDates: z.record(idSchema, isoDateSchema).default({}),
});
export type CampaignDocuments = z.infer<typeof campaignDocumentsSchema>;

/**
 * The upward proposal of a campaign. Optional rather than a default: campaigns stored and backed up
 * before it existed lack it, and repositories do not parse on read (see DEFAULT_COMPLAINT_WINDOW).
 */
export function upwardOf(docs: CampaignDocuments): UpwardProposal & { reports: Record<string, AchievementReport> } {
  const up = docs.upward ?? { number: '', items: [] };
  return { ...up, reports: up.reports ?? {} };
}

/** A report holds something to print: a summary or a section with a body. */
export function hasReportText(report: AchievementReport | undefined): boolean {
  return !!report && (!!report.summary.trim() || report.sections.some((s) => s.body.trim()));
}

export const EMPTY_CAMPAIGN_DOCUMENTS: CampaignDocuments = campaignDocumentsSchema.parse({});

/** Last day of a "yyyy-mm" month: the plan's "Thời gian tổng kết: trong tháng 01/2025". */
export function lastDayOfMonth(month: string | undefined): string | undefined {
  const m = month ? /^(\d{4})-(\d{2})$/.exec(month) : null;
  if (!m) return undefined;
  const days = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return `${m[1]}-${m[2]}-${String(days).padStart(2, '0')}`;
}

/** A timestamp's calendar date on this PC (the office's time zone). */
export function localDateOf(timestamp: string | undefined): string | undefined {
  if (!timestamp) return undefined;
  const d = new Date(timestamp);
  if (Number.isNaN(d.getTime())) return undefined;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
