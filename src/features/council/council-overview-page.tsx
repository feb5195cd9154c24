// Hội đồng: every campaign and its council at a glance, with a way into each.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { Gavel } from 'lucide-react';
import { db } from '../../db/database';
import { formatDate } from '../../lib/vi-date';
import { EmptyState } from '../../ui/empty-state';
import { Page } from '../../ui/page';

async function overview() {
  const database = db();
  const campaigns = (await database.campaigns.toArray()).filter((c) => !c.deletedAt).sort((a, b) => b.year - a.year);
  return Promise.all(
    campaigns.map(async (c) => {
      const members = (await database.councilMembers.where('campaignId').equals(c.id).toArray()).filter((m) => !m.deletedAt);
      const sessions = (await database.sessions.where('campaignId').equals(c.id).toArray()).filter((s) => !s.deletedAt);
      const rounds = (await database.rounds.where('campaignId').equals(c.id).toArray()).filter((r) => !r.deletedAt);
      const last = sessions.map((s) => s.date).sort().at(-1);
      return { id: c.id, name: c.shortName, year: c.year, members: members.length, sessions: sessions.length, published: rounds.filter((r) => r.status === 'published').length, last };
    }),
  );
}

export function CouncilOverviewPage() {
  const rows = useLiveQuery(overview, []);
  return (
    <Page
      title="Hội đồng Thi đua - Khen thưởng"
      lead="Mỗi phong trào có Hội đồng và các phiên họp bình xét của mình."
      help={<><strong>Trang này để làm gì?</strong> Chọn một phong trào để lập Hội đồng, tạo phiên họp và bỏ phiếu. Hội đồng năm trước có thể sao chép sang năm sau.</>}
    >
      {rows === undefined ? (
        <p className="muted">Đang tải…</p>
      ) : rows.length === 0 ? (
        <EmptyState icon={Gavel} title="Chưa có phong trào nào" action={<Link className="btn btn-primary" to="/campaigns">Mở trang Phong trào</Link>}>
          Hãy lập phong trào thi đua trước (hoặc dùng Dữ liệu mẫu ở trang Tổng quan).
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead><tr><th>Phong trào</th><th className="num">Năm</th><th className="num">Thành viên</th><th className="num">Phiên họp</th><th>Họp gần nhất</th><th className="num">Vòng đã công bố</th></tr></thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td><Link to={`/campaigns/${r.id}/council`}>{r.name}</Link></td>
                  <td className="num">{r.year}</td>
                  <td className="num">{r.members}</td>
                  <td className="num">{r.sessions}</td>
                  <td>{r.last ? formatDate(r.last) : '—'}</td>
                  <td className="num">{r.published}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
