// Registers the service worker that keeps the app working offline. Prompt strategy: a new
// version waits until the person presses "Cập nhật" (see update-state.ts). workbox-window is
// loaded lazily by the register helper, so it stays out of the first-load bundle's hot path.
import { registerSW } from 'virtual:pwa-register';
import { connectUpdater, newVersionInControl, updateAvailable } from './update-state';

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const activate = registerSW({
    onNeedRefresh: updateAvailable,
    onNeedReload: newVersionInControl,
    onRegisterError: () => undefined, // no service worker (e.g. plain http): the app still runs online
  });
  connectUpdater({ activate: () => activate(true), reload: () => window.location.reload() });
}
