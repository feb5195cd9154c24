// The office screen's frame: the sidebar with the main sections and the page outlet.
import { NavLink, Outlet } from 'react-router';
import { Award, BookOpen, FileText, Flag, Gavel, HardDriveDownload, LayoutDashboard, Settings, Users } from 'lucide-react';
import { NoticeOnReload } from './notice-on-reload';
import { UnfinishedRestoreNotice } from '../features/backup/unfinished-restore-notice';
import { UpdatePrompt } from './update-prompt';

const NAV = [
  { to: '/', label: 'Tổng quan', icon: LayoutDashboard, end: true },
  { to: '/campaigns', label: 'Phong trào', icon: Flag },
  { to: '/register', label: 'Đơn vị & cán bộ', icon: Users },
  { to: '/council', label: 'Hội đồng', icon: Gavel },
  { to: '/documents', label: 'Văn bản', icon: FileText },
  { to: '/history', label: 'Sổ thi đua', icon: BookOpen },
  { to: '/backup', label: 'Sao lưu', icon: HardDriveDownload },
  { to: '/settings', label: 'Cài đặt', icon: Settings },
] as const;

export function Layout() {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Bỏ qua thanh điều hướng
      </a>
      <aside className="sidebar">
        <NavLink to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            <Award size={22} color="#fff" />
          </span>
          <span>
            <span className="brand-name">Bình Xét</span>
            <br />
            <span className="brand-sub">Thi đua, khen thưởng cấp xã</span>
            {/* The name a screen reader or voice user gets starts with what is seen (WCAG 2.5.3). */}
            <span className="visually-hidden"> (về trang Tổng quan)</span>
          </span>
        </NavLink>
        <nav className="nav" aria-label="Điều hướng chính">
          {NAV.map(({ to, label, icon: Icon, ...rest }) => (
            <NavLink key={to} to={to} end={'end' in rest}>
              <Icon size={18} aria-hidden="true" />
              {label}
            </NavLink>
          ))}
        </nav>
        <UpdatePrompt />
        <div className="sidebar-foot">
          Dữ liệu lưu ngay trên máy này, không cần mạng.
          <br />
          <NavLink to="/help" style={{ color: '#d5dae2' }}>
            Trợ giúp và phím tắt
          </NavLink>
        </div>
      </aside>
      <main className="main" id="main" tabIndex={-1}>
        <NoticeOnReload />
        <UnfinishedRestoreNotice />
        <Outlet />
      </main>
    </div>
  );
}
