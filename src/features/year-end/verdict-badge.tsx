// One title's verdict as a coloured word, its explanation beside it for the screen reader and the eye.
import type { TitleVerdict } from '../../domain/annual-titles-eval';

const TONES = { met: 'badge-success', 'not-met': 'badge-danger', unknown: 'badge-warning' } as const;
const WORDS = { met: 'Đạt', 'not-met': 'Không đạt', unknown: 'Chưa rõ' } as const;

export function VerdictBadge({ verdict }: { verdict: TitleVerdict | undefined }) {
  if (!verdict) return null;
  return (
    <span className={`badge ${TONES[verdict.state]}`} title={verdict.explanation}>
      {WORDS[verdict.state]}
    </span>
  );
}
