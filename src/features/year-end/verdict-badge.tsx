// One title's verdict as a coloured word and its reason in a few words; the whole sentence, with
// its source, is read out by a screen reader and shown on hover.
import type { TitleVerdict } from '../../domain/annual-titles-eval';

const TONES = { met: 'badge-success', 'not-met': 'badge-danger', unknown: 'badge-warning' } as const;
const WORDS = { met: 'Đạt', 'not-met': 'Không đạt', unknown: 'Chưa rõ' } as const;

export function VerdictBadge({ verdict, withReason }: { verdict: TitleVerdict | undefined; withReason?: boolean }) {
  if (!verdict) return null;
  return (
    <span className="verdict" title={verdict.explanation}>
      <span className={`badge ${TONES[verdict.state]}`} aria-hidden="true">
        {WORDS[verdict.state]}
      </span>
      {withReason && (
        <span className="verdict-reason small" aria-hidden="true">
          {verdict.reason}
        </span>
      )}
      <span className="visually-hidden">{verdict.explanation}</span>
    </span>
  );
}
