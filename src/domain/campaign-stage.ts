// What each stage of a campaign allows, and what to tell the officer when it does not: the
// repositories refuse with these words (db/stage-guard.ts), so no screen can act out of stage.
import { CAMPAIGN_STATUSES, CAMPAIGN_STATUS_LABELS, type CampaignStatus } from './campaign-status';
import { allowedTransitions } from './campaign-lifecycle';

export const STAGE_ACTIONS = ['save-evidence', 'nominate', 'withdraw', 'prepare-round', 'save-decision'] as const;
export type StageAction = (typeof STAGE_ACTIONS)[number];

/** The stages in which each action is done. */
export const STAGES_FOR: Record<StageAction, readonly CampaignStatus[]> = {
  'save-evidence': ['launched', 'evaluating'],
  nominate: ['evaluating'],
  // A nominee may still be withdrawn at the council, before the ballot (a complaint comes in).
  withdraw: ['evaluating', 'council'],
  'prepare-round': ['council'],
  'save-decision': ['council', 'decided'],
};

/** What is refused, as the start of a sentence ("Chưa thể đề xuất khen thưởng"). */
const WHAT: Record<StageAction, string> = {
  'save-evidence': 'ghi minh chứng',
  nominate: 'đề xuất khen thưởng hoặc chuyển bước hồ sơ đề xuất',
  withdraw: 'rút đề xuất',
  'prepare-round': 'chuẩn bị hay mở vòng bỏ phiếu',
  'save-decision': 'lập quyết định khen thưởng',
};

export function stageAllows(status: CampaignStatus, action: StageAction): boolean {
  return STAGES_FOR[action].includes(status);
}

const order = (s: CampaignStatus) => CAMPAIGN_STATUSES.indexOf(s);

/** The buttons the officer presses on the overview to go from `from` to `to`, or null when no path exists. */
function buttonsBetween(from: CampaignStatus, to: CampaignStatus): string[] | null {
  const labels: string[] = [];
  let at = from;
  while (at !== to) {
    const forward = order(to) > order(at);
    const step = allowedTransitions(at).find((t) => !!t.back !== forward);
    if (!step) return null;
    labels.push(`“${step.label}”`);
    at = step.to;
  }
  return labels;
}

/**
 * Why `action` is refused while the campaign is at `status`, in plain Vietnamese with what to do
 * on the campaign's overview, or null when it is allowed.
 */
export function stageRefusal(status: CampaignStatus, action: StageAction): string | null {
  if (stageAllows(status, action)) return null;
  const stages = STAGES_FOR[action];
  const now = `Phong trào đang ở bước “${CAMPAIGN_STATUS_LABELS[status]}”`;
  const when = stages.map((s) => `“${CAMPAIGN_STATUS_LABELS[s]}”`).join(' hoặc ');
  const target = order(status) < order(stages[0] ?? status) ? stages[0] : stages[stages.length - 1];
  const buttons = target ? buttonsBetween(status, target) : null;
  if (!buttons) return `${now} nên không ${WHAT[action]} được nữa: việc này chỉ làm ở bước ${when}.`;
  const press = buttons.join(' rồi ');
  const back = target && order(target) < order(status);
  return back
    ? `${now} nên không ${WHAT[action]} được nữa (việc này làm ở bước ${when}). Nếu thật cần sửa, hãy mở Tổng quan phong trào và bấm ${press}.`
    : `${now} nên chưa thể ${WHAT[action]} (việc này làm ở bước ${when}). Hãy mở Tổng quan phong trào và bấm ${press} trước.`;
}

/** What a campaign needs before it may move to `to`, beyond the lifecycle's order. */
export interface TransitionFacts {
  /** A decision is saved with its number and its date. */
  decisionSigned: boolean;
}

export function transitionRefusal(to: CampaignStatus, facts: TransitionFacts): string | null {
  if (to === 'decided' && !facts.decisionSigned) {
    return 'Chưa có quyết định khen thưởng ghi đủ số và ngày ký. Hãy lập quyết định ở trang Văn bản (mục Quyết định khen thưởng), ghi số và ngày ký, rồi mới ghi nhận đã có quyết định.';
  }
  return null;
}

/** The decision needs a published round whose result was not corrected afterwards. */
export const NO_PUBLISHED_ROUND =
  'Chưa có kết quả bỏ phiếu nào được công bố nên chưa lập được quyết định khen thưởng. Hãy hoàn tất vòng bỏ phiếu ở trang Hội đồng và bấm “Công bố kết quả” trước.';
