// The tabs of one campaign, shown at the top of every campaign page. Links by URL only,
// so each feature owns its own pages.
import { NavLink } from 'react-router';

const TABS = [
  { path: '', label: 'Tổng quan', end: true },
  { path: '/plan', label: 'Kế hoạch' },
  { path: '/participants', label: 'Đối tượng' },
  { path: '/evidence', label: 'Minh chứng' },
  { path: '/nominations', label: 'Đề xuất' },
  { path: '/council', label: 'Hội đồng' },
  { path: '/documents', label: 'Văn bản' },
] as const;

export function CampaignTabs({ campaignId }: { campaignId: string }) {
  return (
    <nav className="campaign-tabs no-print" aria-label="Các bước của phong trào">
      {TABS.map((t) => (
        <NavLink key={t.path} to={`/campaigns/${campaignId}${t.path}`} end={'end' in t}>
          {t.label}
        </NavLink>
      ))}
    </nav>
  );
}
