// The life of a campaign: draft → launched → evaluating → council → decided → closed.
// Pure rules: which step may follow which, and what each state allows. The repository
// (db/campaign-ops.ts) applies a transition and audits it.
import type { CampaignStatus } from './campaign';

export interface TransitionInfo {
  to: CampaignStatus;
  /** The button's label. */
  label: string;
  /** What happens, in plain Vietnamese, shown before confirming. */
  explain: string;
  /** Going back one step (to fix a mistake) rather than forward. */
  back?: boolean;
}

const FORWARD: Record<CampaignStatus, TransitionInfo | null> = {
  draft: { to: 'launched', label: 'Phát động phong trào', explain: 'Kế hoạch đã ký ban hành; bắt đầu ghi nhận đối tượng và minh chứng.' },
  launched: { to: 'evaluating', label: 'Bắt đầu đánh giá', explain: 'Hết thời gian thi đua; thẩm định minh chứng, ghi nhận điều kiện và lập đề xuất.' },
  evaluating: { to: 'council', label: 'Chuyển Hội đồng xét', explain: 'Danh sách đề xuất được chốt để Hội đồng Thi đua - Khen thưởng họp, bỏ phiếu.' },
  council: { to: 'decided', label: 'Ghi nhận đã có quyết định', explain: 'Chủ tịch đã ký quyết định khen thưởng theo kết quả bỏ phiếu.' },
  decided: { to: 'closed', label: 'Kết thúc phong trào', explain: 'Đã trao thưởng, lưu hồ sơ. Phong trào chỉ còn để xem và in lại.' },
  closed: null,
};

const BACK: Record<CampaignStatus, CampaignStatus | null> = {
  draft: null,
  launched: 'draft',
  evaluating: 'launched',
  council: 'evaluating',
  decided: null, // a signed decision is not undone by a button
  closed: null,
};

export const BACK_LABELS: Partial<Record<CampaignStatus, string>> = {
  draft: 'Trở lại dự thảo',
  launched: 'Trở lại giai đoạn thi đua',
  evaluating: 'Trở lại giai đoạn đánh giá',
};

/** Every transition allowed from `from`, forward first. */
export function allowedTransitions(from: CampaignStatus): TransitionInfo[] {
  const list: TransitionInfo[] = [];
  const fwd = FORWARD[from];
  if (fwd) list.push(fwd);
  const back = BACK[from];
  if (back) list.push({ to: back, label: BACK_LABELS[back] ?? 'Trở lại', explain: 'Quay lại bước trước để sửa sai sót.', back: true });
  return list;
}

export function canTransition(from: CampaignStatus, to: CampaignStatus): boolean {
  return allowedTransitions(from).some((t) => t.to === to);
}

export interface StatePermissions {
  /** The plan's text, criteria, rewards and rules may be edited. */
  editPlan: boolean;
  /** Gate values (kết quả điều kiện) may be recorded. */
  recordGates: boolean;
  /** Participants and evidence may be added. */
  collectEvidence: boolean;
  /** Nominations may be made. */
  nominate: boolean;
  /** The council may meet and vote. */
  vote: boolean;
  /** Only a draft may be deleted. */
  remove: boolean;
}

export function permissions(status: CampaignStatus): StatePermissions {
  return {
    editPlan: status === 'draft' || status === 'launched',
    recordGates: status !== 'closed',
    collectEvidence: status === 'launched' || status === 'evaluating',
    nominate: status === 'evaluating',
    vote: status === 'council',
    remove: status === 'draft',
  };
}

/** What this state is for, one line, for the overview. */
export const STATUS_MEANING: Record<CampaignStatus, string> = {
  draft: 'Đang soạn kế hoạch, chưa ban hành. Sửa thoải mái; có thể xoá.',
  launched: 'Kế hoạch đã ban hành, đang thi đua: ghi nhận đối tượng và minh chứng.',
  evaluating: 'Đang thẩm định minh chứng, ghi nhận điều kiện và lập đề xuất khen thưởng.',
  council: 'Hội đồng Thi đua - Khen thưởng đang họp, bỏ phiếu.',
  decided: 'Đã có quyết định khen thưởng.',
  closed: 'Phong trào đã kết thúc; chỉ xem và in lại.',
};

export const STATUS_TONES: Record<CampaignStatus, 'info' | 'primary' | 'warning' | 'success' | 'danger'> = {
  draft: 'warning',
  launched: 'primary',
  evaluating: 'info',
  council: 'info',
  decided: 'success',
  closed: 'success',
};
