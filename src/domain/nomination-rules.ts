// Pure rules for nominations: the status flow of a dossier, what a new nomination needs
// (quota reason, eligibility override reason, open gates) and when a round locks it.
// Messages are plain Vietnamese, ready to show; the repository throws them as StateError.
import type { Category } from './rules';
import { CATEGORY_LABELS } from './rules';
import { StateError } from './errors';
import { COUNCIL_DOSSIER_ITEM, DOSSIER_ITEM_LABELS, DOSSIER_ITEMS, NOMINATION_STATUS_LABELS, type Nomination, type NominationStatus } from './nomination';
import { isoDateSchema } from './common';

/** Where each status may go next, forward first. 'withdrawn' is reachable until the ballot. */
export const NEXT_STATUSES: Record<NominationStatus, readonly NominationStatus[]> = {
  proposed: ['dossier-complete', 'withdrawn'],
  'dossier-complete': ['appraised', 'proposed', 'withdrawn'],
  appraised: ['on-ballot', 'dossier-complete', 'withdrawn'],
  'on-ballot': ['selected', 'not-selected', 'appraised'],
  selected: ['awarded', 'on-ballot'],
  'not-selected': ['on-ballot'],
  awarded: [],
  withdrawn: ['proposed'],
};

type DossierView = Pick<Nomination, 'dossier'>;

/** Every item the officer gathers is ticked (the council's minutes come later, with its result). */
export function isDossierComplete(n: DossierView): boolean {
  return DOSSIER_ITEMS.every((item) => item === COUNCIL_DOSSIER_ITEM || n.dossier.checklist[item] === true);
}

export function dossierProgress(n: DossierView): { done: number; total: number } {
  return { done: DOSSIER_ITEMS.filter((item) => n.dossier.checklist[item] === true).length, total: DOSSIER_ITEMS.length };
}

/**
 * Why the move from `from` to `to` is refused, or null when it is allowed. Moving forward
 * asks for what the step means: a complete checklist, then an appraisal result "đạt".
 */
export function transitionProblem(n: DossierView & { status: NominationStatus }, to: NominationStatus): string | null {
  const from = n.status;
  if (from === to) return null;
  if (!NEXT_STATUSES[from].includes(to)) {
    return `Không thể chuyển từ “${NOMINATION_STATUS_LABELS[from]}” sang “${NOMINATION_STATUS_LABELS[to]}”.`;
  }
  if (to === 'dossier-complete' && !isDossierComplete(n)) {
    return 'Hồ sơ chưa đủ: hãy đánh dấu đủ tờ trình và báo cáo thành tích trước.';
  }
  if (to === 'appraised' && n.dossier.appraisalResult !== 'dat') {
    return 'Chưa thể ghi “Đã thẩm định”: cần ghi kết quả thẩm định “Đạt” (kèm ngày thẩm định).';
  }
  if (to === 'appraised' && !n.dossier.appraisalDate) return 'Cần ghi ngày thẩm định.';
  return null;
}

/** The status a nomination moves to; throws the Vietnamese reason when it may not. */
export function transition<T extends DossierView & { status: NominationStatus }>(n: T, to: NominationStatus): T {
  const problem = transitionProblem(n, to);
  if (problem) throw new StateError(problem);
  return { ...n, status: to };
}

/** Statuses that count against the quota (a withdrawn or rejected nominee frees the place). */
export function countsAgainstQuota(status: NominationStatus): boolean {
  return status !== 'withdrawn' && status !== 'not-selected';
}

export interface NominationCheckInput {
  category: Category;
  /** The reward's quota for the category (plan 99: 1 collective, 3 individuals). */
  quota: number;
  /** Live nominations already in the category (excluding the one being made). */
  alreadyNominated: number;
  /** How many this request adds (bulk nominate adds several). */
  adding: number;
  eligible: boolean;
  eligibilityReasons: readonly string[];
  overQuotaReason: string;
  eligibilityOverrideReason: string;
  nominationsOpen: boolean;
  alreadyNominatedParticipant: boolean;
  displayName: string;
}

/** Problems that refuse a nomination, in the order the officer should fix them. */
export function nominationProblems(input: NominationCheckInput): string[] {
  const problems: string[] = [];
  if (!input.nominationsOpen) {
    problems.push('Chưa thể đề xuất: điều kiện của phong trào chưa đạt hoặc chưa được ghi nhận. Hãy cập nhật các điều kiện ở trang Kế hoạch trước.');
    return problems;
  }
  if (input.alreadyNominatedParticipant) problems.push(`${input.displayName} đã được đề xuất rồi.`);
  if (isOverQuota(input) && !input.overQuotaReason.trim()) {
    problems.push(
      `Vượt số lượng khen thưởng (${CATEGORY_LABELS[input.category].toLowerCase()}: ${input.quota}). Hãy ghi lý do đề xuất nhiều hơn số lượng.`,
    );
  }
  if (!input.eligible && !input.eligibilityOverrideReason.trim()) {
    const why = input.eligibilityReasons.length ? ` (${input.eligibilityReasons.join('; ')})` : '';
    problems.push(`${input.displayName} chưa đủ điều kiện${why}. Muốn vẫn đề xuất, hãy ghi lý do.`);
  }
  return problems;
}

export function isOverQuota(input: Pick<NominationCheckInput, 'quota' | 'alreadyNominated' | 'adding'>): boolean {
  return input.alreadyNominated + input.adding > input.quota;
}

/** A round that is closed or published freezes the nominations it voted on. */
export function lockingRound<R extends { status: string; candidateIds: readonly string[]; deletedAt?: string | undefined; number: number }>(
  nominationId: string,
  rounds: readonly R[],
): R | undefined {
  return rounds.find((r) => !r.deletedAt && (r.status === 'closed' || r.status === 'published') && r.candidateIds.includes(nominationId));
}

export function lockedMessage(round: { number: number }): string {
  return `Không thể thay đổi: vòng bỏ phiếu ${round.number} có đề xuất này đã kết thúc. Kết quả đã chốt chỉ được điều chỉnh bằng một vòng mới ở trang Hội đồng.`;
}

/**
 * The sections of a báo cáo thành tích prefilled from the evidence: one section per
 * criterion that applies, its body the evidence descriptions in date order.
 */
export function reportSectionsFromEvidence(
  criteria: readonly { id: string; shortName: string; appliesTo: string }[],
  category: Category,
  evidence: readonly { criterionId: string; description: string; date?: string | undefined; deletedAt?: string | undefined }[],
): { heading: string; body: string }[] {
  return criteria.flatMap((criterion, index) => {
    if (criterion.appliesTo !== 'both' && criterion.appliesTo !== category) return [];
    const items = evidence
      .filter((e) => !e.deletedAt && e.criterionId === criterion.id)
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
      .map((e) => e.description.trim())
      .filter(Boolean);
    if (!items.length) return [];
    return [{ heading: `Tiêu chí ${index + 1}: ${criterion.shortName}`, body: items.join('\n') }];
  });
}

/** The forward steps the officer may take on many dossiers at once, and where each starts. */
export const BULK_STEPS = ['dossier-complete', 'appraised', 'on-ballot'] as const;
export type BulkStep = (typeof BULK_STEPS)[number];
export const BULK_STEP_FROM: Record<BulkStep, NominationStatus> = {
  'dossier-complete': 'proposed',
  appraised: 'dossier-complete',
  'on-ballot': 'appraised',
};

/**
 * Why this dossier cannot take the bulk step `to`, or null when it can. A bulk step only
 * moves forward from the step just before it: ticking many rows never sends one back.
 */
export function bulkStepProblem(n: (DossierView & { status: NominationStatus }) | undefined, to: BulkStep): string | null {
  if (!n || n.status === 'withdrawn') return 'chưa được đề xuất.';
  if (n.status === to) return `đã ở bước “${NOMINATION_STATUS_LABELS[to]}”.`;
  const from = BULK_STEP_FROM[to];
  if (n.status !== from) {
    return `đang ở bước “${NOMINATION_STATUS_LABELS[n.status]}”; chỉ hồ sơ ở bước “${NOMINATION_STATUS_LABELS[from]}” mới chuyển được sang “${NOMINATION_STATUS_LABELS[to]}”.`;
  }
  if (to === 'dossier-complete') {
    const missing = DOSSIER_ITEMS.filter((item) => item !== COUNCIL_DOSSIER_ITEM && n.dossier.checklist[item] !== true).map((item) => DOSSIER_ITEM_LABELS[item].toLocaleLowerCase('vi'));
    if (missing.length) return `hồ sơ còn thiếu ${missing.join(', ')}.`;
  }
  const problem = transitionProblem(n, to);
  return problem ? lowerFirst(problem) : null;
}

/** The papers the officer ticks by hand (the council's minutes join by themselves). */
export type ReceivedItem = Exclude<(typeof DOSSIER_ITEMS)[number], typeof COUNCIL_DOSSIER_ITEM>;
export const RECEIVED_ITEMS: readonly ReceivedItem[] = DOSSIER_ITEMS.filter((item): item is ReceivedItem => item !== COUNCIL_DOSSIER_ITEM);

/** The dossier with `items` ticked as received; nothing else changes. */
export function withReceived(dossier: Nomination['dossier'], items: readonly ReceivedItem[]): Nomination['dossier'] {
  return { ...dossier, checklist: { ...dossier.checklist, ...Object.fromEntries(items.map((i) => [i, true])) } };
}

/** One appraisal given to many dossiers at once: the same result, date and note on each. */
export interface BulkAppraisal {
  result: 'dat' | 'khong-dat';
  /** ISO date (yyyy-mm-dd); what the date field holds, which may be text that is not a date. */
  date: string | undefined;
  note: string;
}

export const APPRAISAL_RESULT_LABELS: Record<BulkAppraisal['result'], string> = { dat: 'Đạt', 'khong-dat': 'Không đạt' };

/** What is wrong with the appraisal itself, before any dossier is looked at: field → message. */
export function bulkAppraisalInputProblems(a: BulkAppraisal): Partial<Record<'result' | 'date' | 'note', string>> {
  const problems: Partial<Record<'result' | 'date' | 'note', string>> = {};
  if (a.result !== 'dat' && a.result !== 'khong-dat') problems.result = 'Hãy chọn kết quả thẩm định.';
  if (!a.date?.trim()) problems.date = 'Hãy ghi ngày thẩm định.';
  else if (!isoDateSchema.safeParse(a.date).success) problems.date = 'Ngày thẩm định không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 15/12/2025.';
  if (a.note.length > 4000) problems.note = 'Ý kiến thẩm định dài quá 4000 ký tự.';
  return problems;
}

/** The dossier carrying the appraisal; the checklist and report stay as they were. */
export function withAppraisal(dossier: Nomination['dossier'], a: BulkAppraisal): Nomination['dossier'] {
  return { ...dossier, appraisalResult: a.result, ...(a.date ? { appraisalDate: a.date } : {}), appraisalNote: a.note.trim() };
}

/** Where the bulk appraisal leaves a dossier: "Đạt" moves it to "Đã thẩm định", "Không đạt" keeps it at "Đủ hồ sơ". */
export const appraisalTarget = (a: Pick<BulkAppraisal, 'result'>): NominationStatus => (a.result === 'dat' ? 'appraised' : 'dossier-complete');

/**
 * Why this dossier cannot take the bulk appraisal, or null when it can. Only a dossier at
 * "Đủ hồ sơ" is appraised: one still gathering papers is not, and one already appraised keeps
 * the appraisal it has (its own page changes it).
 */
export function bulkAppraisalProblem(n: (DossierView & { status: NominationStatus }) | undefined, a: Pick<BulkAppraisal, 'result'>): string | null {
  // The date is the same for all and checked once (bulkAppraisalInputProblems): here each dossier
  // is judged as if it were given, so the list of who will be appraised is right before it is typed.
  const candidate = n && { ...n, dossier: withAppraisal(n.dossier, { result: a.result, date: n.dossier.appraisalDate ?? '0000-00-00', note: '' }) };
  if (a.result === 'dat') return bulkStepProblem(candidate, 'appraised');
  if (!candidate || candidate.status === 'withdrawn') return 'chưa được đề xuất.';
  if (candidate.status !== 'dossier-complete') {
    return `đang ở bước “${NOMINATION_STATUS_LABELS[candidate.status]}”; chỉ hồ sơ ở bước “${NOMINATION_STATUS_LABELS['dossier-complete']}” mới ghi được kết quả thẩm định.`;
  }
  return null;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
