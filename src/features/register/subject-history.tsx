// A person's or a unit's own lines of the award history, on their register page.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { awardsOfPerson, awardsOfUnit } from '../../db/award-history-repo';
import { historyRows } from '../../domain/award-history-view';
import { HistoryTable } from '../../ui/award-history-table';

export function SubjectHistory({ personId, unitId, name }: { personId?: string; unitId?: string; name: string }) {
  const rows = useLiveQuery(async () => historyRows(personId ? await awardsOfPerson(personId) : unitId ? await awardsOfUnit(unitId) : []), [personId, unitId]);
  return (
    <section className="card" aria-labelledby="subject-history" style={{ marginTop: 16 }}>
      <div className="row" style={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
        <h2 id="subject-history">Quá trình khen thưởng</h2>
        <Link to={`/history?q=${encodeURIComponent(name)}`} className="small">Mở trong Sổ thi đua, khen thưởng</Link>
      </div>
      {rows === undefined ? (
        <p className="muted">Đang tải…</p>
      ) : rows.length === 0 ? (
        <p className="muted">Chưa có khen thưởng nào được ghi vào sổ.</p>
      ) : (
        <HistoryTable rows={rows} showSubject={false} />
      )}
    </section>
  );
}
