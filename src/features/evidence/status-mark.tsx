// The mark of one matrix cell: an icon and a word, never colour alone.
import { AlertCircle, Ban, CheckCircle2, Circle, Clock3, XCircle } from 'lucide-react';
import type { CriterionState } from '../../domain/eligibility';

/** The domain's states, plus "appraised chưa đạt" told apart from "awaiting appraisal". */
export type CellState = CriterionState | 'not-yet' | 'disqualified';

export const CELL_LABELS: Record<CellState, string> = {
  met: 'Đạt',
  'not-met': 'Không đạt',
  pending: 'Chờ đánh giá',
  'not-yet': 'Chưa đạt',
  'no-evidence': 'Chưa có',
  disqualified: 'Bị loại',
};

const ICONS = { met: CheckCircle2, 'not-met': XCircle, pending: Clock3, 'not-yet': AlertCircle, 'no-evidence': Circle, disqualified: Ban } as const;

export function StatusMark({ state, compact }: { state: CellState; compact?: boolean }) {
  const Icon = ICONS[state];
  return (
    <span className={`mark mark-${state}`}>
      <Icon size={15} aria-hidden="true" />
      {compact ? <span className="visually-hidden">{CELL_LABELS[state]}</span> : CELL_LABELS[state]}
    </span>
  );
}

/** The mark of one cell from the domain state, the disqualifier and the stored appraisal. */
export function toCellState(state: CriterionState, opts: { disqualifier: boolean; disqualified: boolean; appraisal: string | undefined }): CellState {
  if (opts.disqualifier && opts.disqualified) return 'disqualified';
  if (state === 'pending' && opts.appraisal === 'chua-dat') return 'not-yet';
  return state;
}
