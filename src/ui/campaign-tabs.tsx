// The tabs of one campaign, shown at the top of every campaign page. Links by URL only,
// so each feature owns its own pages. A year-end campaign (annual titles) has one more tab,
// "Kết quả năm", where the year's ratings go. ui/ reads no data: app/ provides the check once
// (provideYearEndCheck), so every page's tab bar agrees without each page passing it.
import { NavLink } from 'react-router';

let useYearEnd: (campaignId: string) => boolean = () => false;

/** Called once by app/ with a hook that says, live, whether the campaign evaluates annual titles. */
export function provideYearEndCheck(hook: (campaignId: string) => boolean): void {
  useYearEnd = hook;
}

const TABS = [
  { path: '', label: 'Tổng quan', end: true },
  { path: '/plan', label: 'Kế hoạch' },
  { path: '/participants', label: 'Đối tượng' },
  { path: '/year-results', label: 'Kết quả năm', yearEnd: true },
  { path: '/evidence', label: 'Minh chứng' },
  { path: '/nominations', label: 'Đề xuất' },
  { path: '/council', label: 'Hội đồng' },
  { path: '/documents', label: 'Văn bản' },
] as const;

export function CampaignTabs({ campaignId }: { campaignId: string }) {
  const yearEnd = useYearEnd(campaignId);
  return (
    <nav className="campaign-tabs no-print" aria-label="Các bước của phong trào">
      {TABS.filter((t) => !('yearEnd' in t) || yearEnd).map((t) => (
        <NavLink key={t.path} to={`/campaigns/${campaignId}${t.path}`} end={'end' in t}>
          {t.label}
        </NavLink>
      ))}
    </nav>
  );
}
