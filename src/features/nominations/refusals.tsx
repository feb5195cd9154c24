// What a bulk action did: the dossiers it moved, and those it left where they are, each named with
// its reason in words.
import type { StepRefusal } from '../../db/nomination-repo';
import { Alert } from '../../ui/alert';

export type Refusal = Pick<StepRefusal, 'name' | 'reason'>;

export function Refusals({ title, list }: { title: string; list: readonly Refusal[] }) {
  if (!list.length) return null;
  return (
    <Alert tone="warning" title={title}>
      <ul aria-label={title}>
        {list.map((r, i) => (
          <li key={i}>
            <strong>{r.name}</strong>: {r.reason}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** The result of a bulk action: who was done (or that nobody was), then who was refused and why. */
export function BulkOutcome({ done, doneTitle, noneText, refused, refusedTitle }: { done: readonly string[]; doneTitle: string; noneText: string; refused: readonly Refusal[]; refusedTitle: string }) {
  return (
    <div className="stack">
      {done.length > 0 ? (
        <Alert tone="success" title={doneTitle}>
          {done.join(', ')}
        </Alert>
      ) : (
        <Alert tone="info">{noneText}</Alert>
      )}
      <Refusals title={refusedTitle} list={refused} />
    </div>
  );
}
