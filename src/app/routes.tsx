// Every route of the app. Feature pages load lazily so the first visit stays small.
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { RouteErrorPage } from './error-page';
import { NotFoundPage } from './not-found-page';
import { ComingSoon } from '../ui/coming-soon';

const page = (load: () => Promise<{ Component: React.ComponentType }>): Pick<RouteObject, 'lazy'> => ({
  lazy: load,
});

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, ...page(() => import('./dashboard-page').then((m) => ({ Component: m.DashboardPage }))) },
          { path: 'campaigns', ...page(() => import('../features/campaigns/campaigns-list-page').then((m) => ({ Component: m.CampaignsListPage }))) },
          { path: 'campaigns/:campaignId', ...page(() => import('../features/campaigns/campaign-overview-page').then((m) => ({ Component: m.CampaignOverviewPage }))) },
          { path: 'campaigns/:campaignId/edit', ...page(() => import('../features/campaigns/campaign-editor-page').then((m) => ({ Component: m.CampaignEditorPage }))) },
          { path: 'campaigns/:campaignId/plan', ...page(() => import('../features/campaigns/plan-page').then((m) => ({ Component: m.PlanPage }))) },
          { path: 'campaigns/:campaignId/*', element: <ComingSoon title="Phong trào thi đua" what="Bước này của phong trào đang được xây dựng." /> },
          { path: 'register/*', element: <ComingSoon title="Đơn vị & cán bộ" what="Danh sách đơn vị và cán bộ, công chức, nhập từ Excel." /> },
          { path: 'council/*', element: <ComingSoon title="Hội đồng Thi đua - Khen thưởng" what="Thành viên Hội đồng, phiên họp và bỏ phiếu trên màn hình chung." /> },
          { path: 'documents/*', element: <ComingSoon title="Văn bản" what="Tờ trình, biên bản, quyết định, giấy khen: in ra giấy A4 hoặc tải tệp Word." /> },
          { path: 'backup', ...page(() => import('../features/backup/backup-page').then((m) => ({ Component: m.BackupPage }))) },
          { path: 'settings', ...page(() => import('../features/settings/settings-page').then((m) => ({ Component: m.SettingsPage }))) },
          { path: 'help', ...page(() => import('../features/help/help-page').then((m) => ({ Component: m.HelpPage }))) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
