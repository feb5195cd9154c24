// The mark of one matrix cell: an icon and a word, never colour alone.
import { Ban, CheckCircle2, Circle, Clock3, XCircle } from 'lucide-react';
import type { CriterionState } from '../../domain/eligibility';

export type CellState = CriterionState | 'disqualified';

export const CELL_LABELS: Record<CellState, string> = {
  met: 'Đạt',
  'not-met': 'Không đạt',
  pending: 'Chờ đánh giá',
  'no-evidence': 'Chưa có',
  disqualified: 'Bị loại',
};

const ICONS = { met: CheckCircle2, 'not-met': XCircle, pending: Clock3, 'no-evidence': Circle, disqualified: Ban } as const;

export function StatusMark({ state, compact }: { state: CellState; compact?: boolean }) {
  const Icon = ICONS[state];
  return (
    <span className={`mark mark-${state}`}>
      <Icon size={15} aria-hidden="true" />
      {compact ? <span className="visually-hidden">{CELL_LABELS[state]}</span> : CELL_LABELS[state]}
    </span>
  );
}
