// Tổng quan: where a new user starts, and (once campaigns exist) the state of each one.
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { CheckCircle2, Circle, Flag, Settings, Users } from 'lucide-react';
import { readSettings } from '../db/settings-read';
import { readDashboard } from '../db/dashboard-read';
import { CAMPAIGN_STATUS_LABELS } from '../domain/campaign-status';
import { Page } from '../ui/page';
import { DemoCard } from './demo-card';
import { DemoBadge } from '../ui/demo-badge';
import { BackupReminder } from '../features/backup/backup-reminder';

export function DashboardPage() {
  const settings = useLiveQuery(readSettings, []);
  const overview = useLiveQuery(readDashboard, []);
  const steps = [
    { done: !!settings, to: '/settings', icon: Settings, title: 'Khai báo cơ quan', text: 'Tên cơ quan, địa danh, người ký và người thao tác.' },
    { done: (overview?.campaigns.length ?? 0) > 0, to: '/campaigns', icon: Flag, title: 'Lập phong trào thi đua', text: 'Tạo nhanh từ mẫu Kế hoạch 99/KH-UBND hoặc lập mới.' },
    { done: (overview?.people ?? 0) > 0, to: '/register', icon: Users, title: 'Nhập danh sách đơn vị, cán bộ', text: 'Gõ tay hoặc nhập từ tệp Excel sẵn có.' },
  ];
  const allDone = overview !== undefined && steps.every((s) => s.done);
  const stepList = (
    <ol className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {steps.map((s, i) => (
        <li key={s.to} className="row" style={{ justifyContent: 'space-between', borderBottom: '1px solid var(--c-border)', paddingBottom: 12 }}>
          <div className="row">
            {s.done ? <CheckCircle2 color="var(--c-success)" aria-label="Đã xong" /> : <Circle color="var(--c-text-3)" aria-label="Chưa làm" />}
            <div>
              <strong>
                {i + 1}. {s.title}
              </strong>
              <div className="muted small">{s.text}</div>
            </div>
          </div>
          <Link className={s.done ? 'btn' : 'btn btn-primary'} to={s.to}>
            <s.icon size={18} aria-hidden="true" /> {s.done ? 'Xem lại' : 'Bắt đầu'}
          </Link>
        </li>
      ))}
    </ol>
  );
  return (
    <Page
      title={settings ? settings.organisationName : 'Chào mừng đến với Bình Xét'}
      lead="Bình Xét giúp văn phòng xã tổ chức phong trào thi đua từ kế hoạch đến khen thưởng: lập kế hoạch, thu thập minh chứng, đề xuất, họp Hội đồng bỏ phiếu và in văn bản — ngay trên máy này, không cần mạng."
      help={<><strong>Trang này để làm gì?</strong> Xem nhanh việc đang làm và bước tiếp theo. Lần đầu dùng, hãy làm lần lượt từ bước 1. Mọi dữ liệu lưu trong trình duyệt của máy này; hãy tải bản sao lưu định kỳ ở mục <em>Sao lưu</em>.</>}
    >
      {/* Until the three first steps are done they lead the page; afterwards the campaigns do,
          and the steps fold into one line that can still be opened. */}
      {!allDone && (
        <section className="card" aria-labelledby="first-steps">
          <h2 id="first-steps">Các bước bắt đầu</h2>
          {stepList}
        </section>
      )}
      {overview && overview.campaigns.length > 0 && (
        <section className="card" aria-labelledby="campaigns-title">
          <h2 id="campaigns-title">Phong trào</h2>
          <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {overview.campaigns.map((c) => (
              <li key={c.id} className="row" style={{ justifyContent: 'space-between' }}>
                <div>
                  <Link to={`/campaigns/${c.id}`} style={{ fontWeight: 600 }}>
                    {c.shortName}
                  </Link>
                  {c.demo && <DemoBadge />}
                  <div className="muted small">
                    {c.documentNumber ? `Kế hoạch ${c.documentNumber} · ` : ''}Năm {c.year}
                  </div>
                </div>
                <span className="badge badge-info">{CAMPAIGN_STATUS_LABELS[c.status as keyof typeof CAMPAIGN_STATUS_LABELS] ?? c.status}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div style={{ marginTop: 16 }}>
        <BackupReminder />
      </div>
      {allDone && (
        <details className="card first-steps-done">
          <summary>
            <CheckCircle2 size={18} color="var(--c-success)" aria-hidden="true" /> Đã xong các bước bắt đầu (khai báo cơ quan, lập phong trào, nhập cán bộ)
          </summary>
          {stepList}
        </details>
      )}
      <DemoCard />
    </Page>
  );
}
