// The dossiers a bulk action leaves where they are, each named with its reason in words.
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
