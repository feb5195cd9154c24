// Who changed an appraisal, when, and from what: read from the audit trail, newest first.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { formatDateTime } from '../../lib/vi-date';

export function AppraisalHistory({ appraisalId }: { appraisalId: string }) {
  const entries = useLiveQuery(async () => (await db().audit.where('entityId').equals(appraisalId).toArray()).sort((a, b) => (a.at < b.at ? 1 : -1)), [appraisalId]);
  if (!entries || entries.length < 2) return null;
  return (
    <details className="small muted">
      <summary>Lịch sử đánh giá ({entries.length} lần)</summary>
      <ul style={{ margin: '4px 0 0', paddingLeft: '1.2em' }}>
        {entries.map((e) => (
          <li key={e.id}>
            {formatDateTime(e.at)} · {e.actor || 'Không rõ người thao tác'}: {e.summary.replace(/^Đánh giá “[^”]*”: /, '')}
          </li>
        ))}
      </ul>
    </details>
  );
}
