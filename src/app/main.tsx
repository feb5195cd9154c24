// Entry point: fonts, styles, the router, and the storage care that runs at start.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/500.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import '../ui/theme.css';
import { createAppRouter } from './routes';
import './year-end-tab';
import { ToastProvider } from '../ui/toast';
import { watchForUpgradesElsewhere } from './storage';
import { requestPersistenceOnce } from '../db/storage-status';
import { startServiceWorker } from './service-worker';

watchForUpgradesElsewhere();
void requestPersistenceOnce().catch(() => undefined);
startServiceWorker();

const router = createAppRouter();
const root = document.getElementById('root');
if (!root) throw new Error('Thiếu phần tử #root trong index.html');

createRoot(root).render(
  <StrictMode>
    <ToastProvider>
      <RouterProvider router={router} />
    </ToastProvider>
  </StrictMode>,
);
