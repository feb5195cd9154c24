// Every route of the app. Feature pages load lazily so the first visit stays small.
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { RouteErrorPage } from './error-page';
import { NotFoundPage } from './not-found-page';
import { ComingSoon } from '../ui/coming-soon';
import { DashboardPage } from './dashboard-page';

const page = (load: () => Promise<{ Component: React.ComponentType }>): Pick<RouteObject, 'lazy'> => ({
  lazy: load,
});

export const routes: RouteObject[] = [
  // The projector window: no app shell, only the slides.
  { path: '/present', errorElement: <RouteErrorPage />, ...page(() => import('../features/council/present-page').then((m) => ({ Component: m.PresentPage }))) },
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          // The first page of most visits is part of the entry: lazy, it would start loading only
          // after React had run (a request waterfall at cold start, bench measurement 5).
          { index: true, Component: DashboardPage },
          { path: 'campaigns', ...page(() => import('../features/campaigns/campaigns-list-page').then((m) => ({ Component: m.CampaignsListPage }))) },
          { path: 'campaigns/:campaignId', ...page(() => import('../features/campaigns/campaign-overview-page').then((m) => ({ Component: m.CampaignOverviewPage }))) },
          { path: 'campaigns/:campaignId/edit', ...page(() => import('../features/campaigns/campaign-editor-page').then((m) => ({ Component: m.CampaignEditorPage }))) },
          { path: 'campaigns/:campaignId/plan', ...page(() => import('./plan-route').then((m) => ({ Component: m.PlanRoute }))) },
          // The plan is also the first of the campaign's documents.
          { path: 'campaigns/:campaignId/documents/plan', ...page(() => import('./plan-route').then((m) => ({ Component: m.PlanRoute }))) },
          { path: 'campaigns/:campaignId/evidence', ...page(() => import('../features/evidence/matrix-page').then((m) => ({ Component: m.EvidenceMatrixPage }))) },
          { path: 'campaigns/:campaignId/evidence/gates', ...page(() => import('../features/evidence/gates-page').then((m) => ({ Component: m.GatesPage }))) },
          { path: 'campaigns/:campaignId/evidence/:participantId', ...page(() => import('../features/evidence/participant-page').then((m) => ({ Component: m.ParticipantEvidencePage }))) },
          { path: 'campaigns/:campaignId/nominations', ...page(() => import('../features/nominations/nominations-page').then((m) => ({ Component: m.NominationsPage }))) },
          { path: 'campaigns/:campaignId/nominations/:nominationId', ...page(() => import('../features/nominations/dossier-page').then((m) => ({ Component: m.DossierPage }))) },
          { path: 'campaigns/:campaignId/year-results', ...page(() => import('../features/year-end/year-results-page')) },
          { path: 'campaigns/:campaignId/title-rules', ...page(() => import('../features/campaigns/title-rules-page')) },
          { path: 'campaigns/:campaignId/year-results/import', ...page(() => import('../features/year-end/year-results-import-page')) },
          { path: 'campaigns/:campaignId/*', element: <ComingSoon title="Phong trào thi đua" what="Bước này của phong trào đang được xây dựng." /> },
          {
            path: 'register',
            children: [
              { index: true, ...page(() => import('../features/register/people-page')) },
              { path: 'units', ...page(() => import('../features/register/units-page')) },
              { path: 'units/new', ...page(() => import('../features/register/unit-form-page')) },
              { path: 'units/:unitId', ...page(() => import('../features/register/unit-form-page')) },
              { path: 'people/new', ...page(() => import('../features/register/person-form-page')) },
              { path: 'people/:personId', ...page(() => import('../features/register/person-form-page')) },
              { path: 'import', ...page(() => import('../features/register/import-page')) },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
          { path: 'history', ...page(() => import('../features/history/history-page')) },
          { path: 'history/import', ...page(() => import('../features/history/import-history-page')) },
          { path: 'campaigns/:campaignId/participants', ...page(() => import('../features/register/participants-page')) },
          { path: 'council', ...page(() => import('../features/council/council-overview-page').then((m) => ({ Component: m.CouncilOverviewPage }))) },
          { path: 'campaigns/:campaignId/council', ...page(() => import('../features/council/council-page').then((m) => ({ Component: m.CampaignCouncilPage }))) },
          { path: 'documents/money', ...page(() => import('../features/documents/money-report-page').then((m) => ({ Component: m.MoneyReportPage }))) },
          { path: 'documents', ...page(() => import('../features/documents/documents-index-page').then((m) => ({ Component: m.DocumentsIndexPage }))) },
          { path: 'campaigns/:campaignId/documents', ...page(() => import('../features/documents/campaign-documents-page').then((m) => ({ Component: m.CampaignDocumentsPage }))) },
          { path: 'campaigns/:campaignId/documents/:kind', ...page(() => import('../features/documents/document-page').then((m) => ({ Component: m.DocumentPage }))) },
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
